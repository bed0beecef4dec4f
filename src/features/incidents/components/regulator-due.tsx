import { Alert } from 'antd'
import dayjs from 'dayjs'
import { useEffect, useState } from 'react'
import { type TFunction, useTranslation } from '../../../shared/i18n/i18n'
import type { IncidentDetail, RegulatorDueDto } from '../../../shared/api/incident-schemas'
import { dueStatus, type RegulatorDueStatus } from '../../../shared/lib/incident-reporting'
import '../i18n'
import '../../../shared/i18n/incident-record'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

const COLOURS: Record<RegulatorDueStatus, Tone> = {
  not_required: 'neutral',
  due: 'attention',
  overdue: 'blocking',
  reported: 'ok',
  reported_late: 'blocking',
}

/** The time now, moving on each minute, so a due report turns overdue on screen. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/** `2 小时 15 分` / `2 h 15 min` between two instants. */
function span(fromMs: number, toMs: number, t: TFunction<'incidents'>) {
  const minutes = Math.max(1, Math.round(Math.abs(toMs - fromMs) / 60_000))
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return hours
    ? t('regulatorDue.hoursMinutes', { hours, minutes: rest })
    : t('regulatorDue.minutes', { minutes: rest })
}

/** The due time's words: where the report stands, with how long is left or how late it is. */
function useDueWords(due: RegulatorDueDto) {
  const { t } = useTranslation('incidents')
  const now = useMinuteClock()
  const status = dueStatus(due.dueAt, due.firstReportAt, now)
  const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—')
  const dueMs = due.dueAt ? Date.parse(due.dueAt) : 0
  const words: Record<RegulatorDueStatus, () => string> = {
    not_required: () => t('regulatorDue.notRequired'),
    due: () => t('regulatorDue.due', { at: at(due.dueAt), left: span(now, dueMs, t) }),
    overdue: () => t('regulatorDue.overdue', { at: at(due.dueAt), late: span(dueMs, now, t) }),
    reported: () =>
      t(due.dueAt ? 'regulatorDue.reported' : 'regulatorDue.reportedNoLimit', {
        at: at(due.firstReportAt),
      }),
    reported_late: () =>
      t('regulatorDue.reportedLate', {
        at: at(due.firstReportAt),
        late: span(dueMs, Date.parse(due.firstReportAt ?? ''), t),
      }),
  }
  return { status, text: words[status](), at }
}

/** The report deadline in the incident's header: overdue reads red. */
export function RegulatorDueTag({ due }: { due: RegulatorDueDto }) {
  const { status, text } = useDueWords(due)
  return (
    <StatusLabel tone={COLOURS[status]} data-testid="regulator-due" data-status={status}>
      {text}
    </StatusLabel>
  )
}

/** The rule and the deadline at the top of the regulator tab. */
export function RegulatorDueNotice({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation('incidents')
  const due = incident.regulatorDue
  const { status, text, at } = useDueWords(due)
  const rule =
    due.hours === null
      ? t('regulatorDue.ruleNone', { severity: t(`incidentRecord:severity.${incident.severity}`) })
      : t('regulatorDue.rule', {
          severity: t(`incidentRecord:severity.${incident.severity}`),
          hours: due.hours,
          discovered: at(incident.discoveredAt),
          at: at(due.dueAt),
        })
  const type =
    status === 'overdue' || status === 'reported_late'
      ? 'error'
      : status === 'due'
        ? 'warning'
        : status === 'reported'
          ? 'success'
          : 'info'
  return (
    <Alert
      type={type}
      showIcon
      role={status === 'overdue' ? 'alert' : 'status'}
      data-testid="regulator-due-notice"
      data-status={status}
      title={text}
      description={rule}
      className="mb-12"
    />
  )
}
