import { ConfigProvider, Form, Input, Modal, Radio, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../i18n/i18n'
import type { z } from '../api/zod'
import { apiRequest } from '../api/http-client'
import { revealResultSchema, type revealInputSchema } from '../api/schemas'
import { ErrorAlert } from './error-alert'

export const REVEAL_PRESETS = ['verify_identity', 'caller_check', 'handle_request'] as const
type Preset = (typeof REVEAL_PRESETS)[number]
type Field = z.infer<typeof revealInputSchema>['field']
// A refused reason is shown in error text, which must stay readable (WCAG AA).
const READABLE_ERRORS = { token: { colorError: '#cf1322' } }

interface RevealDialogProps {
  open: boolean
  userId: string
  field: Field
  requestId?: string
  onClose(): void
  /** Receives the full value; the caller keeps it in component state only. */
  onRevealed(value: string): void
}

/** Asks why a masked value is needed before the server reveals (and audits) it. */
export function RevealDialog({
  open,
  userId,
  field,
  requestId,
  onClose,
  onRevealed,
}: RevealDialogProps) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{ preset: Preset; detail: string }>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const fieldName = t(`reveal.field.${field}`)

  const reveal = async ({ preset, detail }: { preset: Preset; detail: string }) => {
    setBusy(true)
    setError(null)
    try {
      // Straight to the server and back into the caller's state: never through the query cache,
      // which would keep the value after the person moved on.
      const { value } = await apiRequest(
        revealResultSchema,
        `/users/${encodeURIComponent(userId)}/reveal`,
        {
          method: 'POST',
          body: {
            field,
            reason: `${t(`reveal.presets.${preset}`)}：${detail.trim()}`,
            ...(requestId ? { requestId } : {}),
          },
        },
      )
      onRevealed(value)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <ConfigProvider theme={READABLE_ERRORS}>
      <Modal
        open={open}
        title={t('reveal.title', { field: fieldName })}
        onCancel={onClose}
        onOk={() => form.submit()}
        okText={t('reveal.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        destroyOnHidden
        afterClose={() => setError(null)}
      >
        <Typography.Paragraph type="secondary">{t('reveal.notice')}</Typography.Paragraph>
        <ErrorAlert error={error} />
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ preset: REVEAL_PRESETS[0] }}
          onFinish={(v) => void reveal(v)}
        >
          <Form.Item name="preset" label={t('reveal.preset')} rules={[{ required: true }]}>
            <Radio.Group
              options={REVEAL_PRESETS.map((p) => ({ value: p, label: t(`reveal.presets.${p}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="detail"
            label={t('reveal.detail')}
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  (value ?? '').trim().length >= 5
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('reveal.tooShort'))),
              },
            ]}
          >
            <Input.TextArea
              rows={2}
              maxLength={200}
              placeholder={t('reveal.detailPlaceholder')}
              autoFocus
            />
          </Form.Item>
        </Form>
      </Modal>
    </ConfigProvider>
  )
}
