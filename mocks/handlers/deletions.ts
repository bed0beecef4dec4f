import { OPEN_STATUSES } from '../../src/shared/api/enums'
import { type DeletionRecord } from '../../src/shared/api/deletion-schemas'
import { detailsOf } from '../../src/shared/api/request-details'
import { type DataPlan, type PrivacyRequest } from '../../src/shared/api/schemas'
import { deletionChecklist } from '../../src/shared/lib/cancellation-checklist'
import {
  deletionDoneNotice,
  deletionNotice,
  deletionProposal,
  resolveDeletionPlan,
} from '../../src/shared/lib/deletion-plan'
import { statusAfterDecision } from '../../src/shared/lib/request-state'
import type { Backend } from '../db/backend'
import { HttpError, route, type RouteContext } from '../http/route'
import {
  actOnRequest,
  approvalChecks,
  approvalEffects,
  checkPreconditions,
  completionEffects,
  loadRequest,
  loadUser,
} from './requests'
import { requireType } from './rights-requests'
import { pushTo, recordUserNotified, smsToUser } from './user-notices'
import { lastDisclosureAt } from './user-ledger'
import { deletionEndpoints } from '../../src/shared/api/endpoints/deletions'

// Deletion of personal information (policy 6(3)): the maker records the ground, its evidence and
// a per-category plan; a lead approves it (maker and checker); the plan is then carried out step
// by step through POST /requests/{id}/execute; the user is told what goes and what is kept on
// approval, and what was deleted and what is kept once it is done.

const iso = (ms: number) => new Date(ms).toISOString()

export function deletionRecord(request: PrivacyRequest): DeletionRecord | null {
  return detailsOf(request, 'deletion')?.deletion ?? null
}

/**
 * Before approval: the prepared plan while it waits for the checker (nothing while a refusal
 * does: approving that deletes nothing), else the proposal staff start from.
 */
export function deletionPlanPreview(
  backend: Backend,
  request: PrivacyRequest,
  at: string,
): DataPlan | null {
  if (!OPEN_STATUSES.includes(request.status)) return null
  if (request.status === 'pending_approval') {
    const record = request.decision?.outcome === 'approve' ? deletionRecord(request) : null
    return record && { producedAt: record.preparedAt, items: record.items, completedAt: null }
  }
  return {
    producedAt: at,
    items: deletionProposal({
      preparedAt: at,
      lastDisclosureAt: lastDisclosureAt(backend, request.userId),
    }),
    completedAt: null,
  }
}

/**
 * Approval: the prepared plan becomes the request's plan and the user gets the notice the checker
 * read. (An approved refusal is told like any other rejection: notifyRejection.)
 */
async function onDeletionApproved(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
): Promise<void> {
  const record = deletionRecord(request)
  if (!record) return
  const user = loadUser(ctx.backend, request.userId)
  const at = iso(ctx.now)
  const sms = smsToUser(ctx.backend, request, at, request.decision?.message ?? '')
  // A cancelled account has no app left to push to: only the registered phone reaches the user.
  const notifications =
    user.accountStatus === 'cancelled' ? sms : [...sms, pushTo(at, request.decision?.message ?? '')]
  const plan: DataPlan = { producedAt: at, items: record.items, completedAt: null }
  await recordUserNotified(ctx, request, notifications, {
    dataPlan: plan,
    events: [
      {
        at,
        actorId: ctx.staff.id,
        action: 'data_plan_produced',
        reason: null,
        facts: { categoryCount: plan.items.length },
      },
    ],
  })
}

/** Once every category was carried out the user is told what was deleted and what is kept. */
async function onDeletionCompleted(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
): Promise<void> {
  if (!request.dataPlan) return
  // The plan may have deleted the account's phone: then the phone this request verified is used.
  const text = deletionDoneNotice(request.id, request.dataPlan.items)
  await recordUserNotified(ctx, request, smsToUser(ctx.backend, request, iso(ctx.now), text))
}

approvalEffects.deletion = onDeletionApproved
completionEffects.deletion = onDeletionCompleted
approvalChecks.deletion = (_backend, request) => {
  if (request.decision?.outcome === 'approve' && !deletionRecord(request)) {
    throw new HttpError(
      409,
      'PRECONDITION_FAILED',
      'This deletion has no recorded ground and plan; send it back to be prepared',
      { failing: ['deletion_record'] },
    )
  }
}

export const deletionHandlers = [
  route(deletionEndpoints.checklist, {
    async handle({ params, backend, now }) {
      const request = loadRequest(backend, params.id ?? '')
      requireType(request, 'deletion')
      const user = loadUser(backend, request.userId)
      return {
        requestId: request.id,
        version: request.version,
        computedAt: iso(now),
        ...deletionChecklist(request, user),
      }
    },
  }),
  route(deletionEndpoints.decide, {
    handle(ctx) {
      const { body, staff, backend } = ctx
      const at = iso(ctx.now)
      let record: DeletionRecord | null = null
      return actOnRequest(
        ctx,
        'decide',
        (draft) => {
          const prepared = record!
          draft.details = { ...draft.details, deletion: prepared }
          draft.decision = {
            outcome: 'approve',
            reasonCode: null,
            message: deletionNotice(draft.id, prepared.ground, prepared.items),
            preparedAt: at,
          }
          draft.preparedBy = staff.id
          draft.status = statusAfterDecision(draft.type, 'approve')
          const count = (action: string) => prepared.items.filter((i) => i.action === action).length
          return {
            event: 'deletion_prepared',
            facts: {
              ground: prepared.ground,
              deleteCount: count('delete'),
              anonymiseCount: count('anonymise'),
              keepCount: count('keep'),
            },
          }
        },
        (current) => {
          requireType(current, 'deletion')
          // A deletion that a legal hold or an open dispute blocks may not even be prepared.
          checkPreconditions(backend, current, { outcome: 'approve' })
          const user = loadUser(backend, current.userId)
          if (body.ground === 'account_cancelled' && user.accountStatus !== 'cancelled') {
            throw new HttpError(
              400,
              'VALIDATION_FAILED',
              `Ground (4) needs a cancelled account; ${user.id} is ${user.accountStatus}`,
              {
                fields: { ground: `the account is ${user.accountStatus}, not cancelled` },
                issues: { ground: { code: 'not_applicable' } },
              },
            )
          }
          const proposal = deletionProposal({
            preparedAt: at,
            lastDisclosureAt: lastDisclosureAt(backend, current.userId),
          })
          const { items, problems, issues } = resolveDeletionPlan(body.plan, proposal, at)
          if (Object.keys(problems).length) {
            throw new HttpError(
              400,
              'VALIDATION_FAILED',
              `The plan cannot be carried out as it stands: ${Object.keys(problems).join(', ')}`,
              { fields: problems, issues },
            )
          }
          record = {
            ground: body.ground,
            evidence: body.evidence || null,
            note: body.note || null,
            items,
            preparedAt: at,
            preparedBy: staff.id,
          }
        },
      )
    },
  }),
]
