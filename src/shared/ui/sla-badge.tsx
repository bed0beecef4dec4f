import dayjs from 'dayjs'
import { useTranslation } from '../i18n/i18n'
import type { RequestStatus } from '../api/enums'
import { isFinal } from '../lib/request-state'
import { DeferredTooltip } from './deferred-tooltip'
import { Pill } from './pill'
import { TAG_COLOUR } from './tag-colours'
import { workingDaysLeft, type WorkingDayCalendar } from '../lib/working-days'

interface SlaBadgeProps {
  status: RequestStatus
  targetAt: string | null
  deadlineAt: string | null
  provisional: boolean
  calendar: WorkingDayCalendar | null
  now?: Date
}

// Dark tones, so the text meets WCAG AA contrast on their light tint; urgency reads red > orange > amber > green.
function colour(left: number): string {
  if (left < 0) return TAG_COLOUR.blocking
  if (left <= 1) return '#ad2102'
  if (left <= 3) return TAG_COLOUR.warning
  return TAG_COLOUR.ok
}

/** Working days left (or overdue) on the official calendar; target and deadline in the tooltip. */
export function SlaBadge({
  status,
  targetAt,
  deadlineAt,
  provisional,
  calendar,
  now = new Date(),
}: SlaBadgeProps) {
  const { t } = useTranslation()
  if (isFinal(status)) return <Pill>{t('sla.finished')}</Pill>
  if (!deadlineAt) return <Pill>{t('sla.noClock')}</Pill>
  if (!calendar) return <Pill>…</Pill>
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
      <Pill
        colour={colour(left)}
        tabIndex={0}
        aria-label={`${label}. ${tip}`}
        data-testid="sla-badge"
      >
        {label}
        {provisional ? ` (${t('common.provisional')})` : ''}
      </Pill>
    </DeferredTooltip>
  )
}
