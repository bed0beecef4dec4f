import { NOTIFICATION_CHANNELS, ROLES, type Role } from '../api/enums'
import { timelineFactsSchema } from '../api/schemas'
import type { TFunction } from '../i18n/i18n'
import { factsText } from './timeline-facts'

// The backend writes some reasons for machines: counts ("2 item(s)"), a request event's facts as
// JSON, a role change as codes. What is stored (and hashed) stays as it is; people read words.

const COUNTED = /^(\d+) (item|event|record)\(s\)(?:; (.+))?$/
const SESSIONS_ENDED = /^(\d+) session\(s\) ended$/
const ROLE_CHANGE = /^([a-z]+) -> ([a-z]+)$/
// A reset of the demo data names the chains it replaced, by length and last hash.
const REPLACED =
  /^\w+; replaced audit log: (\d+) event\(s\), head (\w+); replaced ledger: (\d+) record\(s\), head (\w+)$/
const isRole = (value: string | undefined): value is Role =>
  (ROLES as readonly string[]).includes(value ?? '')

function requestFacts(reason: string, t: TFunction, staffName: (id: string) => string) {
  if (!reason.startsWith('{')) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(reason)
  } catch {
    return null
  }
  const facts = timelineFactsSchema.safeParse(parsed)
  return facts.success ? factsText(facts.data, t, staffName) : null
}

/**
 * The filter an export recorded in its reason, as the query it ran (`action=session.`): what an
 * auditor searches by, so it is shown raw, beside the words.
 */
export function auditReasonFilter(reason: string | null): string | null {
  return (reason !== null && COUNTED.exec(reason)?.[3]) || null
}

/** An audit event's reason in the reader's words; a reason a person wrote is shown as written. */
export function auditReasonText(
  action: string,
  reason: string | null,
  t: TFunction,
  staffName: (id: string) => string,
): string | null {
  if (reason === null) return null
  const counted = COUNTED.exec(reason)
  if (counted) {
    const [, n, noun, filter] = counted
    const count = t(`common:auditReason.${noun as 'item' | 'event' | 'record'}s`, {
      count: Number(n),
    })
    return filter
      ? `${count}${t('common:timelineFact.separator')}${t('common:auditReason.filter', { filter })}`
      : count
  }
  const ended = SESSIONS_ENDED.exec(reason)
  if (ended) return t('common:auditReason.sessionsEnded', { count: Number(ended[1]) })
  const replaced = REPLACED.exec(reason)
  if (replaced)
    return t('common:auditReason.replaced', {
      events: Number(replaced[1]),
      auditHead: replaced[2],
      records: Number(replaced[3]),
      ledgerHead: replaced[4],
    })
  const roles = ROLE_CHANGE.exec(reason)
  if (roles && isRole(roles[1]) && isRole(roles[2]))
    return t('common:auditReason.roleChanged', {
      from: t(`common:role.${roles[1]}`),
      to: t(`common:role.${roles[2]}`),
    })
  // The channels a user was told by are stored as codes ("sms, push").
  const notifiedBy = reason.split(', ')
  if (
    action === 'request.user_notified' &&
    notifiedBy.every((c) => (NOTIFICATION_CHANNELS as readonly string[]).includes(c))
  )
    return factsText({ notifiedBy }, t, staffName) ?? reason
  // A correction names its request and the fields it wrote ("R000123: phone, idNumber").
  const corrected = action === 'user.corrected' && /^(R\d+): ([\w, ]+)$/.exec(reason)
  if (corrected)
    return factsText({ requestId: corrected[1], fields: corrected[2]!.split(', ') }, t, staffName)
  if (action.startsWith('request.')) return requestFacts(reason, t, staffName) ?? reason
  return reason
}
