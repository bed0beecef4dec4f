import { IDENTITY_EVENTS, isAutoCloseDue } from '../../src/shared/lib/identity-requirements'
import { route } from '../http/route'
import { requestEndpoints } from '../../src/shared/api/endpoints/requests'

function reason(days: number): string {
  return `提醒您提供身份证明材料后 ${days} 个工作日内仍未完成身份核验。如仍需办理，请重新提交申请并按要求提供身份证明材料。`
}

/**
 * Prepares the closing of every request left unverified for `settings.unverifiedAutoCloseDays`
 * working days after its requester was last reminded (or asked for, or sent, documents since).
 * Closing is a rejection, so it is prepared by the system and approved by a lead like any other
 * (CONTRACT 2026-12); the lead's approval tells the requester.
 *
 * A dedicated POST rather than a side effect of reading the queue: GET handlers run without the
 * cross-tab write lock, so a change made while reading could be lost, and a read that changes
 * requests would also hide from the audit log who caused it. A scheduler (or a lead or admin
 * from the identity panel) calls this; running it twice prepares nothing twice.
 */
export const autoCloseRoute = route(requestEndpoints.autoCloseUnverified, {
  async handle({ backend, now, audit }) {
    const days = backend.settings().unverifiedAutoCloseDays
    const calendar = backend.calendar()
    const at = new Date(now).toISOString()
    const due = backend.db.requests.all().filter((r) => isAutoCloseDue(r, calendar, days, now))
    const message = reason(days)
    for (const request of due) {
      await backend.db.requests.update(request.id, (draft) => {
        draft.status = 'pending_approval'
        draft.preparedBy = 'system'
        draft.decision = {
          outcome: 'reject',
          reasonCode: 'unverified_timeout',
          message,
          preparedAt: at,
        }
        draft.version = request.version + 1
        draft.timeline.push({
          at,
          actorId: 'system',
          action: IDENTITY_EVENTS.autoClosed,
          reason: message,
        })
      })
      await audit(`request.${IDENTITY_EVENTS.autoClosed}`, request.id, { reason: message })
    }
    return { closed: due.map((r) => r.id), checkedAt: at }
  },
})
