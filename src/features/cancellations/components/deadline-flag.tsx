import { Alert } from 'antd'
import { type TFunction, useTranslation } from '../../../shared/i18n/i18n'
import type { CancellationDeadline } from '../../../shared/api/schemas'
import '../i18n'
import { StatusLabel } from '../../../shared/ui/status-label'

function text(
  t: TFunction<'cancellations'>,
  deadline: CancellationDeadline,
  prefix: 'deadline' | 'deadline.short' = 'deadline',
): string | null {
  const left = deadline.workingDaysLeft ?? 0
  if (deadline.flag === 'overdue') return t(`${prefix}.overdue`, { count: -left })
  if (deadline.flag === 'due_soon')
    return left === 0 ? t(`${prefix}.due_today`) : t(`${prefix}.due_soon`, { count: left })
  return null
}

/** The leads' alert on the request: within two working days of the deadline, or past it. */
export function DeadlineNotice({ deadline }: { deadline: CancellationDeadline }) {
  const { t } = useTranslation('cancellations')
  const message = text(t, deadline)
  if (!message) return null
  return (
    <Alert
      type={deadline.flag === 'overdue' ? 'error' : 'warning'}
      showIcon
      title={message}
      data-testid="deadline-flag"
      className="mb-8"
    />
  )
}

export function DeadlineTag({ deadline }: { deadline: CancellationDeadline }) {
  const { t } = useTranslation('cancellations')
  const message = text(t, deadline, 'deadline.short')
  if (!message)
    return deadline.workingDaysLeft === null ? null : (
      <StatusLabel>{t('deadline.on_track', { count: deadline.workingDaysLeft })}</StatusLabel>
    )
  return (
    <StatusLabel tone={deadline.flag === 'overdue' ? 'blocking' : 'warning'}>{message}</StatusLabel>
  )
}
