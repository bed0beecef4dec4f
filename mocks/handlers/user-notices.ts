import type {
  DataPlan,
  NoticeKind,
  PrivacyRequest,
  TimelineEvent,
  UserNotification,
} from '../../src/shared/api/schemas'
import { extensionNotice } from '../../src/shared/lib/deadline-extension'
import { maskPhone } from '../../src/shared/lib/masking'
import { rejectionNotice } from '../../src/shared/lib/rejection-notice'
import type { RouteContext } from '../http/route'

// Messages to the user: what was sent is kept on the request with its exact text, and the fact
// that the user was told shows on the timeline and in the audit trail.

/** An SMS to the registered phone; the request keeps only the masked number. */
export function smsTo(
  phone: string,
  at: string,
  text: string,
  kind?: NoticeKind,
): UserNotification {
  return {
    id: crypto.randomUUID(),
    channel: 'sms',
    to: maskPhone(phone),
    at,
    text,
    ...(kind ? { kind } : {}),
  }
}

/**
 * The phone a message about `request` reaches the user on: the account's, or, once a data plan
 * deleted it, the one this request's identity check verified; null when neither is left.
 */
function userPhone(
  backend: RouteContext<unknown, unknown>['backend'],
  request: Pick<PrivacyRequest, 'id' | 'userId'>,
): string | null {
  return (
    backend.db.users.get(request.userId)?.phone ??
    backend.db.verifiedContacts.get(request.id)?.phone ??
    null
  )
}

/** An SMS to the user about `request`, when a phone to reach them is left (see userPhone). */
export function smsToUser(
  backend: RouteContext<unknown, unknown>['backend'],
  request: Pick<PrivacyRequest, 'id' | 'userId'>,
  at: string,
  text: string,
): UserNotification[] {
  const phone = userPhone(backend, request)
  return phone ? [smsTo(phone, at, text)] : []
}

/** The same text pushed to the user's app. */
export function pushCopyOf(sms: UserNotification): UserNotification {
  return { ...sms, id: crypto.randomUUID(), channel: 'push', to: 'app' }
}

/** A message pushed to the user's app. */
export function pushTo(at: string, text: string): UserNotification {
  return { id: crypto.randomUUID(), channel: 'push', to: 'app', at, text }
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
  // Nothing was sent when no way to reach the user is left: the timeline does not say otherwise.
  const notified = notifications.length
    ? [
        {
          at: new Date(ctx.now).toISOString(),
          actorId: ctx.staff.id,
          action: 'user_notified',
          reason: null,
          facts: { notifiedBy: notifications.map((n) => n.channel) },
        },
      ]
    : []
  await ctx.backend.db.requests.update(request.id, (draft) => {
    if (change.dataPlan !== undefined) draft.dataPlan = change.dataPlan
    draft.notifications = [...(draft.notifications ?? []), ...notifications]
    draft.timeline.push(...(change.events ?? []), ...notified)
  })
  if (notified.length) await ctx.audit('request.user_notified', request.id, { reason: channels })
}

/**
 * Tells the requester that their request was rejected, whatever the type and the path that led
 * there (PIPL art. 50): by SMS to the phone the identity check verified, else the account's, and
 * in the app too when the user asked themselves and still has an account to push to. The notice
 * itself shows on the timeline, so the checker's approval and what the user read sit side by side.
 */
export async function notifyRejection(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
): Promise<void> {
  const { decision } = request
  if (request.status !== 'rejected' || !decision?.reasonCode) return
  const text = rejectionNotice({
    requestId: request.id,
    type: request.type,
    ground: decision.reasonCode,
    reason: decision.message,
  })
  await notifyRequester(ctx, request, text, 'rejection_notice_sent', 'rejection')
}

/**
 * Sends the requester one notice of the kind `event` names (a rejection, a withdrawal's
 * confirmation, ...) where requesterContact says, and shows its text on the timeline under
 * that event, beside the step that led to it.
 */
export async function notifyRequester(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
  text: string,
  event: string,
  kind?: NoticeKind,
): Promise<void> {
  const to = requesterContact(ctx, request)
  if (!to) return
  const at = new Date(ctx.now).toISOString()
  await recordUserNotified(ctx, request, messagesTo(to, at, text, kind), {
    events: [{ at, actorId: ctx.staff.id, action: event, reason: text }],
  })
}

/**
 * Tells the requester that their request's deadline was extended (CONTRACT 2026-12 amendment):
 * by how many working days, the new deadline and the lead's reason, the same way as a rejection.
 * The notice shows on the timeline next to the extension.
 */
export async function notifyExtension(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
  extension: { days: number; reason: string },
): Promise<void> {
  if (!request.deadlineAt) return
  const text = extensionNotice({
    requestId: request.id,
    type: request.type,
    days: extension.days,
    deadlineAt: request.deadlineAt,
    reason: extension.reason,
  })
  await notifyRequester(ctx, request, text, 'extension_notice_sent', 'extension')
}

/**
 * Where a message to the requester goes: the phone the identity check verified, else the
 * account's; and the app as well when the user asked themselves and still has an account.
 */
export function requesterContact(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
): { phone: string; push: boolean } | null {
  const user = ctx.backend.db.users.get(request.userId)
  const phone = ctx.backend.db.verifiedContacts.get(request.id)?.phone ?? user?.phone
  if (!phone) return null
  return { phone, push: request.requesterType === 'self' && user?.accountStatus !== 'cancelled' }
}

/** The SMS, and its app copy when there is an app to push to. */
export function messagesTo(
  to: { phone: string; push: boolean },
  at: string,
  text: string,
  kind?: NoticeKind,
): UserNotification[] {
  const sms = smsTo(to.phone, at, text, kind)
  return to.push ? [sms, pushCopyOf(sms)] : [sms]
}
