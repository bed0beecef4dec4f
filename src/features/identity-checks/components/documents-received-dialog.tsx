import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { identityCheckEndpoints } from '../../../shared/api/endpoints/identity-checks'
import { Button, Form, Modal, Select, Space, Typography } from 'antd'
import { BodyTextArea } from '../../../shared/ui/body-text-area'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { IDENTITY_DOCUMENTS, type IdentityDocumentKind } from '../../../shared/api/enums'
import type { RequestDetail } from '../../../shared/api/schemas'
import type { BodyInput } from '../../../shared/api/endpoint'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'
import { useFeedback } from '../../../shared/ui/feedback'
import '../i18n'
import {
  FileFingerprintInput,
  type FileFingerprint,
} from '../../../shared/ui/file-fingerprint-input'

interface Values {
  documents: { kind?: IdentityDocumentKind; file?: FileFingerprint }[]
  note?: string
}

interface DocumentsReceivedDialogProps {
  open: boolean
  request: RequestDetail
  command: ReturnType<typeof useRequestCommand>
  onClose(): void
}

/** Records documents that arrived (by letter, email or at a counter); resumes a paused request. */
export function DocumentsReceivedDialog({
  open,
  request,
  command,
  onClose,
}: DocumentsReceivedDialogProps) {
  const { t } = useTranslation('identity')
  const { message } = useFeedback()
  const [form] = Form.useForm<Values>()
  const [error, setError] = useState<unknown>(null)

  const submit = async (values: Values) => {
    // Each row's kind and file are required by the form's rules; the server checks them too.
    const documents = values.documents.map((d) => ({ kind: d.kind, ...d.file })) as BodyInput<
      typeof identityCheckEndpoints.documentsReceived
    >['documents']
    setError(null)
    const result = await command
      .run(identityCheckEndpoints.documentsReceived, {
        documents,
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      })
      .catch((e: unknown) => {
        // Shown here, next to the input, rather than at the top of the page behind the dialog.
        setError(e)
        command.reset()
        return null
      })
    if (result) {
      message.success(t('documents.saved'))
      onClose()
    }
  }

  return (
    <Modal
      open={open}
      title={t('documents.dialogTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:common.submit')}
      cancelText={t('common:common.cancel')}
      confirmLoading={command.isPending}
      destroyOnHidden
      afterClose={() => setError(null)}
      width={640}
    >
      <ErrorAlert error={error} />
      {request.status === 'awaiting_requester' && (
        <Typography.Paragraph type="secondary">{t('documents.resumeHint')}</Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ documents: [{}] }}
        onFinish={(v) => void submit(v)}
      >
        <Form.List name="documents">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={`${t('documents.kind')} ${index + 1}`}
                    rules={[{ required: true, message: t('documents.kindRequired') }]}
                    style={{ minWidth: 220 }}
                  >
                    <Select
                      // Typing a document's name picks it: quicker by keyboard than scrolling.
                      showSearch={{ optionFilterProp: 'label' }}
                      options={IDENTITY_DOCUMENTS.map((k) => ({
                        value: k,
                        label: t(`common:identityEvidence.${k}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'file']}
                    label={`${t('documents.file')} ${index + 1}`}
                    rules={[{ required: true, message: t('documents.fileRequired') }]}
                    extra={t('documents.fileHint')}
                  >
                    <FileFingerprintInput />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={`${t('documents.remove')} ${index + 1}`}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Space>
              ))}
              {fields.length < 10 && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({})}
                  style={{ marginBottom: 16 }}
                >
                  {t('documents.add')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <BodyTextArea
          endpoint={identityCheckEndpoints.documentsReceived}
          name="note"
          label={t('documents.note')}
          rows={2}
        />
      </Form>
    </Modal>
  )
}
