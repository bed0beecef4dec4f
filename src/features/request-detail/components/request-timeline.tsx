import { Card, Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RequestDetail } from '../../../shared/api/schemas'
import {
  CONSENT_KEYS,
  DELETION_GROUNDS,
  NOTIFICATION_CHANNELS,
  REJECTION_REASONS,
  type DeletionGround,
} from '../../../shared/api/enums'
import { CORRECTABLE_FIELDS } from '../../../shared/api/rights-schemas'
import type { TFunction } from '../../../shared/i18n/i18n'
import { deletionGroundWords } from '../../../shared/ui/deletion-ground'

// Events whose reason is a code (a ground, so that reports can count grounds) or a list of codes
// (the permissions withdrawn, the fields corrected); people read their words.
const isOneOf = (codes: readonly string[]) => (reason: string) => codes.includes(reason)
const GROUND_EVENTS: Record<
  string,
  { is(reason: string): boolean; words(t: TFunction, reason: string): string }
> = {
  decision_prepared_reject: {
    is: isOneOf(REJECTION_REASONS),
    words: (t, reason) => t(`common:rejectionReason.${reason}`),
  },
  deletion_prepared: {
    is: isOneOf(DELETION_GROUNDS),
    words: (t, reason) => deletionGroundWords(t, reason as DeletionGround),
  },
  consent_withdrawn: codeList(CONSENT_KEYS, 'common:consentKey'),
  correction_prepared: codeList(CORRECTABLE_FIELDS, 'common:userField'),
  correction_applied: codeList(CORRECTABLE_FIELDS, 'common:userField'),
  user_notified: codeList(NOTIFICATION_CHANNELS, 'common:notificationChannel'),
}

/** A reason that lists codes, comma-separated. */
function codeList(codes: readonly string[], labels: string) {
  const split = (reason: string) => reason.split(', ')
  return {
    is: (reason: string) => split(reason).every((c) => codes.includes(c)),
    words: (t: TFunction, reason: string) =>
      split(reason)
        .map((c) => t(`${labels}.${c}`))
        .join(t('common:common.listSeparator')),
  }
}

function reasonInWords(t: TFunction, action: string, reason: string): string {
  const ground = GROUND_EVENTS[action]
  return ground?.is(reason) ? ground.words(t, reason) : reason
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
                <div style={{ whiteSpace: 'pre-wrap' }}>{reasonInWords(t, e.action, e.reason)}</div>
              )}
            </div>
          ),
        }))}
      />
    </Card>
  )
}
