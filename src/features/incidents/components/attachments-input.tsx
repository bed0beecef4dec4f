import { UploadOutlined } from '@ant-design/icons'
import { Button, List, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { DisclosureEvidence } from '../../../shared/api/schemas'
import { fingerprintFile } from '../../../shared/lib/file-fingerprint'
import '../i18n'

type Attachment = DisclosureEvidence

interface AttachmentsInputProps {
  id?: string
  value?: Attachment[]
  onChange?: (value: Attachment[]) => void
}

/**
 * A report's attachments stay on this computer: only name, size and SHA-256 are recorded, so the
 * record proves which files were sent to the regulator without holding them.
 */
export function AttachmentsInput({ id, value = [], onChange }: AttachmentsInputProps) {
  const { t } = useTranslation('incidents')
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
          {t('regulator.addAttachment')}
        </Button>
      </Upload>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('regulator.attachmentHint')}
      </Typography.Paragraph>
      {value.length > 0 && (
        <List
          size="small"
          dataSource={value}
          renderItem={(a) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  type="link"
                  danger
                  onClick={() => onChange?.(value.filter((x) => x !== a))}
                  aria-label={t('regulator.removeAttachment', { name: a.name })}
                >
                  ✕
                </Button>,
              ]}
            >
              <span>
                {a.name}{' '}
                <Typography.Text type="secondary">({Math.ceil(a.size / 1024)} KB)</Typography.Text>
                <br />
                <Typography.Text code className="text-small break-all">
                  sha256:{a.sha256}
                </Typography.Text>
              </span>
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
