import { useQuery } from '@tanstack/react-query'
import { Alert, ConfigProvider, Form, Input, Modal, Radio, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../i18n/i18n'
import type { z } from '../api/zod'
import { callEndpoint } from '../api/http-client'
import { requestQueries } from '../api/requests'
import { revealInputSchema } from '../api/schemas'
import { ErrorAlert } from './error-alert'
import { askFor, schemaRules } from './form-rules'
import { countTo } from './body-text-area'
import { userEndpoints } from '../api/endpoints/users'
import { READABLE_STATUS_TOKENS } from './theme'

// The detail follows the chosen preset in the reveal's reason, so it stays well inside the
// reason's limit whichever preset is chosen.
const DETAIL_MAX = 200

export const REVEAL_PRESETS = ['verify_identity', 'caller_check', 'handle_request'] as const
type Preset = (typeof REVEAL_PRESETS)[number]
type Field = z.infer<typeof revealInputSchema>['field']
interface Values {
  preset: Preset
  detail: string
  requestId?: string
}

interface RevealDialogProps {
  open: boolean
  userId: string
  field: Field
  /** The request the reveal is for; without one, the dialog asks which of the user's requests. */
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
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const fieldName = t(`reveal.field.${field}`)

  // CONTRACT (2026-12): the server reveals only for a request of this user, so where no request is
  // at hand (the user's own page) the person picks one of theirs.
  const requests = useQuery({
    ...requestQueries.list({ q: userId, page: 1, pageSize: 50, sort: 'receivedAt:desc' }),
    enabled: open && !requestId,
  })
  const choices = (requests.data?.items ?? [])
    .filter((r) => r.userId === userId)
    .map((r) => ({
      value: r.id,
      label: `${r.id} · ${t(`requestType.${r.type}`)} · ${t(`status.${r.status}`)}`,
    }))
  const noRequest = !requestId && requests.isSuccess && choices.length === 0

  const reveal = async ({ preset, detail, requestId: picked }: Values) => {
    setBusy(true)
    setError(null)
    try {
      // Straight to the server and back into the caller's state: never through the query cache,
      // which would keep the value after the person moved on.
      const { value } = await callEndpoint(userEndpoints.reveal, {
        params: { userId },
        body: {
          field,
          reason: `${t(`reveal.presets.${preset}`)}：${detail.trim()}`,
          requestId: requestId ?? picked ?? '',
        },
      })
      onRevealed(value)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <ConfigProvider theme={READABLE_STATUS_TOKENS}>
      <Modal
        open={open}
        title={t('reveal.title', { field: fieldName })}
        onCancel={onClose}
        onOk={() => form.submit()}
        okText={t('reveal.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        okButtonProps={{ disabled: noRequest }}
        destroyOnHidden
        afterClose={() => setError(null)}
      >
        <Typography.Paragraph type="secondary">{t('reveal.notice')}</Typography.Paragraph>
        <ErrorAlert error={error} />
        <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />
        {noRequest && (
          <Alert type="info" showIcon title={t('reveal.noRequest')} className="mb-12" />
        )}
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ preset: REVEAL_PRESETS[0] }}
          onFinish={(v) => void reveal(v)}
        >
          {!requestId && (
            <Form.Item
              name="requestId"
              label={t('reveal.request')}
              extra={t('reveal.requestHint')}
              rules={schemaRules(revealInputSchema.shape.requestId, {
                required: t('reveal.requestRequired'),
              })}
            >
              <Select
                options={choices}
                loading={requests.isPending}
                placeholder={t('reveal.requestPlaceholder')}
              />
            </Form.Item>
          )}
          <Form.Item
            name="preset"
            label={t('reveal.preset')}
            rules={[{ required: true, message: askFor(t, t('reveal.preset'), 'select') }]}
          >
            <Radio.Group
              options={REVEAL_PRESETS.map((p) => ({ value: p, label: t(`reveal.presets.${p}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="detail"
            label={t('reveal.detail')}
            // Marked as required: its check is a validator, which antd does not mark by itself.
            required
            rules={[
              {
                validator: (_, value: string | undefined) =>
                  (value ?? '').trim().length >= 5
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('reveal.tooShort'))),
              },
              { max: DETAIL_MAX },
            ]}
          >
            <Input.TextArea
              rows={2}
              {...countTo(DETAIL_MAX)}
              placeholder={t('reveal.detailPlaceholder')}
              autoFocus
            />
          </Form.Item>
        </Form>
      </Modal>
    </ConfigProvider>
  )
}
