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
import { dueWindow, requestAggregates, requestsSince, waitsOn } from './request-query'

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
  // Days off just before the first trend day are counted on it, so look a little further back.
  const oldest = addCalendarDays(firstDay < windowStart ? firstDay : windowStart, -10)
  const dayIndex = new Map(days.map((d, i) => [d, i]))
  const countedOn = workingDayMapper(calendar)
  const trend = days.map((date) => ({ date, received: 0, closed: 0, onTime: 0, answered: 0 }))

  const backlog = new Map<string, number>()
  const onTime = perType(() => ({ onTime: 0, total: 0 }))
  const handling = perType(() => [] as number[])
  const workload = new Map<string, Workload>()
  const overdue = new Smallest<RequestBrief>(LIST_LIMIT)
  const dueSoon = new Smallest<RequestBrief>(LIST_LIMIT)
  const approvals = new Smallest<RequestBrief>(LIST_LIMIT)

  // Only what the window can show is read: the open requests, and those received or closed since
  // `oldest` (days off before a trend day count on it, and no run of days off is longer).
  const table = backend.db.requests
  const since = requestsSince(table, Date.parse(`${oldest}T00:00:00+08:00`))
  for (const r of since.received) {
    const receivedOn = dayIndex.get(countedOn(factsOf(r, calendar).receivedDay))
    if (receivedOn !== undefined) trend[receivedOn]!.received++
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
  for (const r of since.closed) {
    const f = factsOf(r, calendar)
    if (f.closedDay === null || f.closedDay < oldest) continue
    const closedOn = dayIndex.get(countedOn(f.closedDay))
    const point = closedOn === undefined ? undefined : trend[closedOn]
    if (point) {
      point.closed++
      if (f.onTime !== null) {
        point.answered++
        if (f.onTime) point.onTime++
      }
    }
    if (f.closedDay < windowStart) continue
    if (f.onTime !== null) {
      onTime[r.type].total++
      if (f.onTime) onTime[r.type].onTime++
    }
    if (f.handlingDays !== null) handling[r.type].push(f.handlingDays)
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
