import { OPEN_STATUSES, type Role } from '../../src/shared/api/enums'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { closedOnTime } from '../../src/shared/lib/aggregates'
import { endOfWorkingDay, shanghaiDate } from '../../src/shared/lib/working-days'
import type { Backend } from '../db/backend'
import type { Database } from '../db/database'
import { HttpError } from '../http/route'

/**
 * "Due soon" = not overdue and due by the end of the second working day after today; "due today"
 * = not overdue and due by the end of today (Asia/Shanghai).
 */
export function dueWindow(
  backend: Backend,
  now: number,
): { dueSoonUntil: number; todayUntil: number } {
  const today = shanghaiDate(new Date(now).toISOString())
  const { date } = backend.calendar().addWorkingDays(today, 2)
  return {
    dueSoonUntil: Date.parse(endOfWorkingDay(date)),
    todayUntil: Date.parse(endOfWorkingDay(today)),
  }
}

// Parsing ISO strings dominates sorting 100,000 rows; records are replaced on every change,
// so a cache keyed by the record object can never go stale.
const times = new WeakMap<
  PrivacyRequest,
  { deadline: number; received: number; completed: number }
>()
function timesOf(r: PrivacyRequest) {
  let t = times.get(r)
  if (!t) {
    t = {
      deadline: r.deadlineAt ? Date.parse(r.deadlineAt) : Number.POSITIVE_INFINITY,
      received: Date.parse(r.receivedAt),
      completed: r.completedAt ? Date.parse(r.completedAt) : Number.POSITIVE_INFINITY,
    }
    times.set(r, t)
  }
  return t
}

const SORTABLE = ['deadlineAt', 'receivedAt', 'id', 'type', 'status', 'assigneeId'] as const
type SortField = (typeof SORTABLE)[number]

function fieldOrder(field: SortField, sign: number) {
  const byReceived = (a: PrivacyRequest, b: PrivacyRequest) =>
    timesOf(a).received - timesOf(b).received
  return (a: PrivacyRequest, b: PrivacyRequest): number => {
    switch (field) {
      case 'deadlineAt': {
        const da = timesOf(a).deadline
        const db = timesOf(b).deadline
        if (da === db) return byReceived(a, b)
        if (da === Number.POSITIVE_INFINITY) return 1
        if (db === Number.POSITIVE_INFINITY) return -1
        return sign * (da - db)
      }
      case 'receivedAt':
        return sign * byReceived(a, b)
      default: {
        const va = String(a[field] ?? '')
        const vb = String(b[field] ?? '')
        return va === vb ? byReceived(a, b) : sign * (va < vb ? -1 : 1)
      }
    }
  }
}

/** The list's order for `field`, ties last broken by id so that every two requests are ordered. */
function comparator(field: SortField, sign: number) {
  const order = fieldOrder(field, sign)
  return (a: PrivacyRequest, b: PrivacyRequest): number =>
    order(a, b) || (a.id === b.id ? 0 : a.id < b.id ? -1 : 1)
}

export function parseSort(sort: string | undefined): {
  field: SortField
  sign: number
  key: string
} {
  const [field = 'deadlineAt', direction = 'asc'] = (sort ?? 'deadlineAt:asc').split(':')
  if (!SORTABLE.includes(field as SortField)) {
    throw new HttpError(400, 'VALIDATION_FAILED', `Cannot sort by ${field}`, {
      fields: { sort: `one of ${SORTABLE.join(', ')}` },
      issues: { sort: { code: 'invalid_value' } },
    })
  }
  return {
    field: field as SortField,
    sign: direction === 'desc' ? -1 : 1,
    key: `${field}:${direction === 'desc' ? 'desc' : 'asc'}`,
  }
}

// The columns the list filters on most, each an index of the requests table kept in every sort
// order asked for, so a filtered page walks one group rather than every request.
const GROUPS = {
  all: () => '',
  status: (r: PrivacyRequest) => r.status,
  type: (r: PrivacyRequest) => r.type,
  assignee: (r: PrivacyRequest) => r.assigneeId ?? 'none',
} satisfies Record<string, (r: PrivacyRequest) => string>

function ordered(table: Database['requests'], by: keyof typeof GROUPS, sort: string | undefined) {
  const { field, sign, key } = parseSort(sort)
  return table.index(`${by}|${key}`, GROUPS[by], comparator(field, sign))
}

/** All requests in the order asked for (default: most urgent deadline first, no clock last, oldest first). */
export function sortedRequests(
  table: Database['requests'],
  sort: string | undefined,
): readonly PrivacyRequest[] {
  return ordered(table, 'all', sort).group('')
}

/**
 * The requests a list filtered on these columns can contain, in the order asked for: the
 * smallest of the indexed groups that hold every match. The caller still applies every filter.
 */
export function requestCandidates(
  table: Database['requests'],
  sort: string | undefined,
  filter: { type?: string; statuses?: readonly string[]; assignee?: string },
): readonly PrivacyRequest[] {
  let best = sortedRequests(table, sort)
  const consider = (list: readonly PrivacyRequest[]) => {
    if (list.length < best.length) best = list
  }
  if (filter.type) consider(ordered(table, 'type', sort).group(filter.type))
  if (filter.assignee) consider(ordered(table, 'assignee', sort).group(filter.assignee))
  if (filter.statuses?.length) {
    const index = ordered(table, 'status', sort)
    const groups = [...new Set(filter.statuses)].map((s) => index.group(s))
    if (groups.reduce((n, g) => n + g.length, 0) < best.length) {
      const { field, sign } = parseSort(sort)
      best = mergeSorted(groups, comparator(field, sign))
    }
  }
  return best
}

/** One ordered list of several, each already in `compare` order. */
function mergeSorted<T>(
  lists: readonly (readonly T[])[],
  compare: (a: T, b: T) => number,
): readonly T[] {
  return lists.reduce<readonly T[]>((merged, list) => {
    if (merged.length === 0) return list
    const out: T[] = new Array<T>(merged.length + list.length)
    let i = 0
    let j = 0
    let k = 0
    while (i < merged.length && j < list.length)
      out[k++] = compare(merged[i]!, list[j]!) <= 0 ? merged[i++]! : list[j++]!
    while (i < merged.length) out[k++] = merged[i++]!
    while (j < list.length) out[k++] = list[j++]!
    return out
  }, [])
}

const OPEN = new Set<string>(OPEN_STATUSES)
const byId = (a: PrivacyRequest, b: PrivacyRequest) => (a.id === b.id ? 0 : a.id < b.id ? -1 : 1)
// Without a clock both deadlines are +Infinity, whose difference is NaN: then the id decides.
const byDeadline = (a: PrivacyRequest, b: PrivacyRequest) =>
  timesOf(a).deadline - timesOf(b).deadline || byId(a, b)

/**
 * The open requests, kept up to date on every write like the list's indexes, so the counts and
 * the home screens read groups instead of walking every request: by assignee ('none' when
 * unassigned), by who prepared the decision, by status, by deadline (one group, 'open', earliest
 * first, no clock last), all of them by id, those whose deadline rests on a provisional calendar,
 * the finished ones by when they finished (see finishedGroups), and every request by each staff
 * member on its timeline.
 */
export function requestAggregates(table: Database['requests']) {
  const open = (group: (r: PrivacyRequest) => string | null) => (r: PrivacyRequest) =>
    OPEN.has(r.status) ? group(r) : null
  return {
    byAssignee: table.index(
      'open|assignee',
      open((r) => r.assigneeId ?? 'none'),
      byId,
    ),
    byPreparer: table.index(
      'open|preparedBy',
      open((r) => r.preparedBy),
      byId,
    ),
    byStatus: table.index(
      'open|status',
      open((r) => r.status),
      byId,
    ),
    byDeadline: table.index(
      'open|deadline',
      open(() => 'open'),
      byDeadline,
    ),
    byActor: table.index('timeline|actor', (r) => r.timeline.map((e) => e.actorId), byId),
    openById: table.index(
      'open|all',
      open(() => 'open'),
      byId,
    ),
    closedByTime: table.index(
      'closed|completedAt',
      finishedGroups,
      (a, b) => timesOf(a).completed - timesOf(b).completed || byId(a, b),
    ),
    provisional: table.index(
      'open|provisional',
      open((r) => (r.calendarProvisional ? 'provisional' : null)),
      byId,
    ),
  }
}

/** The open requests that can wait on `staff` or on someone else for their own work (see waitsOn). */
export function ownOpenRequests(
  table: Database['requests'],
  staff: { id: string; role: Role },
): Set<PrivacyRequest> {
  const { byAssignee, byPreparer, byStatus } = requestAggregates(table)
  const own = new Set([...byAssignee.group(staff.id), ...byPreparer.group(staff.id)])
  if (staff.role === 'lead') byStatus.group('pending_approval').forEach((r) => own.add(r))
  return own
}

/**
 * The groups of the finished requests, each by completion: 'closed' every one with a completion
 * time; `answered|type` those completed or refused, whose handling time counts; `due|type` those
 * of them that had a deadline and `onTime|type` those answered by it.
 */
function finishedGroups(r: PrivacyRequest): string[] | null {
  if (OPEN.has(r.status) || !r.completedAt) return null
  const groups = ['closed']
  if (r.status !== 'completed' && r.status !== 'rejected') return groups
  groups.push(`answered|${r.type}`)
  if (!r.deadlineAt) return groups
  groups.push(`due|${r.type}`)
  if (closedOnTime(timesOf(r).completed, timesOf(r).deadline)) groups.push(`onTime|${r.type}`)
  return groups
}

/** How many requests were received before `until` (ms). */
export function receivedBefore(table: Database['requests'], until: number): number {
  return ordered(table, 'all', 'receivedAt:asc').countBelow('', (r) => timesOf(r).received < until)
}

/** How many requests of a finished group (see finishedGroups) were finished before `until` (ms). */
export function finishedBefore(table: Database['requests'], group: string, until: number): number {
  return requestAggregates(table).closedByTime.countBelow(
    group,
    (r) => timesOf(r).completed < until,
  )
}

/** The requests of a finished group finished at or after `from` (ms). */
export function finishedSince(
  table: Database['requests'],
  group: string,
  from: number,
): readonly PrivacyRequest[] {
  return requestAggregates(table)
    .closedByTime.group(group)
    .slice(finishedBefore(table, group, from))
}

/** How many open requests are overdue at `now` and how many are due by `until` but not overdue. */
export function openDeadlines(
  table: Database['requests'],
  now: number,
  until: number,
): { open: number; overdue: number; dueSoon: number } {
  const { byDeadline } = requestAggregates(table)
  const overdue = byDeadline.countBelow('open', (r) => timesOf(r).deadline < now)
  const due = byDeadline.countBelow('open', (r) => timesOf(r).deadline <= until)
  return { open: byDeadline.group('open').length, overdue, dueSoon: due - overdue }
}

/** Parsed deadline (ms; +Infinity without a clock), receipt and completion (+Infinity before) of a request, cached per record. */
export function requestTimes(r: PrivacyRequest): {
  deadline: number
  received: number
  completed: number
} {
  return timesOf(r)
}

/**
 * Whose move an open request waits on, for one staff member: `me` when they can act on it now,
 * `others` when it is their own work (assigned to them, or a decision they prepared) waiting on
 * someone else, null when it is neither (and for every finished request).
 */
export function waitsOn(
  r: PrivacyRequest,
  staff: { id: string; role: Role },
): 'me' | 'others' | null {
  // A decision prepared by someone else waits on a lead's check: every lead may give it.
  if (r.status === 'pending_approval' && staff.role === 'lead' && r.preparedBy !== staff.id)
    return 'me'
  const own = r.assigneeId === staff.id || r.preparedBy === staff.id
  if (!own) return null
  switch (r.status) {
    case 'identity_pending':
    case 'in_review':
      return r.assigneeId === staff.id ? 'me' : 'others'
    case 'approved':
      // An approved cancellation or deletion is carried out step by step by its assignee.
      return r.assigneeId === staff.id && r.dataPlan && !r.dataPlan.completedAt ? 'me' : 'others'
    case 'awaiting_requester':
    case 'pending_approval':
      return 'others'
    default:
      return null
  }
}
