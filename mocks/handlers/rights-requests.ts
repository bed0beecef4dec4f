import type { RequestType } from '../../src/shared/api/enums'
import { categoriesInWords, PERSONAL_DATA_CATEGORIES } from '../../src/shared/api/personal-data'
import { correctionNeedsChecker } from '../../src/shared/api/rights-schemas'
import { type PrivacyRequest } from '../../src/shared/api/schemas'
import { type RequestDetailsOf } from '../../src/shared/api/request-details'
import { personalDataHoldings } from '../../src/shared/lib/copy-package'
import { HttpError, route, type RouteContext } from '../http/route'
import { presentRequest } from '../http/present'
import { actOnRequest, approvalEffects, loadRequest, loadUser, requireAssignee } from './requests'
import {
  applyCorrection,
  checkCorrection,
  requireNewIdCardPhotos,
  sendPhoneCode,
  verifyPhoneCode,
} from './rights-correction'
import { notifyRequester, smsToUser } from './user-notices'
import { consentWithdrawalNotice } from '../../src/shared/lib/consent-withdrawal-notice'
import { consentOverview, userDataFor } from './personal-data'
import { rightsEndpoints } from '../../src/shared/api/endpoints/rights'

// Consent withdrawal 6(6), correction 6(2) and access 6(1): each completes its request at once
// (CONTRACT lets an agent complete these types), except a correction of a phone or ID number,
// which a second person approves (CONTRACT 2026-12).

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
      reason: null,
      facts: { fields: pending.changes.map((c) => c.field) },
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

async function reloaded(ctx: RouteContext<unknown, unknown>, id: string) {
  const request = loadRequest(ctx.backend, id)
  return presentRequest(request, loadUser(ctx.backend, request.userId))
}

export const rightsRequestHandlers = [
  route(rightsEndpoints.consents, {
    async handle({ params, backend }) {
      return consentOverview(backend, loadRequest(backend, params.id ?? '').userId)
    },
  }),
  route(rightsEndpoints.withdrawConsent, {
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
          const text = consentWithdrawalNotice({ requestId: draft.id, keys: body.keys, at })
          complete(draft, staff.id, at, text)
          return { event: 'consent_withdrawn', facts: { consents: body.keys } }
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
              {
                fields: { keys: `already withdrawn: ${already.join(', ')}` },
                issues: { keys: { code: 'already_withdrawn' } },
              },
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
      // The requester is told what was withdrawn and what that stops (policy 6(6)).
      const done = loadRequest(backend, updated.id)
      await notifyRequester(ctx, done, done.decision!.message, 'consent_withdrawal_notice_sent')
      return reloaded(ctx, updated.id)
    },
  }),
  route(rightsEndpoints.correct, {
    async handle(ctx) {
      const { body, staff, backend } = ctx
      const at = iso(ctx.now)
      const fields = body.changes.map((c) => c.field)
      const checked = correctionNeedsChecker(fields)
      // A new phone number is re-verified by the code sent to it, before anything is prepared.
      const newPhone = body.changes.find((c) => c.field === 'phone')?.value
      let phoneVerifiedAt: string | null = null
      if (newPhone) {
        const current = loadRequest(backend, ctx.params.id ?? '')
        requireType(current, 'correction')
        requireAssignee(staff, current)
        // Bad values are told as such first; only a number that could be written is re-verified.
        checkCorrection(loadUser(backend, current.userId), body, at, staff.id)
        phoneVerifiedAt = await verifyPhoneCode(backend, current, newPhone, body.phoneCode, ctx.now)
      }
      let record: RequestDetailsOf<'correction'>['correction']
      const updated = await actOnRequest(
        ctx,
        'decide',
        (draft) => {
          draft.details = { ...draft.details, correction: record }
          const message = `corrected: ${fields.join(', ')}`
          if (!checked) {
            complete(draft, staff.id, at, message)
            return { event: 'correction_applied', facts: { fields } }
          }
          // Prepared only: a lead other than the maker applies it (approvalEffects.correction).
          draft.status = 'pending_approval'
          draft.preparedBy = staff.id
          draft.decision = { outcome: 'approve', reasonCode: null, message, preparedAt: at }
          return { event: 'correction_prepared', facts: { fields } }
        },
        (current) => {
          requireType(current, 'correction')
          // Bad values are told as such first; then a new ID number is re-verified against
          // the new card: photos of both its sides.
          const checkedChange = checkCorrection(
            loadUser(backend, current.userId),
            body,
            at,
            staff.id,
          )
          const idCardPhotos = body.changes.some((c) => c.field === 'idNumber')
            ? requireNewIdCardPhotos(body.idCardPhotos)
            : undefined
          record = { ...checkedChange, phoneVerifiedAt, ...(idCardPhotos ? { idCardPhotos } : {}) }
        },
      )
      // A code re-verifies one change only.
      if (newPhone) backend.db.correctionCodes.delete(updated.id)
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
  route(rightsEndpoints.personalData, {
    async handle({ params, backend }) {
      const request = loadRequest(backend, params.id ?? '')
      return { items: personalDataHoldings(userDataFor(backend, request.userId)) }
    },
  }),
  route(rightsEndpoints.sendCorrectionCode, {
    async handle(ctx) {
      const { backend, staff } = ctx
      const request = loadRequest(backend, ctx.params.id ?? '')
      requireType(request, 'correction')
      requireAssignee(staff, request)
      if (request.status !== 'in_review')
        throw new HttpError(
          409,
          'INVALID_TRANSITION',
          `Cannot re-verify a phone number for a request that is ${request.status}`,
          { status: request.status },
        )
      const sent = await sendPhoneCode(backend, request, ctx.body.phone, ctx.now)
      await ctx.audit('request.correction_code_sent', request.id, { reason: sent.sentTo })
      return sent
    },
  }),
  route(rightsEndpoints.answerAccess, {
    handle: (ctx) =>
      actOnRequest(
        ctx,
        'decide',
        (draft) => {
          const at = iso(ctx.now)
          // In the template's order, whatever order the answer came in.
          const answers = PERSONAL_DATA_CATEGORIES.map((c) =>
            ctx.body.answers.find((a) => a.category === c)!,
          )
          draft.details = {
            ...draft.details,
            accessAnswer: { answers, message: ctx.body.message, at, by: ctx.staff.id },
          }
          draft.notifications = [
            ...(draft.notifications ?? []),
            ...smsToUser(ctx.backend, draft, at, ctx.body.message),
          ]
          complete(draft, ctx.staff.id, at, ctx.body.message)
          return {
            event: 'access_answer_sent',
            facts: { categoryCount: answers.filter((a) => a.held).length },
          }
        },
        (current) => {
          requireType(current, 'access')
          const answered = new Set(ctx.body.answers.map((a) => a.category))
          const missing = PERSONAL_DATA_CATEGORIES.filter((c) => !answered.has(c))
          if (missing.length)
            throw new HttpError(
              400,
              'VALIDATION_FAILED',
              `Every category must be answered as held or not held; missing: ${categoriesInWords(missing)}`,
              {
                fields: { answers: `missing: ${categoriesInWords(missing)}` },
                issues: { answers: { code: 'incomplete' } },
                missing,
              },
            )
        },
      ),
  }),
]
