import { CONSENT_KEYS, type RequestType } from '../../src/shared/api/enums'
import {
  accessAnswerInputSchema,
  consentOverviewSchema,
  consentWithdrawalInputSchema,
  consentWithdrawalRecordSchema,
  correctionInputSchema,
  correctionNeedsChecker,
  type ConsentOverview,
} from '../../src/shared/api/rights-schemas'
import { requestDetailSchema, type PrivacyRequest } from '../../src/shared/api/schemas'
import type { Backend } from '../db/backend'
import { ALL_ROLES, HttpError, route, type RouteContext } from '../http/route'
import { presentRequest } from '../http/present'
import { actOnRequest, approvalEffects, loadRequest, loadUser } from './requests'
import { applyCorrection, checkCorrection } from './rights-correction'
import { smsToUser } from './user-notices'

// Consent withdrawal 6(6), correction 6(2) and access 6(1): each completes its request at once
// (CONTRACT lets an agent complete these types), except a correction of a phone or ID number,
// which a second person approves (CONTRACT 2026-12).

const WORKERS = ['agent', 'lead'] as const
const iso = (ms: number) => new Date(ms).toISOString()

/** The checker approved a prepared correction of a phone or ID number: it is written now. */
approvalEffects.correction = async (ctx, request) => {
  const { backend } = ctx
  const pending = backend.db.pendingCorrections.get(request.id)
  if (!pending)
    throw new HttpError(
      409,
      'INVALID_TRANSITION',
      `Request ${request.id} has no prepared correction`,
    )
  // The user record may have changed since the maker checked the values.
  checkCorrection(
    loadUser(backend, request.userId),
    { changes: pending.changes, evidence: 'checked again at approval' },
    iso(ctx.now),
    ctx.staff.id,
  )
  await applyCorrection(backend, request.userId, pending.changes)
  backend.db.pendingCorrections.delete(request.id)
  const at = iso(ctx.now)
  await backend.db.requests.update(request.id, (draft) => {
    draft.status = 'completed'
    draft.completedAt = at
    draft.timeline.push({
      at,
      actorId: ctx.staff.id,
      action: 'correction_applied',
      reason: pending.changes.map((c) => c.field).join(', '),
    })
  })
  await ctx.audit('user.corrected', request.userId, {
    reason: `${request.id}: ${pending.changes.map((c) => c.field).join(', ')}`,
  })
}

export function requireType(request: PrivacyRequest, type: RequestType): void {
  if (request.type !== type)
    throw new HttpError(
      409,
      'WRONG_REQUEST_TYPE',
      `Request ${request.id} is a ${request.type} request, not ${type}`,
    )
}

function complete(draft: PrivacyRequest, staffId: string, at: string, message: string): void {
  draft.status = 'completed'
  draft.completedAt = at
  draft.preparedBy = staffId
  draft.decision = { outcome: 'approve', reasonCode: null, message, preparedAt: at }
}

/** Current state of the four permissions and every withdrawal recorded on the user's requests. */
function consentOverview(backend: Backend, userId: string): ConsentOverview {
  const user = loadUser(backend, userId)
  const history: ConsentOverview['history'] = []
  for (const r of backend.db.requests.all()) {
    if (r.userId !== userId || r.type !== 'consent_withdrawal') continue
    const record = consentWithdrawalRecordSchema.safeParse(r.details.withdrawal)
    if (!record.success) continue
    for (const key of record.data.keys)
      history.push({
        key,
        granted: false,
        at: record.data.at,
        requestId: r.id,
        actorId: record.data.by,
      })
  }
  for (const key of CONSENT_KEYS) {
    const state = user.consents[key]
    if (state?.granted)
      history.push({ key, granted: true, at: state.changedAt, requestId: null, actorId: 'app' })
  }
  history.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
  const consents = CONSENT_KEYS.map((key) => ({
    key,
    granted: user.consents[key]?.granted ?? false,
    changedAt: user.consents[key]?.changedAt ?? user.registeredAt,
  }))
  return { consents, history }
}

async function reloaded(ctx: RouteContext<unknown, unknown>, id: string) {
  const request = loadRequest(ctx.backend, id)
  return presentRequest(request, loadUser(ctx.backend, request.userId))
}

export const rightsRequestHandlers = [
  route({
    method: 'get',
    path: '/requests/:id/consents',
    roles: ALL_ROLES,
    response: consentOverviewSchema,
    async handle({ params, backend }) {
      return consentOverview(backend, loadRequest(backend, params.id ?? '').userId)
    },
  }),
  route({
    method: 'post',
    path: '/requests/:id/consent-withdrawal',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: consentWithdrawalInputSchema,
    async handle(ctx) {
      const { body, staff, backend } = ctx
      const at = iso(ctx.now)
      const note = body.note || null
      const updated = await actOnRequest(
        ctx,
        'decide',
        (draft) => {
          draft.details = {
            ...draft.details,
            withdrawal: { keys: body.keys, at, by: staff.id, note, earlierProcessingLawful: true },
          }
          complete(draft, staff.id, at, `withdrawn: ${body.keys.join(', ')}`)
          return { event: 'consent_withdrawn', reason: body.keys.join(', ') }
        },
        (current) => {
          requireType(current, 'consent_withdrawal')
          const user = loadUser(backend, current.userId)
          const already = body.keys.filter((k) => !user.consents[k]?.granted)
          if (already.length) {
            throw new HttpError(
              400,
              'VALIDATION_FAILED',
              `Already withdrawn: ${already.join(', ')}`,
              { fields: { keys: `already withdrawn: ${already.join(', ')}` } },
            )
          }
        },
      )
      // Takes effect at once: the related services stop using the data from this moment.
      await backend.db.users.update(updated.userId, (draft) => {
        for (const key of body.keys) draft.consents[key] = { granted: false, changedAt: at }
        draft.version += 1
      })
      await ctx.audit('user.consent_withdrawn', updated.userId, {
        reason: `${updated.id}: ${body.keys.join(', ')}`,
      })
      return reloaded(ctx, updated.id)
    },
  }),
  route({
    method: 'post',
    path: '/requests/:id/correction',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: correctionInputSchema,
    async handle(ctx) {
      const { body, staff, backend } = ctx
      const at = iso(ctx.now)
      const fields = body.changes.map((c) => c.field)
      const checked = correctionNeedsChecker(fields)
      let record: unknown = null
      const updated = await actOnRequest(
        ctx,
        'decide',
        (draft) => {
          draft.details = { ...draft.details, correction: record }
          const message = `corrected: ${fields.join(', ')}`
          if (!checked) {
            complete(draft, staff.id, at, message)
            return { event: 'correction_applied', reason: fields.join(', ') }
          }
          // Prepared only: a lead other than the maker applies it (approvalEffects.correction).
          draft.status = 'pending_approval'
          draft.preparedBy = staff.id
          draft.decision = { outcome: 'approve', reasonCode: null, message, preparedAt: at }
          return { event: 'correction_prepared', reason: fields.join(', ') }
        },
        (current) => {
          requireType(current, 'correction')
          record = checkCorrection(loadUser(backend, current.userId), body, at, staff.id)
        },
      )
      if (checked) {
        await backend.db.pendingCorrections.insert({ requestId: updated.id, changes: body.changes })
        return updated
      }
      await applyCorrection(backend, updated.userId, body.changes)
      await ctx.audit('user.corrected', updated.userId, {
        reason: `${updated.id}: ${fields.join(', ')}`,
      })
      return reloaded(ctx, updated.id)
    },
  }),
  route({
    method: 'post',
    path: '/requests/:id/access-answer',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: accessAnswerInputSchema,
    handle: (ctx) =>
      actOnRequest(
        ctx,
        'decide',
        (draft) => {
          const at = iso(ctx.now)
          draft.details = {
            ...draft.details,
            accessAnswer: {
              categories: ctx.body.categories,
              message: ctx.body.message,
              at,
              by: ctx.staff.id,
            },
          }
          draft.notifications = [
            ...(draft.notifications ?? []),
            ...smsToUser(ctx.backend, draft, at, ctx.body.message),
          ]
          complete(draft, ctx.staff.id, at, ctx.body.message)
          return { event: 'access_answer_sent', reason: `${ctx.body.categories.length} categories` }
        },
        (current) => requireType(current, 'access'),
      ),
  }),
]
