import { OPEN_STATUSES, type DataCategory } from '../../src/shared/api/enums'
import { type PrivacyRequest } from '../../src/shared/api/schemas'
import {
  cancellationChecklist,
  cancellationDeadline,
} from '../../src/shared/lib/cancellation-checklist'
import { cancellationDataPlan, withCategoryExecuted } from '../../src/shared/lib/data-plan'
import { maskName } from '../../src/shared/lib/masking'
import { withCategoryDisposed } from '../../src/shared/lib/user-data'
import { presentRequest } from '../http/present'
import { HttpError, paginate, route, type RouteContext } from '../http/route'
import { deletionPlanPreview } from './deletions'
import { actOnRequest, approvalEffects, completionEffects, loadRequest, loadUser } from './requests'
import { lastDisclosureAt } from './user-ledger'
import { recordUserNotified, smsToUser } from './user-notices'
import { cancellationEndpoints } from '../../src/shared/api/endpoints/cancellations'

// Account cancellation (policy 6(5)): the review checklist, the leads' list with deadline flags,
// what approval does to the account, and carrying out the data plan.

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Approval takes effect at once: services stop, the data plan is produced and the user is told,
 * inside the approval's transaction. (An approved rejection is told like any other: notifyRejection.)
 */
async function onCancellationApproved(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
): Promise<void> {
  const { backend, staff, now } = ctx
  const user = loadUser(backend, request.userId)
  const at = iso(now)
  const sms = smsToUser(backend, request, at, request.decision?.message ?? '')
  await backend.db.users.update(user.id, (draft) => {
    draft.accountStatus = 'cancelled'
    draft.version += 1
  })
  const plan = cancellationDataPlan({
    decidedAt: at,
    lastDisclosureAt: lastDisclosureAt(backend, user.id),
  })
  await ctx.audit('user.services_stopped', user.id, { reason: request.id })
  // The app account no longer exists, so only the registered phone can still reach the user.
  await recordUserNotified(ctx, request, sms, {
    dataPlan: plan,
    events: [
      {
        at,
        actorId: staff.id,
        action: 'services_stopped',
        reason: null,
        facts: { userId: user.id },
      },
      {
        at,
        actorId: staff.id,
        action: 'data_plan_produced',
        reason: null,
        facts: { categoryCount: plan.items.length },
      },
    ],
  })
}

approvalEffects.cancellation = onCancellationApproved

/**
 * What a step of the plan does to the user record, in the step's transaction (CONTRACT 2026-12):
 * deleted and anonymised data is gone from it, kept data carries its duty and purge date.
 */
async function disposeUserData(
  ctx: RouteContext<unknown, unknown>,
  request: PrivacyRequest,
  category: DataCategory,
): Promise<void> {
  const item = request.dataPlan?.items.find((i) => i.category === category)
  if (!item?.executedAt) return
  const step = { requestId: request.id, at: item.executedAt, by: ctx.staff.id }
  const updated = await ctx.backend.db.users.update(request.userId, (draft) => {
    Object.assign(draft, withCategoryDisposed(draft, item, step), { version: draft.version + 1 })
  })
  const entry = updated.dataDisposition.find((d) => d.category === category)!
  const what =
    entry.requestId !== request.id
      ? `already ${entry.status} at ${entry.at} by ${entry.requestId}`
      : entry.status === 'kept'
        ? `kept under ${entry.duty} until ${entry.purgeOn}`
        : entry.fields.length
          ? entry.fields.join(', ')
          : 'held outside the user record'
  await ctx.audit(`user.data_${item.action}`, request.userId, {
    reason: `${category}: ${what} (${request.id})`,
  })
}

export const cancellationHandlers = [
  route(cancellationEndpoints.checklist, {
    async handle({ params, backend, now }) {
      const request = loadRequest(backend, params.id ?? '')
      const user = loadUser(backend, request.userId)
      return {
        requestId: request.id,
        version: request.version,
        computedAt: iso(now),
        ...cancellationChecklist(request, user),
        deadline: cancellationDeadline(request, iso(now), backend.calendar()),
      }
    },
  }),
  route(cancellationEndpoints.dataPlan, {
    async handle({ params, backend, now }) {
      const request = loadRequest(backend, params.id ?? '')
      if (request.dataPlan) return { stored: true, plan: request.dataPlan }
      if (request.type === 'deletion')
        return { stored: false, plan: deletionPlanPreview(backend, request, iso(now)) }
      // Before approval: what approving now would produce, so the checker sees what they sign off.
      const previewable = request.type === 'cancellation' && OPEN_STATUSES.includes(request.status)
      return {
        stored: false,
        plan: previewable
          ? cancellationDataPlan({
              decidedAt: iso(now),
              lastDisclosureAt: lastDisclosureAt(backend, request.userId),
            })
          : null,
      }
    },
  }),
  route(cancellationEndpoints.execute, {
    handle: async (ctx) => {
      const result = await actOnRequest(
        ctx,
        'execute',
        (draft, current) => {
          const at = iso(ctx.now)
          const plan = withCategoryExecuted(current.dataPlan!, ctx.body.category, at, ctx.staff.id)
          const item = plan.items.find((i) => i.category === ctx.body.category)!
          const step = {
            category: item.category,
            dataAction: item.action,
            duty: item.duty,
            purgeOn: item.purgeOn,
          }
          draft.dataPlan = plan
          if (!plan.completedAt) return { event: 'data_plan_step', facts: step }
          draft.timeline.push({
            at,
            actorId: ctx.staff.id,
            action: 'data_plan_step',
            reason: null,
            facts: step,
          })
          draft.status = 'completed'
          draft.completedAt = at
          return { event: 'data_plan_executed', facts: { categoryCount: plan.items.length } }
        },
        (current) => {
          if (!current.dataPlan)
            throw new HttpError(409, 'NO_DATA_PLAN', 'This request has no data plan to carry out')
          const item = current.dataPlan.items.find((i) => i.category === ctx.body.category)
          if (!item) {
            throw new HttpError(
              400,
              'VALIDATION_FAILED',
              `${ctx.body.category} is not in this request's data plan`,
              {
                fields: { category: 'not in the data plan' },
                issues: { category: { code: 'not_found' } },
              },
            )
          }
          if (item.executedAt)
            throw new HttpError(
              409,
              'ALREADY_EXECUTED',
              `${ctx.body.category} was already carried out at ${item.executedAt}`,
            )
        },
      )
      // Disposing of the data changes the user record, not the request: one load serves both.
      const executed = loadRequest(ctx.backend, result.id)
      await disposeUserData(ctx, executed, ctx.body.category)
      const effect = completionEffects[result.type]
      if (result.status !== 'completed' || !effect)
        return presentRequest(executed, loadUser(ctx.backend, executed.userId))
      await effect(ctx, executed)
      const done = loadRequest(ctx.backend, result.id)
      return presentRequest(done, loadUser(ctx.backend, done.userId))
    },
  }),
  route(cancellationEndpoints.list, {
    async handle({ query, backend, staff, now }) {
      const at = iso(now)
      const calendar = backend.calendar()
      const assignee = query.assignee === 'me' ? staff.id : query.assignee
      const statuses = query.status?.length ? new Set(query.status) : null
      const flagCounts = { dueSoon: 0, overdue: 0 }
      const rows = []
      for (const r of backend.db.requests.all()) {
        if (r.type !== 'cancellation') continue
        const deadline = cancellationDeadline(r, at, calendar)
        if (deadline.flag === 'due_soon') flagCounts.dueSoon++
        if (deadline.flag === 'overdue') flagCounts.overdue++
        if (statuses && !statuses.has(r.status)) continue
        if (assignee === 'none' ? r.assigneeId !== null : assignee && r.assigneeId !== assignee)
          continue
        if (
          query.flag === 'flagged'
            ? deadline.flag !== 'due_soon' && deadline.flag !== 'overdue'
            : query.flag && deadline.flag !== query.flag
        )
          continue
        rows.push({ r, deadline })
      }
      // Most urgent first: the oldest deadline leads.
      rows.sort(
        (a, b) =>
          Date.parse(a.r.deadlineAt ?? '') - Date.parse(b.r.deadlineAt ?? '') ||
          a.r.id.localeCompare(b.r.id),
      )
      const page = paginate(rows, query.page, query.pageSize)
      return {
        ...page,
        flagCounts,
        items: page.items.map(({ r, deadline }) => {
          const user = loadUser(backend, r.userId)
          return {
            id: r.id,
            status: r.status,
            userId: r.userId,
            userName: maskName(user.name),
            assigneeId: r.assigneeId,
            preparedBy: r.preparedBy,
            receivedAt: r.receivedAt,
            targetAt: r.targetAt,
            deadlineAt: r.deadlineAt,
            calendarProvisional: r.calendarProvisional,
            version: r.version,
            decision: r.decision,
            blocking: cancellationChecklist(r, user).blocking,
            deadline,
          }
        }),
      }
    },
  }),
]
