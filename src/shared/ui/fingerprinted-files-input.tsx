import { UploadOutlined } from '@ant-design/icons'
import { Button, List, Typography, Upload } from 'antd'
import { useState } from 'react'

import { fingerprintFile, type FileFingerprint } from '../lib/file-fingerprint'

/** One fingerprinted file as records show it: name, size in KB, and its SHA-256 below. */
export function FingerprintedFile({ file }: { file: FileFingerprint }) {
  return (
    <>
      {file.name}{' '}
      <Typography.Text type="secondary">({Math.ceil(file.size / 1024)} KB)</Typography.Text>
      <br />
      <Typography.Text code className="text-small break-all">
        sha256:{file.sha256}
      </Typography.Text>
    </>
  )
}

interface FingerprintedFilesInputProps {
  id?: string
  value?: FileFingerprint[]
  onChange?: (value: FileFingerprint[]) => void
  /** The upload button's text. */
  addLabel: string
  /** The line under the button saying what happens to the files. */
  hint: string
  /** The accessible name of a file's remove button. */
  removeLabel: (name: string) => string
}

/**
 * A form field for several files that keeps only their name, size and SHA-256: the bytes stay on
 * this computer, and the record proves which files it rested on without holding them. A file
 * chosen again replaces its earlier entry instead of appearing twice.
 */
export function FingerprintedFilesInput({
  id,
  value = [],
  onChange,
  addLabel,
  hint,
  removeLabel,
}: FingerprintedFilesInputProps) {
  const [hashing, setHashing] = useState(false)

  return (
    <div>
      <Upload
        multiple
        showUploadList={false}
        beforeUpload={(file, batch) => {
          // One change for the files chosen together, so none overwrites another.
          if (file === batch[batch.length - 1]) {
            setHashing(true)
            void Promise.all(batch.map(fingerprintFile))
              .then((added) => {
                const fresh = new Set(added.map((a) => a.sha256))
                onChange?.([...value.filter((x) => !fresh.has(x.sha256)), ...added])
              })
              .finally(() => setHashing(false))
          }
          return false
        }}
      >
        <Button id={id} icon={<UploadOutlined />} loading={hashing}>
          {addLabel}
        </Button>
      </Upload>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {hint}
      </Typography.Paragraph>
      {value.length > 0 && (
        <List
          size="small"
          dataSource={value}
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  type="link"
                  danger
                  onClick={() => onChange?.(value.filter((x) => x !== file))}
                  aria-label={removeLabel(file.name)}
                >
                  ✕
                </Button>,
              ]}
            >
              <span>
                <FingerprintedFile file={file} />
              </span>
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
