import { Card } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RequestDetail } from '../../../shared/api/schemas'
import { REJECTION_REASONS, type RejectionReason } from '../../../shared/api/enums'
import type { TFunction } from '../../../shared/i18n/i18n'
import { EventTimeline } from '../../../shared/ui/event-timeline'
import { factsText } from '../../../shared/ui/timeline-facts'

// A prepared rejection's reason is its ground's code, so that reports can count grounds; people
// read its words. Everything else an event did is in its facts.
const isRejectionReason = (value: string): value is RejectionReason =>
  (REJECTION_REASONS as readonly string[]).includes(value)

function reasonInWords(t: TFunction, action: string, reason: string): string {
  return action === 'decision_prepared_reject' && isRejectionReason(reason)
    ? t(`common:rejectionReason.${reason}`)
    : reason
}

/** Every event on the request, newest first: who, what, when and why. */
export function RequestTimeline({
  request,
  staffName,
}: {
  request: RequestDetail
  staffName(id: string): string
}) {
  const { t } = useTranslation()
  const actor = (id: string) =>
    id === 'system'
      ? t('common.system')
      : id === 'requester'
        ? t('common.requester')
        : staffName(id)
  return (
    <Card size="small" title={t('request:timeline')}>
      <EventTimeline
        events={request.timeline}
        what={(e) => t(`timeline.${e.action}`, { defaultValue: e.action })}
        byline={(e) => `${actor(e.actorId)} · ${dayjs(e.at).format('YYYY-MM-DD HH:mm')}`}
        details={(e) => (
          <>
            {e.facts && <div data-testid="timeline-facts">{factsText(e.facts, t, staffName)}</div>}
            {e.reason && <div className="pre-wrap">{reasonInWords(t, e.action, e.reason)}</div>}
          </>
        )}
      />
    </Card>
  )
}
