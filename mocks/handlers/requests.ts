import { OPEN_STATUSES, type RequestType } from '../../src/shared/api/enums'
import {
  type PlatformUserRecord,
  type PrivacyRequest,
  type TimelineFacts,
} from '../../src/shared/api/schemas'
import { detailsOf, type RequestDetails } from '../../src/shared/api/request-details'
import { openOriginal } from '../../src/shared/lib/duplicates'
import {
  actionBlocked,
  APPROVED_BY_OWN_ACTION,
  canTransition,
  mayWork,
  statusAfterApproval,
  statusAfterDecision,
  type RequestAction,
} from '../../src/shared/lib/request-state'
import { approvalChecklist } from '../../src/shared/lib/cancellation-checklist'
import {
  CANCELLATION_PROMISE_DAYS,
  extensionAllowance,
} from '../../src/shared/lib/deadline-extension'
import { ageGroupOn } from '../../src/shared/lib/id-number'
import {
  requesterIneligibility,
  type RequesterIneligibility,
} from '../../src/shared/lib/requester-eligibility'
import {
  computeSla,
  pausedWorkingDays,
  shanghaiDate,
  type SlaSettings,
} from '../../src/shared/lib/working-days'
import type { Backend } from '../db/backend'
import type { StaffAccount } from '../db/database'
import {
  HttpError,
  notFound,
  paginate,
  reply,
  requireVersion,
  route,
  type RouteContext,
} from '../http/route'
import { presentListItem, presentRequest } from '../http/present'
import {
  dueWindow,
  openDeadlines,
  ownOpenRequests,
  requestAggregates,
  pageOfRuns,
  requestCandidates,
  requestTimes,
  runsLength,
  searchCandidates,
  sortRequests,
  waitsOn,
} from './request-query'
import { notifyExtension, notifyRejection } from './user-notices'
import { requestEndpoints } from '../../src/shared/api/endpoints/requests'

export function loadRequest(backend: Backend, id: string): PrivacyRequest {
  const request = backend.db.requests.get(id)
  if (!request) throw notFound(`Request ${id}`)
  return request
}

export function loadUser(backend: Backend, userId: string): PlatformUserRecord {
  const user = backend.db.users.get(userId)
  if (!user) throw notFound(`User ${userId}`)
  return user
}

/**
 * A guardian acts only for a user under 18 on the day, a close relative only for a user recorded
 * as deceased (CONTRACT 2026-12): checked at intake and again at every identity check.
 */
export function requireEligibleRequester(
  requesterType: PrivacyRequest['requesterType'],
  user: PlatformUserRecord,
  at: string,
): void {
  const ageGroup = user.birthDate === null ? null : ageGroupOn(user.birthDate, shanghaiDate(at))
  const reason = requesterIneligibility(requesterType, { ageGroup, deceased: user.deceased })
  if (!reason) return
  throw new HttpError(409, 'REQUESTER_NOT_ELIGIBLE', INELIGIBLE[reason](user.id), {
    requesterType,
    reason,
  })
}

const INELIGIBLE: Record<RequesterIneligibility, (userId: string) => string> = {
  guardian_for_adult: (id) => `User ${id} is an adult: a guardian cannot act for them`,
  guardian_age_unknown: (id) =>
    `User ${id}'s birth date was deleted by a data plan: nothing shows a guardian may act for them`,
  next_of_kin_for_living: (id) =>
    `User ${id} is not recorded as deceased: a relative cannot act for them`,
}

function detail(backend: Backend, request: PrivacyRequest) {
  return presentRequest(request, loadUser(backend, request.userId))
}

/** Recomputes the request's dates after anything that moves its clock. */
export function withSla(
  backend: Backend,
  draft: PrivacyRequest,
  settings: SlaSettings = backend.settings(),
): void {
  Object.assign(
    draft,
    computeSla(
      {
        type: draft.type,
        receivedAt: draft.receivedAt,
        identityVerifiedAt: draft.identityVerifiedAt,
        pausedDays: draft.pausedDays,
        extensionDays: draft.extensionDays,
      },
      backend.calendar(),
      settings,
    ),
  )
}

/**
 * The server's side of the extension rule (CONTRACT 2026-12 amendment): 409 EXTENSION_NOT_ALLOWED
 * naming why, how many working days are still allowed and, for a cancellation, its latest deadline.
 */
function requireExtensionAllowed(backend: Backend, current: PrivacyRequest, days: number): void {
  const allowance = extensionAllowance(current, backend.calendar())
  if (!allowance.refusal && days <= allowance.maxDays) return
  const refusal = allowance.refusal ?? 'cancellation_promise'
  const latest = allowance.latestDeadlineAt ? shanghaiDate(allowance.latestDeadlineAt) : null
  const message =
    refusal === 'cancellation_promise'
      ? `A cancellation's deadline cannot pass the ${CANCELLATION_PROMISE_DAYS}th working day from receipt (${latest}): ` +
        (allowance.maxDays
          ? `at most ${allowance.maxDays} more working day(s)`
          : 'it cannot be extended')
      : refusal === 'already_extended'
        ? `Request ${current.id} was already extended (+${current.extensionDays} working days); a request is extended once`
        : `Request ${current.id} has no deadline yet: its clock starts when identity is verified`
  throw new HttpError(409, 'EXTENSION_NOT_ALLOWED', message, {
    reason: refusal,
    maxDays: allowance.maxDays,
    requestedDays: days,
    latestDeadlineAt: allowance.latestDeadlineAt,
    extensionDays: current.extensionDays,
  })
}

const BLOCKED_MESSAGES: Record<NonNullable<ReturnType<typeof actionBlocked>>, string> = {
  FEE_PENDING: 'A fee quote is waiting for the user',
  NO_PENDING_FEE: 'No fee quote is waiting for the user',
  FEE_ALREADY_QUOTED: 'A fee was already quoted for this request',
}

/**
 * Ends a pause (CONTRACT: resuming extends the deadline by the working days paused). Only a
 * running clock can be paused: a rights request's clock starts when identity passes, so time
 * waiting for identity documents before then adds nothing.
 */
export function resume(backend: Backend, draft: PrivacyRequest, at: string): number {
  if (!draft.pausedAt) return 0
  const days = draft.clockStartsAt ? pausedWorkingDays(draft.pausedAt, at, backend.calendar()) : 0
  draft.pausedDays += days
  draft.pausedAt = null
  withSla(backend, draft)
  return days
}

/** Checked before the version, so that a stale copy of someone else's request is refused for what it is. */
export function requireAssignee(staff: StaffAccount, current: PrivacyRequest): void {
  if (mayWork(current, staff)) return
  throw new HttpError(403, 'NOT_ASSIGNEE', `Request ${current.id} is assigned to someone else`, {
    assigneeId: current.assigneeId,
  })
}

/**
 * The common shape of every action on a request: load, check the version and the transition,
 * change it, bump the version, add the timeline event and the audit event, return the detail.
 */
export async function actOnRequest(
  ctx: RouteContext<unknown, unknown>,
  action: RequestAction,
  change: (
    draft: PrivacyRequest,
    current: PrivacyRequest,
  ) => { event: string; reason?: string | null; facts?: TimelineFacts } | void,
  validate?: (current: PrivacyRequest) => void,
) {
  const { backend, request: http, params, staff, now } = ctx
  const current = loadRequest(backend, params.id ?? '')
  requireAssignee(staff, current)
  requireVersion(http, current, detail(backend, current))
  if (!canTransition(current.status, action)) {
    throw new HttpError(
      409,
      'INVALID_TRANSITION',
      `Cannot ${action.replace('_', ' ')} a request that is ${current.status}`,
      {
        status: current.status,
      },
    )
  }
  const blocked = actionBlocked(current, action)
  if (blocked) {
    throw new HttpError(409, blocked, BLOCKED_MESSAGES[blocked])
  }
  validate?.(current)
  let event = action as string
  let reason: string | null = null
  let facts: TimelineFacts | undefined
  const updated = await backend.db.requests.update(current.id, (draft) => {
    const result = change(draft, current)
    if (result) {
      event = result.event
      reason = result.reason ?? null
      facts = result.facts
    }
    draft.version = current.version + 1
    draft.timeline.push({
      at: new Date(now).toISOString(),
      actorId: staff.id,
      action: event,
      reason,
      ...(facts ? { facts } : {}),
    })
  })
  await ctx.audit(`request.${event}`, current.id, {
    reason: reason ?? (facts ? JSON.stringify(facts) : null),
  })
  return detail(backend, updated)
}

const idParam = (ctx: { params: Record<string, string> }) => ctx.params.id ?? ''

export const requestHandlers = [
  route(requestEndpoints.list, {
    async handle({ query, backend, staff, now }) {
      const { db } = backend
      const q = query.q?.toLowerCase()
      const phoneDigits = q && /^\d{4}$/.test(q) ? q : null
      const assignee = query.assignee === 'me' ? staff.id : query.assignee
      const statuses = query.status?.length ? new Set(query.status) : null
      const window = query.due ? dueWindow(backend, now) : null
      const receivedFrom = query.receivedFrom
        ? Date.parse(`${query.receivedFrom}T00:00:00+08:00`)
        : null
      const receivedTo = query.receivedTo
        ? Date.parse(`${query.receivedTo}T23:59:59.999+08:00`)
        : null
      const open = new Set(OPEN_STATUSES)
      const matches = (r: PrivacyRequest) => {
        if (query.type && r.type !== query.type) return false
        if (statuses && !statuses.has(r.status)) return false
        if (query.finished && open.has(r.status) === (query.finished === 'true')) return false
        if (query.waitingOn && waitsOn(r, staff) !== query.waitingOn) return false
        if (query.requesterType && r.requesterType !== query.requesterType) return false
        if (query.channel && r.channel !== query.channel) return false
        if (query.duplicate && Boolean(r.duplicateOf) !== (query.duplicate === 'true')) return false
        if (assignee === 'none' ? r.assigneeId !== null : assignee && r.assigneeId !== assignee)
          return false
        if (window) {
          if (!open.has(r.status) || !r.deadlineAt) return false
          const { deadline } = requestTimes(r)
          const until = query.due === 'today' ? window.todayUntil : window.dueSoonUntil
          if (query.due === 'overdue' ? deadline >= now : deadline < now || deadline > until)
            return false
        }
        if (receivedFrom !== null || receivedTo !== null) {
          const { received } = requestTimes(r)
          if (receivedFrom !== null && received < receivedFrom) return false
          if (receivedTo !== null && received > receivedTo) return false
        }
        if (q) {
          if (r.id.toLowerCase() === q || r.userId.toLowerCase() === q) return true
          const user = db.users.get(r.userId)
          if (!user) return false
          if (phoneDigits) return user.phone?.endsWith(phoneDigits) ?? false
          return user.name.includes(query.q ?? '') || r.id.toLowerCase().includes(q)
        }
        return true
      }
      // The indexes answer the type, status, assignee, finished and deadline filters exactly;
      // `matches` above is what every filter means, and is applied whenever another one is asked.
      const until = query.due === 'today' ? window?.todayUntil : window?.dueSoonUntil
      const runs = requestCandidates(db.requests, query.sort, {
        type: query.type,
        statuses: query.status,
        assignee: assignee ?? undefined,
        finished: query.finished,
        deadline: window
          ? query.due === 'overdue'
            ? { from: Number.NEGATIVE_INFINITY, to: now - 1 }
            : { from: now, to: until ?? now }
          : undefined,
      })
      const rest =
        query.waitingOn ||
        query.requesterType ||
        query.channel ||
        query.duplicate ||
        receivedFrom !== null ||
        receivedTo !== null ||
        q
      const found = q ? searchCandidates(db, query.q ?? '') : null
      const page =
        found && found.size < runsLength(runs)
          ? paginate(
              sortRequests([...found].filter(matches), query.sort),
              query.page,
              query.pageSize,
            )
          : {
              ...pageOfRuns(
                runs,
                query.sort,
                query.page,
                query.pageSize,
                rest ? matches : undefined,
              ),
              page: query.page,
              pageSize: query.pageSize,
            }
      return { ...page, items: page.items.map((r) => presentListItem(r, db.users.get(r.userId))) }
    },
  }),
  route(requestEndpoints.counts, {
    async handle({ backend, staff, now }) {
      const window = dueWindow(backend, now)
      const table = backend.db.requests
      const deadlines = openDeadlines(table, now, window.dueSoonUntil)
      const counts = {
        mine: 0,
        waiting: 0,
        unassigned: requestAggregates(table).byAssignee.group('none').length,
        dueSoon: deadlines.dueSoon,
        overdue: deadlines.overdue,
        all: deadlines.open,
      }
      for (const r of ownOpenRequests(table, staff)) {
        const whose = waitsOn(r, staff)
        if (whose === 'me') counts.mine++
        else if (whose === 'others') counts.waiting++
      }
      return counts
    },
  }),
  route(requestEndpoints.detail, {
    async handle(ctx) {
      return detail(ctx.backend, loadRequest(ctx.backend, idParam(ctx)))
    },
  }),
  route(requestEndpoints.create, {
    async handle({ body, backend, staff, now, audit }) {
      const { db } = backend
      if (Date.parse(body.receivedAt) > now + 60_000) {
        throw new HttpError(400, 'VALIDATION_FAILED', 'receivedAt cannot be in the future', {
          fields: { receivedAt: 'cannot be in the future' },
          issues: { receivedAt: { code: 'in_future' } },
        })
      }
      if (!db.users.get(body.userId)) {
        throw new HttpError(400, 'VALIDATION_FAILED', `No platform user ${body.userId}`, {
          fields: { userId: 'unknown user' },
          issues: { userId: { code: 'not_found' } },
        })
      }
      requireEligibleRequester(
        body.requesterType,
        db.users.get(body.userId)!,
        new Date(now).toISOString(),
      )
      const max = db.requests.all().reduce((m, r) => Math.max(m, Number(r.id.slice(1))), 0)
      const id = `R${String(max + 1).padStart(6, '0')}`
      const at = new Date(now).toISOString()
      const draft: PrivacyRequest = {
        id,
        type: body.type,
        status: 'identity_pending',
        userId: body.userId,
        requesterType: body.requesterType,
        requesterName: body.requesterName?.trim() || null,
        channel: body.channel,
        receivedAt: body.receivedAt,
        identityVerifiedAt: null,
        clockStartsAt: null,
        targetAt: null,
        deadlineAt: null,
        calendarProvisional: false,
        pausedDays: 0,
        pausedAt: null,
        extensionDays: 0,
        assigneeId: staff.id,
        preparedBy: null,
        decision: null,
        completedAt: null,
        // The body's check fitted them to the request's type (detailsFitType).
        details: (body.details ?? {}) as RequestDetails,
        version: 1,
        timeline: [
          {
            at: body.receivedAt,
            actorId: 'system',
            action: 'received',
            reason: null,
            facts: { channel: body.channel },
          },
          { at, actorId: staff.id, action: 'registered', reason: null },
        ],
        notes: [],
        identityChecks: [],
        // Flagged, not refused: staff decide whether to merge it into the open one.
        duplicateOf:
          openOriginal({ userId: body.userId, type: body.type }, db.requests.all())?.id ?? null,
      }
      withSla(backend, draft)
      const created = await db.requests.insert(draft)
      await audit('request.registered', id)
      return reply(201, detail(backend, created))
    },
  }),
  route(requestEndpoints.claim, {
    handle: (ctx) =>
      actOnRequest(ctx, 'claim', (draft) => {
        draft.assigneeId = ctx.staff.id
        return { event: 'claimed' }
      }),
  }),
  route(requestEndpoints.assign, {
    handle: (ctx) =>
      actOnRequest(
        ctx,
        'assign',
        (draft) => {
          draft.assigneeId = ctx.body.assigneeId
          return { event: 'assigned', facts: { staffId: ctx.body.assigneeId } }
        },
        () => {
          const target = ctx.backend.db.staff.get(ctx.body.assigneeId)
          if (!target || !target.active || (target.role !== 'agent' && target.role !== 'lead')) {
            throw new HttpError(
              400,
              'VALIDATION_FAILED',
              'The assignee must be an active agent or lead',
              {
                fields: { assigneeId: 'not an active agent or lead' },
                issues: { assigneeId: { code: 'not_assignable' } },
              },
            )
          }
        },
      ),
  }),
  route(requestEndpoints.notes, {
    handle: (ctx) =>
      actOnRequest(ctx, 'note', (draft) => {
        draft.notes.push({
          id: crypto.randomUUID(),
          at: new Date(ctx.now).toISOString(),
          authorId: ctx.staff.id,
          text: ctx.body.text,
        })
        return { event: 'note_added' }
      }),
  }),
  route(requestEndpoints.decide, {
    handle: (ctx) =>
      actOnRequest(
        ctx,
        'decide',
        (draft) => {
          const { outcome, reasonCode, message } = ctx.body
          const at = new Date(ctx.now).toISOString()
          draft.decision = { outcome, reasonCode: reasonCode ?? null, message, preparedAt: at }
          draft.preparedBy = ctx.staff.id
          draft.status = statusAfterDecision(draft.type, outcome)
          if (draft.status === 'completed') draft.completedAt = at
          return {
            event: outcome === 'approve' ? 'decision_prepared_approve' : 'decision_prepared_reject',
            reason: reasonCode ?? null,
          }
        },
        (current) => {
          if (ctx.body.outcome === 'approve' && APPROVED_BY_OWN_ACTION.includes(current.type)) {
            throw new HttpError(
              409,
              'USE_TYPE_ACTION',
              `A ${current.type} request is approved through its own action, not by a bare approval`,
            )
          }
          checkPreconditions(ctx.backend, current, ctx.body)
        },
      ),
  }),
  route(requestEndpoints.approve, {
    handle: async (ctx) => {
      const approved = await actOnRequest(
        ctx,
        'approve',
        (draft, current) => {
          const outcome = current.decision?.outcome ?? 'approve'
          draft.status = statusAfterApproval(outcome)
          if (draft.status === 'rejected') {
            draft.completedAt = new Date(ctx.now).toISOString()
            // A closed request waits for nobody: a pause for documents ends with it.
            draft.pausedAt = null
          }
          return { event: outcome === 'approve' ? 'approved' : 'rejection_approved' }
        },
        (current) => {
          if (current.preparedBy === ctx.staff.id) {
            throw new HttpError(
              403,
              'MAKER_CHECKER',
              'You prepared this decision; another lead must approve it',
            )
          }
          // Awaiting a checker is the status itself: a rejection of any type, an approval of a
          // cancellation or deletion, and a correction of a phone or ID number.
          if (!current.decision) {
            throw new HttpError(
              409,
              'INVALID_TRANSITION',
              'There is no prepared decision awaiting approval',
            )
          }
          checkPreconditions(ctx.backend, current)
          approvalChecks[current.type]?.(ctx.backend, current)
        },
      )
      // A rejection does the same for every type: the requester is told why and what they can do.
      const effect =
        approved.status === 'rejected' ? notifyRejection : approvalEffects[approved.type]
      if (!effect) return approved
      await effect(ctx, loadRequest(ctx.backend, approved.id))
      return detail(ctx.backend, loadRequest(ctx.backend, approved.id))
    },
  }),
  route(requestEndpoints.sendBack, {
    handle: (ctx) =>
      actOnRequest(ctx, 'send_back', (draft) => {
        // A rejection prepared by a failed identity check goes back to be checked again.
        draft.status = draft.identityVerifiedAt ? 'in_review' : 'identity_pending'
        draft.decision = null
        draft.preparedBy = null
        // A prepared correction is dropped with its decision: the maker enters it again.
        if (ctx.backend.db.pendingCorrections.get(draft.id)) {
          const { correction: _dropped, ...details } = detailsOf(draft, 'correction') ?? {}
          draft.details = details
          ctx.backend.db.pendingCorrections.delete(draft.id)
        }
        return { event: 'sent_back', reason: ctx.body.reason }
      }),
  }),
  route(requestEndpoints.extend, {
    // CONTRACT 2026-12 amendment: within what the request's type allows, with a reason, and the
    // requester is told the new deadline and why.
    handle: async (ctx) => {
      const { days, reason } = ctx.body
      const extended = await actOnRequest(
        ctx,
        'extend',
        (draft) => {
          draft.extensionDays += days
          withSla(ctx.backend, draft)
          return {
            event: 'deadline_extended',
            reason,
            facts: {
              days,
              ...(draft.deadlineAt ? { newDeadline: shanghaiDate(draft.deadlineAt) } : {}),
            },
          }
        },
        (current) => requireExtensionAllowed(ctx.backend, current, days),
      )
      await notifyExtension(ctx, loadRequest(ctx.backend, extended.id), { days, reason })
      return detail(ctx.backend, loadRequest(ctx.backend, extended.id))
    },
  }),
]

/**
 * What approving a decision to act does beyond its status, per request type; each type's handlers
 * register theirs. An approved rejection is told to the user the same way for every type.
 */
export type ApprovalEffect = (
  ctx: RouteContext<unknown, unknown>,
  approved: PrivacyRequest,
) => Promise<void>
export const approvalEffects: Partial<Record<RequestType, ApprovalEffect>> = {}

/** What completing a request's data plan does beyond its status, per type (a deletion tells the user). */
export const completionEffects: Partial<Record<RequestType, ApprovalEffect>> = {}

/** What must hold before a type's prepared decision may be approved (throws the refusal). */
export const approvalChecks: Partial<
  Record<RequestType, (backend: Backend, request: PrivacyRequest) => void>
> = {}

/**
 * The server's own check of what a cancellation or deletion decision relies on, when it is
 * prepared and again when it is approved (CONTRACT: PRECONDITION_FAILED), with the same checklist
 * the panel shows. A rejection for a blocking item is checked when prepared; at approval the
 * checker sees the current checklist and may send it back.
 */
export function checkPreconditions(
  backend: Backend,
  request: PrivacyRequest,
  prepared?: { outcome: 'approve' | 'reject'; reasonCode?: string | null },
): void {
  const decision = prepared ?? request.decision
  if (!decision) return
  const checklist = approvalChecklist(request.type, request, loadUser(backend, request.userId))
  if (!checklist) return
  const { blocking } = checklist
  if (decision.outcome === 'approve' && blocking.length) {
    throw new HttpError(
      409,
      'PRECONDITION_FAILED',
      `The ${request.type} cannot be approved while these checks fail: ${blocking.join(', ')}`,
      {
        failing: blocking,
      },
    )
  }
  if (
    prepared?.outcome === 'reject' &&
    prepared.reasonCode === 'blocking_item' &&
    !blocking.length
  ) {
    throw new HttpError(400, 'VALIDATION_FAILED', `Nothing blocks this ${request.type}`, {
      fields: { reasonCode: `nothing blocks this ${request.type}` },
      issues: { reasonCode: { code: 'not_applicable' } },
    })
  }
}
