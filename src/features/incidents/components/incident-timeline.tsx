import { Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import '../i18n'
import { useStaffName } from '../../../shared/ui/use-staff-name'

/** Every change to the incident, newest first, with who made it. */
export function IncidentTimeline({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation('incidents')
  const staffName = useStaffName()
  const events = [...incident.timeline].reverse()
  return (
    <section aria-label={t('timeline.title')}>
      <Timeline
        items={events.map((e, i) => ({
          key: i,
          content: (
            <div data-testid="timeline-event">
              <Typography.Text strong>
                {t(`timeline.action.${e.action}`, { defaultValue: e.action })}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {staffName(e.actorId)}
              </Typography.Text>
              {e.detail && <div className="pre-wrap">{e.detail}</div>}
            </div>
          ),
        }))}
      />
    </section>
  )
}
