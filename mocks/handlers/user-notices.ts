import type { DataPlan, PrivacyRequest, TimelineEvent, UserNotification } from '../../src/shared/api/schemas'
import { maskPhone } from '../../src/shared/lib/masking'
import type { RouteContext } from '../http/route'

// Messages to the user: what was sent is kept on the request with its exact text, and the fact
// that the user was told shows on the timeline and in the audit trail.

/** An SMS to the registered phone; the request keeps only the masked number. */
export function smsTo(phone: string, at: string, text: string): UserNotification {
  return { id: crypto.randomUUID(), channel: 'sms', to: maskPhone(phone), at, text }
}

/** The same text pushed to the user's app. */
export function pushCopyOf(sms: UserNotification): UserNotification {
  return { ...sms, id: crypto.randomUUID(), channel: 'push', to: 'app' }
}

/**
 * Stores the notifications sent, with the timeline events that led to them (and the data plan,
 * when the step produced one), then records `user_notified` on the timeline and in the audit trail.
 */
export async function recordUserNotified(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
  notifications: UserNotification[],
  change: { dataPlan?: DataPlan | null; events?: TimelineEvent[] } = {},
): Promise<void> {
  const channels = notifications.map((n) => n.channel).join(', ')
  const events = [...(change.events ?? []), { at: new Date(ctx.now).toISOString(), actorId: ctx.staff.id, action: 'user_notified', reason: channels }]
  await ctx.backend.db.requests.update(request.id, (draft) => {
    if (change.dataPlan !== undefined) draft.dataPlan = change.dataPlan
    draft.notifications = [...(draft.notifications ?? []), ...notifications]
    draft.timeline.push(...events)
  })
  await ctx.audit('request.user_notified', request.id, { reason: channels })
}
