import { UploadOutlined } from '@ant-design/icons'
import { Button, List, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { DisclosureEvidence } from '../../../shared/api/schemas'
import '../i18n'
import { fingerprintFile } from '../../../shared/lib/file-fingerprint'

interface EvidenceUploadProps {
  id?: string
  value?: DisclosureEvidence[]
  onChange?: (value: DisclosureEvidence[]) => void
}

/**
 * Attachments stay in the browser: each is fingerprinted with SHA-256 and only the name, size
 * and fingerprint go into the record, so the ledger proves which files the decision rested on.
 */
export function EvidenceUpload({ id, value = [], onChange }: EvidenceUploadProps) {
  const { t } = useTranslation('disclosures')
  const [hashing, setHashing] = useState(0)
  const current = { list: value }

  return (
    <div>
      <Upload
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          setHashing((n) => n + 1)
          void fingerprintFile(file)
            .then((evidence) => {
              current.list = [...current.list.filter((e) => e.sha256 !== evidence.sha256), evidence]
              onChange?.(current.list)
            })
            .finally(() => setHashing((n) => n - 1))
          return false
        }}
      >
        <Button id={id} icon={<UploadOutlined />} loading={hashing > 0}>
          {t('form.addEvidence')}
        </Button>
      </Upload>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
        {t('form.evidenceHint')}
      </Typography.Paragraph>
      {value.length > 0 && (
        <List
          size="small"
          dataSource={value}
          renderItem={(e) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  type="link"
                  danger
                  onClick={() => onChange?.(value.filter((x) => x !== e))}
                  aria-label={t('form.removeEvidence', { name: e.name })}
                >
                  ✕
                </Button>,
              ]}
            >
              <span>
                {e.name}{' '}
                <Typography.Text type="secondary">({Math.ceil(e.size / 1024)} KB)</Typography.Text>
                <br />
                <Typography.Text code className="text-small break-all">
                  sha256:{e.sha256}
                </Typography.Text>
              </span>
            </List.Item>
          )}
        />
      )}
    </div>
  )
}
