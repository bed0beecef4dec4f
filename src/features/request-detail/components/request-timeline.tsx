import { Card, Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RequestDetail } from '../../../shared/api/schemas'
import { REJECTION_REASONS } from '../../../shared/api/enums'
import { parseExtensionEvent } from '../../../shared/lib/deadline-extension'
import type { TFunction } from '../../../shared/i18n/i18n'

// Events whose reason is the code of a rejection's ground, stored as the code so that reports
// can count grounds; people read its words.
const GROUND_EVENTS = new Set(['decision_prepared_reject'])
const isGround = (reason: string) => (REJECTION_REASONS as readonly string[]).includes(reason)

/** An event's reason as people read it: a ground in words, an extension's days and new deadline. */
function reasonInWords(action: string, reason: string, t: TFunction): string {
  if (GROUND_EVENTS.has(action) && isGround(reason)) return t(`common:rejectionReason.${reason}`)
  if (action === 'deadline_extended') {
    const extension = parseExtensionEvent(reason)
    if (extension)
      return extension.deadline
        ? t('request:extend.event', extension)
        : t('request:extend.eventNoDate', extension)
  }
  return reason
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
  const events = [...request.timeline].reverse()
  return (
    <Card size="small" title={t('request:timeline')}>
      <Timeline
        items={events.map((e, i) => ({
          key: i,
          content: (
            <div data-testid="timeline-event">
              <Typography.Text strong>
                {t(`timeline.${e.action}`, { defaultValue: e.action })}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {e.actorId === 'system'
                  ? t('common.system')
                  : e.actorId === 'requester'
                    ? t('common.requester')
                    : staffName(e.actorId)}{' '}
                · {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
              {e.reason && (
                <div style={{ whiteSpace: 'pre-wrap' }}>{reasonInWords(e.action, e.reason, t)}</div>
              )}
            </div>
          ),
        }))}
      />
    </Card>
  )
}
