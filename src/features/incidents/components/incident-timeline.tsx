import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import '../i18n'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { EventTimeline } from '../../../shared/ui/event-timeline'
import { incidentDetail } from '../../../shared/ui/incident-detail'

/** Every change to the incident, newest first, with who made it. */
export function IncidentTimeline({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation('incidents')
  const staffName = useStaffName()
  return (
    <section aria-label={t('timeline.title')}>
      <EventTimeline
        events={incident.timeline}
        what={(e) => t(`timeline.action.${e.action}`, { defaultValue: e.action })}
        byline={(e) => `${dayjs(e.at).format('YYYY-MM-DD HH:mm')} · ${staffName(e.actorId)}`}
        details={(e) => {
          if (!e.detail) return null
          const { text, raw } = incidentDetail(e.action, e.detail, t)
          return (
            <div className="pre-wrap">
              {text}
              {raw && <code data-raw>{raw}</code>}
            </div>
          )
        }}
      />
    </section>
  )
}
