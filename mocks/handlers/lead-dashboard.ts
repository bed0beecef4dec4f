import { OPEN_STATUSES, REQUEST_TYPES, type RequestType } from '../../src/shared/api/enums'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import type {
  HandlingTime,
  LeadDashboard,
  RequestBrief,
} from '../../src/shared/api/dashboard-schemas'
import {
  addCalendarDays,
  distributionOfTally,
  histogramOfTally,
  rate,
  recentWorkingDays,
  type Tally,
} from '../../src/shared/lib/aggregates'
import type { Backend } from '../db/backend'
import type { StaffAccount } from '../db/database'
import { brief, isoNow, todayIn, workingDayMapper } from './dashboard-facts'
import {
  dueBetween,
  dueWindow,
  finishedBefore,
  finishedCountSince,
  handlingDaysSince,
  receivedBefore,
  requestAggregates,
  waitsOn,
} from './request-query'

export const WINDOW_DAYS = 30
export const TREND_WORKING_DAYS = 20
/** Histogram buckets 0…15 working days and "16 or more": past every default deadline. */
export const HISTOGRAM_MAX = 16
const LIST_LIMIT = 8

interface Workload {
  open: number
  overdue: number
  dueSoon: number
}

function perType<T>(make: () => T): Record<RequestType, T> {
  return Object.fromEntries(REQUEST_TYPES.map((t) => [t, make()])) as Record<RequestType, T>
}

/** The team's state, read from the requests' aggregates (GET /api/dashboard/lead). */
export function leadDashboard(backend: Backend, lead: StaffAccount, now: number): LeadDashboard {
  const calendar = backend.calendar()
  const today = todayIn(now)
  const windowStart = addCalendarDays(today, -WINDOW_DAYS + 1)
  const { dueSoonUntil } = dueWindow(backend, now)
  const days = recentWorkingDays(calendar, today, TREND_WORKING_DAYS)
  const firstDay = days[0] ?? today
  const countedOn = workingDayMapper(calendar)
  const trend = days.map((date) => ({ date, received: 0, closed: 0, onTime: 0, answered: 0 }))

  const onTime = perType(() => ({ onTime: 0, total: 0 }))
  const handling = perType((): Tally => new Map())

  const table = backend.db.requests
  // Each trend day counts what arrived or finished on it and on the days off just before it, so
  // its figures are differences of counts read from the indexes at the ends of those spans.
  const startOf = (date: string) => Date.parse(`${date}T00:00:00+08:00`)
  let dayOff = addCalendarDays(firstDay, -1)
  while (countedOn(dayOff) === firstDay) dayOff = addCalendarDays(dayOff, -1)
  const ends = [dayOff, ...days].map((d) => startOf(addCalendarDays(d, 1)))
  const perDay = (count: (until: number) => number) => {
    const totals = ends.map(count)
    return days.map((_, i) => (totals[i + 1] ?? 0) - (totals[i] ?? 0))
  }
  const received = perDay((until) => receivedBefore(table, until))
  const closed = perDay((until) => finishedBefore(table, 'closed', until))
  const sum = (figures: number[][]) => (i: number) => figures.reduce((n, f) => n + (f[i] ?? 0), 0)
  const answered = sum(
    REQUEST_TYPES.map((t) => perDay((u) => finishedBefore(table, `due|${t}`, u))),
  )
  const inTime = sum(
    REQUEST_TYPES.map((t) => perDay((u) => finishedBefore(table, `onTime|${t}`, u))),
  )
  trend.forEach((point, i) => {
    point.received = received[i] ?? 0
    point.closed = closed[i] ?? 0
    point.answered = answered(i)
    point.onTime = inTime(i)
  })
  const since = startOf(windowStart)
  for (const type of REQUEST_TYPES) {
    onTime[type].total = finishedCountSince(table, `due|${type}`, since)
    onTime[type].onTime = finishedCountSince(table, `onTime|${type}`, since)
    handling[type] = handlingDaysSince(table, calendar, type, since)
  }

  // The open requests' figures are read from aggregates kept on write, never by walking them:
  // group lengths, binary searches on deadline order, and the heads of the deadline lists.
  const aggregates = requestAggregates(table)
  const firstId = (list: readonly PrivacyRequest[]) => list[0]?.id ?? ''
  // Listed as a walk in id order would first meet them.
  const byFirstId = <T extends { list: readonly PrivacyRequest[] }>(a: T, b: T) =>
    firstId(a.list) < firstId(b.list) ? -1 : 1
  const backlog = REQUEST_TYPES.flatMap((type) =>
    OPEN_STATUSES.map((status) => ({
      type,
      status,
      list: aggregates.byTypeStatus.group(`${type}|${status}`),
    })),
  )
    .filter((b) => b.list.length > 0)
    .sort(byFirstId)
    .map(({ type, status, list }) => ({ type, status, count: list.length }))
  const workload = new Map<string, Workload>()
  const assignees = [...aggregates.byAssignee.groupNames()]
    .filter((id) => id !== 'none' && id !== '')
    .map((id) => ({ id, list: aggregates.byAssignee.group(id) }))
    .filter((a) => a.list.length > 0)
    .sort(byFirstId)
  for (const { id, list } of assignees) {
    workload.set(id, {
      open: list.length,
      overdue: dueBetween(aggregates.byAssigneeDeadline, id, Number.NEGATIVE_INFINITY, now - 1),
      dueSoon: dueBetween(aggregates.byAssigneeDeadline, id, now, dueSoonUntil),
    })
  }
  const byDeadline = aggregates.byDeadline.group('open')
  const overdueCount = dueBetween(aggregates.byDeadline, 'open', Number.NEGATIVE_INFINITY, now - 1)
  const dueSoonCount = dueBetween(aggregates.byDeadline, 'open', now, dueSoonUntil)
  const overdue = {
    total: overdueCount,
    items: byDeadline.slice(0, Math.min(overdueCount, LIST_LIMIT)).map(brief),
  }
  // Due soon follows the overdue ones in deadline order.
  const dueSoon = {
    total: dueSoonCount,
    items: byDeadline
      .slice(overdueCount, overdueCount + Math.min(dueSoonCount, LIST_LIMIT))
      .map(brief),
  }
  // Maker and checker are two people: a lead's own prepared decisions wait for another lead, so
  // the lead checks every pending decision but those they prepared themselves.
  const pending = aggregates.byStatusDeadline.group('pending_approval')
  const ownPending = aggregates.byPreparer
    .group(lead.id)
    .filter((r) => r.status === 'pending_approval').length
  const approvals = { total: pending.length - ownPending, items: [] as RequestBrief[] }
  for (const r of pending) {
    if (approvals.items.length === LIST_LIMIT) break
    if (waitsOn(r, lead) === 'me') approvals.items.push(brief(r))
  }

  const staff = backend.db.staff.all()
  const nameOf = (id: string) => staff.find((x) => x.id === id)?.displayName ?? id
  // An admin who made someone a lead could approve through that account: the other leads see it.
  const sinceMs = now - WINDOW_DAYS * 86_400_000
  const newCheckers = backend.db.auditEvents
    .all()
    .filter((e) => e.action === 'staff.checker_granted' && Date.parse(e.at) >= sinceMs)
    .reverse()
    .slice(0, LIST_LIMIT)
    .map((e) => ({
      staffId: e.target,
      username: staff.find((x) => x.id === e.target)?.username ?? e.target,
      displayName: nameOf(e.target),
      grantedById: e.actorId,
      grantedByName: nameOf(e.actorId),
      grantedAt: e.at,
    }))
  const workers = staff.filter((s) => s.active && (s.role === 'agent' || s.role === 'lead'))
  const ids = [...new Set([...workers.map((s) => s.id), ...workload.keys()])]
  return {
    generatedAt: isoNow(now),
    windowDays: WINDOW_DAYS,
    backlog,
    onTime: REQUEST_TYPES.map((type) => ({
      type,
      ...onTime[type],
      rate: rate(onTime[type].onTime, onTime[type].total),
    })),
    overdue,
    dueSoon,
    workload: ids.map((id) => {
      const s = staff.find((x) => x.id === id)
      return {
        staffId: id,
        displayName: s?.displayName ?? id,
        role: s?.role ?? 'agent',
        ...(workload.get(id) ?? { open: 0, overdue: 0, dueSoon: 0 }),
      }
    }),
    approvals,
    newCheckers,
    trend,
    handling: REQUEST_TYPES.map((type): HandlingTime => ({
      type,
      ...distributionOfTally(handling[type]),
      histogram: histogramOfTally(handling[type], HISTOGRAM_MAX),
    })),
  }
}
