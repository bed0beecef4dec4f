import { type IdentityCheckInput } from '../../src/shared/api/identity-check-schemas'
import { type PrivacyRequest } from '../../src/shared/api/schemas'
import { IDENTITY_EVENTS } from '../../src/shared/lib/identity-requirements'
import { maskPhone } from '../../src/shared/lib/masking'
import { route, type RouteContext } from '../http/route'
import { autoCloseRoute } from './identity-checks-auto-close'
import { planCheck, received, type CheckPlan } from './identity-checks-plan'
import { actOnRequest, resume, withSla } from './requests'
import { messagesTo, requesterContact } from './user-notices'
import { commonMessages } from '../../src/shared/i18n/common'
import { identityCheckEndpoints } from '../../src/shared/api/endpoints/identity-checks'
import { requestEndpoints } from '../../src/shared/api/endpoints/requests'

/** Records the check and moves the request: pass starts the clock, fail prepares a rejection, need_more pauses. */
function applyCheck(
  ctx: RouteContext<unknown, IdentityCheckInput>,
  draft: PrivacyRequest,
  plan: CheckPlan,
) {
  const { check, documents } = plan
  const at = check.at
  draft.identityDocuments = [...(draft.identityDocuments ?? []), ...documents]
  draft.identityChecks.push(check)
  if (check.outcome === 'pass') {
    // Where this request's deliveries go from now on: the account's phone for the user themselves,
    // the requester's own verified phone for anyone acting for them (CONTRACT 2026-12).
    const phone = verifiedPhone(ctx, draft)
    draft.details = { ...draft.details, verifiedPhone: phone ? maskPhone(phone) : null }
    const paused = resume(ctx.backend, draft, at)
    draft.identityVerifiedAt = at
    draft.status = 'in_review'
    withSla(ctx.backend, draft)
    return {
      event: IDENTITY_EVENTS.passed,
      reason: check.reason,
      facts: {
        identityMethod: check.method,
        evidence: check.credited,
        ...(paused ? { pausedDays: paused } : {}),
      },
    }
  }
  if (check.outcome === 'fail') {
    // A failed check only prepares the rejection: ending a request takes a second person
    // (CONTRACT 2026-12), who approves it or sends it back to be checked again.
    draft.status = 'pending_approval'
    draft.preparedBy = ctx.staff.id
    draft.decision = {
      outcome: 'reject',
      reasonCode: 'identity_failed',
      message: check.reason ?? '',
      preparedAt: at,
    }
    return { event: IDENTITY_EVENTS.failed, reason: check.reason }
  }
  draft.status = 'awaiting_requester'
  draft.pausedAt ??= at
  return { event: IDENTITY_EVENTS.needMore, reason: check.reason }
}

function verifiedPhone(
  ctx: RouteContext<unknown, IdentityCheckInput>,
  request: PrivacyRequest,
): string | null {
  if (request.requesterType === 'self')
    return ctx.backend.db.users.get(request.userId)?.phone ?? null
  return ctx.body.requesterPhone ?? null
}

export const identityCheckHandlers = [
  route(identityCheckEndpoints.checkIdentity, {
    handle: async (ctx) => {
      let plan: CheckPlan | null = null
      let before: PrivacyRequest | null = null
      const updated = await actOnRequest(
        ctx,
        'identity_check',
        (draft) => applyCheck(ctx, draft, plan as CheckPlan),
        (current) => {
          plan = planCheck(ctx, current)
          before = current
        },
      )
      const phone =
        (plan as CheckPlan | null)?.check.outcome === 'pass' && before
          ? verifiedPhone(ctx, before)
          : null
      const { verifiedContacts } = ctx.backend.db
      if (phone) {
        const contact = { requestId: updated.id, phone, at: new Date(ctx.now).toISOString() }
        if (verifiedContacts.get(updated.id))
          await verifiedContacts.update(updated.id, (d) => Object.assign(d, contact))
        else await verifiedContacts.insert(contact)
      }
      return updated
    },
  }),
  route(identityCheckEndpoints.documentsReceived, {
    handle: (ctx) =>
      actOnRequest(ctx, 'identity_check', (draft, current) => {
        const at = new Date(ctx.now).toISOString()
        draft.identityDocuments = [
          ...(draft.identityDocuments ?? []),
          ...received(ctx.body.documents, at, ctx.staff.id),
        ]
        let paused = 0
        if (current.status === 'awaiting_requester') {
          paused = resume(ctx.backend, draft, at)
          draft.status = 'identity_pending'
        }
        return {
          event: IDENTITY_EVENTS.documentsReceived,
          reason: ctx.body.note || null,
          facts: {
            evidence: ctx.body.documents.map((d) => d.kind),
            ...(paused ? { pausedDays: paused } : {}),
          },
        }
      }),
  }),
  route(requestEndpoints.remind, {
    // The requester is told what is missing and by when: only then may an unverified request be
    // closed, counted from the latest reminder (isAutoCloseDue).
    handle: (ctx) =>
      actOnRequest(ctx, 'remind', (draft) => {
        const at = new Date(ctx.now).toISOString()
        const days = ctx.backend.settings().unverifiedAutoCloseDays
        const type = commonMessages['zh-CN'].requestType[draft.type]
        const text = `【任务易】您的${type}申请（编号 ${draft.id}）尚未完成身份核验，请在 ${days} 个工作日内按要求提供身份证明材料；逾期仍未提供的，申请将被关闭。`
        const to = requesterContact(ctx, draft)
        if (to) draft.notifications = [...(draft.notifications ?? []), ...messagesTo(to, at, text)]
        return { event: IDENTITY_EVENTS.reminded, reason: text }
      }),
  }),
  autoCloseRoute,
]
