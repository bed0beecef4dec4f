import { FileImageOutlined, FileTextOutlined } from '@ant-design/icons'
import { Button, List, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { IdentityDocument, RequestDetail } from '../../../shared/api/schemas'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'
import '../i18n'
import { DocumentViewer } from './document-viewer'
import { DocumentsReceivedDialog } from './documents-received-dialog'

interface DocumentsOnFileProps {
  request: RequestDetail
  command: ReturnType<typeof useRequestCommand>
  canRecord: boolean
  staffName(id: string): string
}

export function DocumentsOnFile({ request, command, canRecord, staffName }: DocumentsOnFileProps) {
  const { t } = useTranslation('identity')
  const [viewing, setViewing] = useState<IdentityDocument | null>(null)
  const [recording, setRecording] = useState(false)
  const documents = request.identityDocuments ?? []
  return (
    <div>
      <Space className="full-width space-between" wrap>
        <Typography.Text strong>{t('documents.title')}</Typography.Text>
        {canRecord && <Button onClick={() => setRecording(true)}>{t('documents.record')}</Button>}
      </Space>
      <List
        size="small"
        locale={{ emptyText: t('documents.none') }}
        dataSource={documents}
        renderItem={(doc, i) => (
          <List.Item
            key={i}
            actions={[
              <Button
                key="view"
                size="small"
                onClick={() => setViewing(doc)}
                aria-label={`${t('documents.view')} ${t(`common:identityEvidence.${doc.kind}`)}`}
              >
                {t('documents.view')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={
                doc.kind.startsWith('id_card') ? (
                  <FileImageOutlined aria-hidden />
                ) : (
                  <FileTextOutlined aria-hidden />
                )
              }
              title={t(`common:identityEvidence.${doc.kind}`)}
              description={
                <span data-testid="document-source">
                  {doc.name} ·{' '}
                  {t('documents.from', {
                    at: dayjs(doc.receivedAt).format('YYYY-MM-DD HH:mm'),
                    by: doc.receivedBy === 'app' ? t('documents.app') : staffName(doc.receivedBy),
                  })}
                </span>
              }
            />
          </List.Item>
        )}
      />
      {viewing && <DocumentViewer document={viewing} onClose={() => setViewing(null)} />}
      <DocumentsReceivedDialog
        open={recording}
        request={request}
        command={command}
        onClose={() => setRecording(false)}
      />
    </div>
  )
}
