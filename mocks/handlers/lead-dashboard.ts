import { REQUEST_TYPES, type RequestStatus, type RequestType } from '../../src/shared/api/enums'
import type {
  HandlingTime,
  LeadDashboard,
  RequestBrief,
} from '../../src/shared/api/dashboard-schemas'
import {
  addCalendarDays,
  distribution,
  histogram,
  rate,
  recentWorkingDays,
} from '../../src/shared/lib/aggregates'
import type { Backend } from '../db/backend'
import type { StaffAccount } from '../db/database'
import { brief, factsOf, isoNow, Smallest, todayIn, workingDayMapper } from './dashboard-facts'
import {
  dueWindow,
  finishedBefore,
  finishedSince,
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

/** The team's state in one pass over the requests (GET /api/dashboard/lead). */
export function leadDashboard(backend: Backend, lead: StaffAccount, now: number): LeadDashboard {
  const calendar = backend.calendar()
  const today = todayIn(now)
  const windowStart = addCalendarDays(today, -WINDOW_DAYS + 1)
  const { dueSoonUntil } = dueWindow(backend, now)
  const days = recentWorkingDays(calendar, today, TREND_WORKING_DAYS)
  const firstDay = days[0] ?? today
  const countedOn = workingDayMapper(calendar)
  const trend = days.map((date) => ({ date, received: 0, closed: 0, onTime: 0, answered: 0 }))

  const backlog = new Map<string, number>()
  const onTime = perType(() => ({ onTime: 0, total: 0 }))
  const handling = perType(() => [] as number[])
  const workload = new Map<string, Workload>()
  const overdue = new Smallest<RequestBrief>(LIST_LIMIT)
  const dueSoon = new Smallest<RequestBrief>(LIST_LIMIT)
  const approvals = new Smallest<RequestBrief>(LIST_LIMIT)

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
    onTime[type].total = finishedSince(table, `due|${type}`, since).length
    onTime[type].onTime = finishedSince(table, `onTime|${type}`, since).length
    for (const r of finishedSince(table, `answered|${type}`, since)) {
      const { handlingDays } = factsOf(r, calendar)
      if (handlingDays !== null) handling[type].push(handlingDays)
    }
  }

  for (const r of requestAggregates(table).openById.group('open')) {
    const f = factsOf(r, calendar)
    const key = `${r.type}|${r.status}`
    backlog.set(key, (backlog.get(key) ?? 0) + 1)
    const load = r.assigneeId
      ? (workload.get(r.assigneeId) ?? { open: 0, overdue: 0, dueSoon: 0 })
      : null
    if (load && r.assigneeId) workload.set(r.assigneeId, load)
    if (load) load.open++
    if (f.deadlineMs < now) {
      overdue.offer(f.deadlineMs, () => brief(r))
      if (load) load.overdue++
    } else if (f.deadlineMs <= dueSoonUntil) {
      dueSoon.offer(f.deadlineMs, () => brief(r))
      if (load) load.dueSoon++
    }
    // Maker and checker are two people: a lead's own prepared decisions wait for another lead.
    if (r.status === 'pending_approval' && waitsOn(r, lead) === 'me')
      approvals.offer(f.deadlineMs, () => brief(r))
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
    backlog: [...backlog].map(([key, count]) => {
      const [type, status] = key.split('|') as [RequestType, RequestStatus]
      return { type, status, count }
    }),
    onTime: REQUEST_TYPES.map((type) => ({
      type,
      ...onTime[type],
      rate: rate(onTime[type].onTime, onTime[type].total),
    })),
    overdue: overdue.list(),
    dueSoon: dueSoon.list(),
    workload: ids.map((id) => {
      const s = staff.find((x) => x.id === id)
      return {
        staffId: id,
        displayName: s?.displayName ?? id,
        role: s?.role ?? 'agent',
        ...(workload.get(id) ?? { open: 0, overdue: 0, dueSoon: 0 }),
      }
    }),
    approvals: approvals.list(),
    newCheckers,
    trend,
    handling: REQUEST_TYPES.map((type): HandlingTime => ({
      type,
      ...distribution(handling[type]),
      histogram: histogram(handling[type], HISTOGRAM_MAX),
    })),
  }
}
