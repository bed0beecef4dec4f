import dayjs from 'dayjs'
import { useTranslation } from '../i18n/i18n'
import type { RequestStatus } from '../api/enums'
import { isFinal } from '../lib/request-state'
import { DeferredTooltip } from './deferred-tooltip'
import { StatusLabel } from './status-label'
import type { Tone } from './theme'
import { workingDaysLeft, type WorkingDayCalendar } from '../lib/working-days'

interface SlaBadgeProps {
  /** The request's clock, as every list and page of requests has it. */
  request: {
    status: RequestStatus
    targetAt: string | null
    deadlineAt: string | null
    calendarProvisional: boolean
  }
  calendar: WorkingDayCalendar | null
  now?: Date
}

// Urgency reads red > orange > amber > green.
function tone(left: number): Tone {
  if (left < 0) return 'blocking'
  if (left <= 1) return 'urgent'
  if (left <= 3) return 'warning'
  return 'ok'
}

/** Working days left (or overdue) on the official calendar; target and deadline in the tooltip. */
export function SlaBadge({ request, calendar, now = new Date() }: SlaBadgeProps) {
  const { t } = useTranslation()
  const { status, targetAt, deadlineAt, calendarProvisional: provisional } = request
  if (isFinal(status)) return <StatusLabel>{t('sla.finished')}</StatusLabel>
  if (!deadlineAt) return <StatusLabel>{t('sla.noClock')}</StatusLabel>
  if (!calendar) return <StatusLabel>…</StatusLabel>
  const left = workingDaysLeft(deadlineAt, now.toISOString(), calendar)
  const label =
    left < 0
      ? t('sla.overdue', { count: -left })
      : left === 0
        ? t('sla.dueToday')
        : t('sla.left', { count: left })
  const format = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm')
  const tip = [
    targetAt && targetAt !== deadlineAt ? `${t('sla.target')}: ${format(targetAt)}` : null,
    `${t('sla.deadline')}: ${format(deadlineAt)}`,
    provisional ? t('sla.provisionalHint') : null,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <DeferredTooltip title={tip}>
      <StatusLabel
        tone={tone(left)}
        tabIndex={0}
        aria-label={`${label}. ${tip}`}
        data-testid="sla-badge"
      >
        {label}
        {provisional ? ` (${t('common.provisional')})` : ''}
      </StatusLabel>
    </DeferredTooltip>
  )
}
