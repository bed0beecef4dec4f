import {
  OPEN_STATUSES,
  REQUEST_STATUSES,
  type RequestType,
  type Role,
} from '../../src/shared/api/enums'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { closedOnTime, type Tally } from '../../src/shared/lib/aggregates'
import {
  endOfWorkingDay,
  shanghaiDate,
  type WorkingDayCalendar,
} from '../../src/shared/lib/working-days'
import type { Backend } from '../db/backend'
import type { Database } from '../db/database'
import { HttpError } from '../http/route'
import { factsOf } from './dashboard-facts'

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

// The columns the list filters on most. A list filtered on some of them reads an index of the
// requests table grouped by exactly those columns and kept in the order asked for, so its matches
// are whole groups: the total is their lengths added up and a page is merged from their heads.
const COLUMNS = {
  type: (r: PrivacyRequest) => r.type,
  status: (r: PrivacyRequest) => r.status,
  assignee: (r: PrivacyRequest) => r.assigneeId ?? 'none',
} satisfies Record<string, (r: PrivacyRequest) => string>
type Column = keyof typeof COLUMNS

function ordered(
  table: Database['requests'],
  columns: readonly Column[],
  sort: string | undefined,
) {
  const { field, sign, key } = parseSort(sort)
  const name = columns.length ? columns.join('+') : 'all'
  return table.index(
    `${name}|${key}`,
    (r) => columns.map((c) => COLUMNS[c](r)).join('|'),
    comparator(field, sign),
  )
}

/** A stretch of an ordered list: the requests at `from` up to (not including) `to`. */
export interface Run {
  list: readonly PrivacyRequest[]
  from: number
  to: number
}

/** What the list's indexed filters ask for; `deadline` is an open request's deadline within [from, to] (ms). */
export interface IndexedFilter {
  type?: string
  statuses?: readonly string[]
  assignee?: string
  finished?: 'true' | 'false'
  deadline?: { from: number; to: number }
}

/**
 * Exactly the requests that match `filter`, in the order asked for, as ordered runs to merge:
 * one per group of the index on the filtered columns (a list on several statuses has one group
 * per status), each cut to the deadline range by binary search when the list is in deadline
 * order. In another order a deadline range is read from the open requests by deadline, filtered
 * and sorted.
 */
export function requestCandidates(
  table: Database['requests'],
  sort: string | undefined,
  filter: IndexedFilter,
): Run[] {
  let statuses: readonly string[] | undefined = filter.statuses?.length
    ? [...new Set(filter.statuses)]
    : undefined
  // "Finished" and a deadline filter are status filters too: open (or not) statuses only.
  const openOnly = filter.finished === 'false' || filter.deadline !== undefined
  const closedOnly = filter.finished === 'true'
  if (openOnly || closedOnly) {
    statuses = (statuses ?? REQUEST_STATUSES).filter(
      (s) => OPEN.has(s) === openOnly && OPEN.has(s) !== closedOnly,
    )
  }
  const { field, sign } = parseSort(sort)
  const range = filter.deadline
  if (range && field !== 'deadlineAt') {
    const { byDeadline } = requestAggregates(table)
    const from = byDeadline.countBelow('open', (r) => timesOf(r).deadline < range.from)
    const to = byDeadline.countBelow('open', (r) => timesOf(r).deadline <= range.to)
    const list = byDeadline
      .group('open')
      .slice(from, to)
      .filter(
        (r) =>
          (!filter.type || r.type === filter.type) &&
          (!statuses || statuses.includes(r.status)) &&
          (!filter.assignee || COLUMNS.assignee(r) === filter.assignee),
      )
      .sort(comparator(field, sign))
    return [{ list, from: 0, to: list.length }]
  }
  // The groups to read: every combination of the values asked for, in the index's column order.
  const columns: Column[] = []
  let keys: string[] | null = null
  const by = (column: Column, values: readonly string[] | undefined) => {
    if (!values) return
    columns.push(column)
    keys = keys === null ? [...values] : keys.flatMap((k) => values.map((v) => `${k}|${v}`))
  }
  by('type', filter.type ? [filter.type] : undefined)
  by('status', statuses)
  by('assignee', filter.assignee ? [filter.assignee] : undefined)
  const index = ordered(table, columns, sort)
  return (keys ?? ['']).flatMap((key) => {
    const list = index.group(key)
    if (!range) return list.length ? [{ list, from: 0, to: list.length }] : []
    // In deadline order (either way, no clock last) the deadlines in range are one stretch.
    const finite = (r: PrivacyRequest) => timesOf(r).deadline !== Number.POSITIVE_INFINITY
    const before =
      sign > 0
        ? (r: PrivacyRequest) => timesOf(r).deadline < range.from
        : (r: PrivacyRequest) => finite(r) && timesOf(r).deadline > range.to
    const upTo =
      sign > 0
        ? (r: PrivacyRequest) => timesOf(r).deadline <= range.to
        : (r: PrivacyRequest) => finite(r) && timesOf(r).deadline >= range.from
    const from = index.countBelow(key, before)
    const to = index.countBelow(key, upTo)
    return to > from ? [{ list, from, to }] : []
  })
}

/**
 * One page of the runs merged in the list's order, and how many requests they hold, counting
 * only those `keep` accepts when given. Without `keep` the merge stops at the page's end.
 */
export function pageOfRuns(
  runs: readonly Run[],
  sort: string | undefined,
  page: number,
  pageSize: number,
  keep?: (r: PrivacyRequest) => boolean,
): { items: PrivacyRequest[]; total: number } {
  const start = (page - 1) * pageSize
  const end = start + pageSize
  if (!keep && runs.length <= 1) {
    const run = runs[0]
    if (!run) return { items: [], total: 0 }
    return {
      items: run.list.slice(run.from + start, Math.min(run.to, run.from + end)),
      total: run.to - run.from,
    }
  }
  const { field, sign } = parseSort(sort)
  const compare = comparator(field, sign)
  const heads = runs.map((r) => r.from)
  const items: PrivacyRequest[] = []
  let total = 0
  const stopAtPageEnd = !keep
  for (;;) {
    // A k-way merge: k is at most the number of statuses, so a scan of the heads is enough.
    let best = -1
    for (let i = 0; i < runs.length; i++) {
      if (heads[i]! >= runs[i]!.to) continue
      if (best < 0 || compare(runs[i]!.list[heads[i]!]!, runs[best]!.list[heads[best]!]!) < 0)
        best = i
    }
    if (best < 0) break
    const r = runs[best]!.list[heads[best]!]!
    heads[best]!++
    if (keep && !keep(r)) continue
    if (total >= start && total < end) items.push(r)
    total++
    if (stopAtPageEnd && total >= end) break
  }
  return { items, total: stopAtPageEnd ? runsLength(runs) : total }
}

/** How many requests the runs hold. */
export function runsLength(runs: readonly Run[]): number {
  return runs.reduce((n, r) => n + r.to - r.from, 0)
}

/** Requests in the list's order asked for. */
export function sortRequests(
  requests: Iterable<PrivacyRequest>,
  sort: string | undefined,
): PrivacyRequest[] {
  const { field, sign } = parseSort(sort)
  return [...requests].sort(comparator(field, sign))
}

const OPEN = new Set<string>(OPEN_STATUSES)
const byId = (a: { id: string }, b: { id: string }) => (a.id === b.id ? 0 : a.id < b.id ? -1 : 1)
// Without a clock both deadlines are +Infinity, whose difference is NaN: then the id decides.
const byDeadline = (a: PrivacyRequest, b: PrivacyRequest) =>
  timesOf(a).deadline - timesOf(b).deadline || byId(a, b)
const byCompletion = (a: PrivacyRequest, b: PrivacyRequest) =>
  timesOf(a).completed - timesOf(b).completed || byId(a, b)

/**
 * A superset of the requests the list's search `text` matches (CONTRACT: request id, user id, user
 * name, or the last 4 digits of a phone number), read from indexes: the requests by user id, the
 * users by their phone's last four digits. A name or part of an id is looked for in the users'
 * names and the requests' ids alone, not request by request with its user. The caller still
 * applies the search itself to what this returns.
 */
export function searchCandidates(db: Database, text: string): Set<PrivacyRequest> {
  const q = text.toLowerCase()
  const byUser = db.requests.index('user', (r) => r.userId.toLowerCase(), byId)
  const found = new Set<PrivacyRequest>(byUser.group(q))
  const ofUser = (userId: string) => byUser.group(userId.toLowerCase()).forEach((r) => found.add(r))
  if (/^\d{4}$/.test(q)) {
    // Digits have no case: an id equal to them is the id itself.
    const same = db.requests.get(q)
    if (same) found.add(same)
    const byPhone = db.users.index(
      'phone|last4',
      (u) => (u.phone && u.phone.length >= 4 ? u.phone.slice(-4) : null),
      byId,
    )
    byPhone.group(q).forEach((u) => ofUser(u.id))
    return found
  }
  for (const u of db.users.all()) if (u.name.includes(text)) ofUser(u.id)
  for (const r of db.requests.all()) if (r.id.toLowerCase().includes(q)) found.add(r)
  return found
}

/**
 * The open requests, kept up to date on every write like the list's indexes, so the counts and
 * the home screens read groups instead of walking every request: by assignee ('none' when
 * unassigned), by who prepared the decision, by status, by deadline (one group, 'open', earliest
 * first, no clock last), by assignee and by status in deadline order, by assignee and status and
 * by type and status (their counts), those whose deadline rests on a
 * provisional calendar, the finished ones by when they finished (see finishedGroups), and every
 * request by each staff member on its timeline, the one they acted on last first.
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
    byAssigneeDeadline: table.index(
      'open|assignee|deadline',
      open((r) => r.assigneeId ?? 'none'),
      byDeadline,
    ),
    byAssigneeStatus: table.index(
      'open|assignee+status',
      open((r) => `${r.assigneeId ?? 'none'}|${r.status}`),
      byId,
    ),
    byTypeStatus: table.index(
      'open|type+status',
      open((r) => `${r.type}|${r.status}`),
      byId,
    ),
    byStatusDeadline: table.index(
      'open|status|deadline',
      open((r) => r.status),
      byDeadline,
    ),
    // Each staff member's requests, those they acted on last first, so their latest events are
    // read from the head of their group rather than from every request they ever touched.
    byActorLatest: table.index(
      'timeline|actor|latest',
      (r) => r.timeline.map((e) => e.actorId),
      (a, b, actor) => {
        const la = latestEventBy(a, actor)
        const lb = latestEventBy(b, actor)
        return la === lb ? byId(a, b) : la < lb ? 1 : -1
      },
    ),
    closedByTime: table.index('closed|completedAt', finishedGroups, byCompletion),
    provisional: table.index(
      'open|provisional',
      open((r) => (r.calendarProvisional ? 'provisional' : null)),
      byId,
    ),
  }
}

// Timeline instants written by the server are toISOString() output, which sorts as text.
const CANONICAL_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

/** An event's time as text that sorts in time order. */
export function eventKey(at: string): string {
  return CANONICAL_INSTANT.test(at) ? at : new Date(at).toISOString()
}

// Each staff member's latest event on a request, per record version like the times above.
const latestEvents = new WeakMap<PrivacyRequest, Map<string, string>>()
function latestEventBy(r: PrivacyRequest, actorId: string): string {
  let latest = latestEvents.get(r)
  if (!latest) {
    latest = new Map()
    for (const e of r.timeline) {
      const key = eventKey(e.at)
      if (key > (latest.get(e.actorId) ?? '')) latest.set(e.actorId, key)
    }
    latestEvents.set(r, latest)
  }
  return latest.get(actorId) ?? ''
}

export interface RecentEvent {
  at: string
  requestId: string
  type: PrivacyRequest['type']
  action: string
}

/**
 * A staff member's `limit` latest events over every request, newest first (equal times: by
 * request id, then in timeline order). Reads their requests by their own latest event and stops
 * at the first whose latest event is older than every one kept.
 */
export function recentEvents(
  table: Database['requests'],
  staffId: string,
  limit: number,
): RecentEvent[] {
  const kept: { key: string; id: string; index: number; event: RecentEvent }[] = []
  const order = (a: (typeof kept)[number], b: (typeof kept)[number]) =>
    a.key !== b.key
      ? a.key < b.key
        ? 1
        : -1
      : a.id !== b.id
        ? a.id < b.id
          ? -1
          : 1
        : a.index - b.index
  for (const r of requestAggregates(table).byActorLatest.group(staffId)) {
    const last = kept[limit - 1]
    if (last && latestEventBy(r, staffId) < last.key) break
    r.timeline.forEach((e, index) => {
      if (e.actorId !== staffId) return
      const event = { at: e.at, requestId: r.id, type: r.type, action: e.action }
      kept.push({ key: eventKey(e.at), id: r.id, index, event })
    })
    kept.sort(order)
    kept.length = Math.min(kept.length, limit)
  }
  return kept.map((k) => k.event)
}

/**
 * How many of the open requests of one group of an index in deadline order are due within
 * [from, to] (ms): two binary searches.
 */
export function dueBetween(
  index: { countBelow(name: string, below: (r: PrivacyRequest) => boolean): number },
  group: string,
  from: number,
  to: number,
): number {
  const upTo = index.countBelow(group, (r) => timesOf(r).deadline <= to)
  const before = index.countBelow(group, (r) => timesOf(r).deadline < from)
  return Math.max(0, upTo - before)
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
  return ordered(table, [], 'receivedAt:asc').countBelow('', (r) => timesOf(r).received < until)
}

/** How many requests of a finished group (see finishedGroups) were finished before `until` (ms). */
export function finishedBefore(table: Database['requests'], group: string, until: number): number {
  return requestAggregates(table).closedByTime.countBelow(
    group,
    (r) => timesOf(r).completed < until,
  )
}

/** How many requests of a finished group finished at or after `from` (ms): no list is made. */
export function finishedCountSince(
  table: Database['requests'],
  group: string,
  from: number,
): number {
  return (
    requestAggregates(table).closedByTime.group(group).length - finishedBefore(table, group, from)
  )
}

// The calendar each table's handling-days index is built on: handling days depend on it.
const handlingCalendars = new WeakMap<Database['requests'], WorkingDayCalendar>()

/**
 * How many requests of `type` answered at or after `from` (ms) took each number of working days
 * to handle on `calendar`. Read from an index of the answered requests grouped by type and
 * handling days, each group in order of completion, so the window is a binary search per group
 * rather than a walk over every answer in it. A new calendar (an admin loading a year) rebuilds it.
 */
export function handlingDaysSince(
  table: Database['requests'],
  calendar: WorkingDayCalendar,
  type: RequestType,
  from: number,
): Tally {
  const builtOn = handlingCalendars.get(table)
  handlingCalendars.set(table, calendar)
  const index = table.index(
    'answered|type+handlingDays',
    (r) => {
      const days = factsOf(r, handlingCalendars.get(table) ?? calendar).handlingDays
      return days === null ? null : `${r.type}|${days}`
    },
    byCompletion,
  )
  if (builtOn && builtOn !== calendar) index.reset()
  const tally = new Map<number, number>()
  for (const name of index.groupNames()) {
    const [of, days] = name.split('|')
    if (of !== type) continue
    const since =
      index.group(name).length - index.countBelow(name, (r) => timesOf(r).completed < from)
    if (since > 0) tally.set(Number(days), since)
  }
  return tally
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
