import { Alert, Form, InputNumber, Modal } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import { useWorkingCalendar } from '../../../shared/api/calendar'
import type { RequestDetail } from '../../../shared/api/schemas'
import {
  CANCELLATION_PROMISE_DAYS,
  EXTENSION_REFUSALS,
  extendedDeadline,
  extensionAllowance,
  MAX_EXTENSION_DAYS,
  type ExtensionRefusal,
} from '../../../shared/lib/deadline-extension'
import { PageLoading } from '../../../shared/ui/page-loading'
import { BodyTextArea } from '../../../shared/ui/body-text-area'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import '../i18n'

interface ExtendValues {
  days: number
  reason: string
}

const day = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—')

/**
 * Extending a deadline (CONTRACT 2026-12 amendment): the dialog offers only what the server
 * allows for this request, says the limit in words, and says why when nothing is allowed.
 */
export function ExtendDialog({
  request,
  busy,
  error,
  onClose,
  onSubmit,
}: {
  request: RequestDetail
  busy: boolean
  /** The last failure of the action, to explain a refusal by the server. */
  error: unknown
  onClose(): void
  onSubmit(values: ExtendValues): void
}) {
  const { t } = useTranslation('request')
  const calendar = useWorkingCalendar()
  const [form] = Form.useForm<ExtendValues>()
  const days = Form.useWatch('days', form)
  const allowance = calendar ? extensionAllowance(request, calendar) : null
  const words = {
    promise: CANCELLATION_PROMISE_DAYS,
    latest: day(allowance?.latestDeadlineAt),
    deadline: day(request.deadlineAt),
    max: allowance?.refusal ? 0 : (allowance?.maxDays ?? MAX_EXTENSION_DAYS),
    days: request.extensionDays,
  }
  const refusal = serverRefusal(error)
  const fits =
    allowance && typeof days === 'number' && Number.isInteger(days) && days >= 1
      ? days <= allowance.maxDays
      : false

  return (
    <Modal
      open
      title={t('actions.extend')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !allowance || Boolean(allowance.refusal) }}
      confirmLoading={busy}
      okText={t('common:common.submit')}
      cancelText={t('common:common.cancel')}
    >
      {!allowance && <PageLoading />}
      {allowance?.refusal && (
        <Alert
          type="warning"
          showIcon
          data-testid="extension-refused"
          title={t('extend.refused.title')}
          description={t(`extend.refused.${allowance.refusal}`, words)}
          className="mb-12"
        />
      )}
      {allowance && !allowance.refusal && (
        <>
          <Alert
            type="info"
            showIcon
            data-testid="extension-limit"
            title={
              request.type === 'cancellation'
                ? t('extend.cancellationRule', words)
                : t('extend.otherRule', words)
            }
            className="mb-12"
          />
          <Form<ExtendValues>
            form={form}
            name="extend"
            layout="vertical"
            preserve={false}
            onFinish={(values) => onSubmit({ days: values.days, reason: values.reason.trim() })}
          >
            <Form.Item
              name="days"
              label={t('extend.days')}
              initialValue={Math.min(5, allowance.maxDays)}
              rules={[
                { required: true, message: t('extend.tooMany', words) },
                {
                  type: 'integer',
                  min: 1,
                  max: allowance.maxDays,
                  message: t('extend.tooMany', words),
                },
              ]}
              extra={
                fits && request.deadlineAt && calendar ? (
                  <span data-testid="extension-new-deadline">
                    {t('extend.newDeadline', {
                      date: day(extendedDeadline(request.deadlineAt, days, calendar)),
                    })}
                  </span>
                ) : undefined
              }
            >
              {/* No min or max on the input itself: it would change an out-of-range number
                  silently on blur, where the rule above says what is allowed. */}
              <InputNumber<number> precision={0} />
            </Form.Item>
            <BodyTextArea
              endpoint={requestEndpoints.extend}
              name="reason"
              label={t('extend.reason')}
              extra={t('extend.reasonHint')}
              rows={3}
            />
          </Form>
        </>
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="extension-server-refusal"
          title={t('extend.serverRefused')}
          description={
            refusal.reason === 'cancellation_promise' && refusal.maxDays > 0
              ? t('extend.cancellationRule', {
                  ...words,
                  latest: day(refusal.latestDeadlineAt),
                  max: refusal.maxDays,
                })
              : t(`extend.refused.${refusal.reason}`, {
                  ...words,
                  latest: day(refusal.latestDeadlineAt),
                  days: refusal.extensionDays ?? request.extensionDays,
                })
          }
        />
      )}
    </Modal>
  )
}

/** The server's reasons for an EXTENSION_NOT_ALLOWED, when that is what the last attempt got. */
function serverRefusal(error: unknown): {
  reason: ExtensionRefusal
  maxDays: number
  latestDeadlineAt: string | null
  extensionDays: number | null
} | null {
  if (!isApiError(error, 409) || error.code !== 'EXTENSION_NOT_ALLOWED') return null
  const details = error.details ?? {}
  const reason = (EXTENSION_REFUSALS as readonly unknown[]).includes(details.reason)
    ? (details.reason as ExtensionRefusal)
    : 'cancellation_promise'
  return {
    reason,
    maxDays: typeof details.maxDays === 'number' ? details.maxDays : 0,
    latestDeadlineAt:
      typeof details.latestDeadlineAt === 'string' ? details.latestDeadlineAt : null,
    extensionDays: typeof details.extensionDays === 'number' ? details.extensionDays : null,
  }
}
