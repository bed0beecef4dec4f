import { OPEN_STATUSES, ROLES, type RequestStatus } from '../../src/shared/api/enums'
import { type AdminDashboard, type AgentDashboard } from '../../src/shared/api/dashboard-schemas'
import type { Backend } from '../db/backend'
import type { StaffAccount } from '../db/database'
import { route } from '../http/route'
import { complianceDashboard } from './compliance-dashboard'
import { factsOf, isoNow, todayIn } from './dashboard-facts'
import { leadDashboard } from './lead-dashboard'
import { dueWindow, requestAggregates } from './request-query'
import { dashboardEndpoints } from '../../src/shared/api/endpoints/dashboards'

const RECENT_LIMIT = 10
// Timeline instants written by the server are toISOString() output, which sorts as text.
const CANONICAL_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const canonical = (at: string) => (CANONICAL_INSTANT.test(at) ? at : new Date(at).toISOString())

type Recent = AgentDashboard['recent'][number]

/** Keeps the newest `RECENT_LIMIT` events, newest first, without sorting every event. */
function keepRecent(list: (Recent & { key: string })[], event: Recent): void {
  const key = canonical(event.at)
  if (list.length >= RECENT_LIMIT && key <= (list.at(-1)?.key ?? '')) return
  let i = list.length
  while (i > 0 && (list[i - 1]?.key ?? '') < key) i--
  list.splice(i, 0, { ...event, key })
  if (list.length > RECENT_LIMIT) list.pop()
}

function agentDashboard(backend: Backend, staff: StaffAccount, now: number): AgentDashboard {
  const calendar = backend.calendar()
  const today = todayIn(now)
  const { dueSoonUntil } = dueWindow(backend, now)
  const byStatus = new Map<RequestStatus, number>(OPEN_STATUSES.map((s) => [s, 0]))
  const counts = { open: 0, dueToday: 0, dueSoon: 0, overdue: 0 }
  const recent: (Recent & { key: string })[] = []
  const { byActor, byAssignee } = requestAggregates(backend.db.requests)
  for (const r of byActor.group(staff.id)) {
    for (const e of r.timeline) {
      if (e.actorId === staff.id)
        keepRecent(recent, { at: e.at, requestId: r.id, type: r.type, action: e.action })
    }
  }
  for (const r of byAssignee.group(staff.id)) {
    const f = factsOf(r, calendar)
    counts.open++
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1)
    if (f.deadlineMs < now) counts.overdue++
    else if (f.deadlineMs <= dueSoonUntil) {
      counts.dueSoon++
      if (f.deadlineDay === today) counts.dueToday++
    }
  }
  return {
    generatedAt: isoNow(now),
    ...counts,
    awaitingRequester: byStatus.get('awaiting_requester') ?? 0,
    byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
    recent: recent.map(({ key: _key, ...event }) => event),
  }
}

function adminDashboard(backend: Backend, now: number): AdminDashboard {
  const { db } = backend
  const year = Number(todayIn(now).slice(0, 4))
  const years = [year, year + 1]
  const provisional = new Map<number, number>(years.map((y) => [y, 0]))
  const calendar = backend.calendar()
  for (const r of requestAggregates(db.requests).provisional.group('provisional')) {
    const f = factsOf(r, calendar)
    if (!f.deadlineDay) continue
    const y = Number(f.deadlineDay.slice(0, 4))
    if (provisional.has(y)) provisional.set(y, (provisional.get(y) ?? 0) + 1)
  }
  const staff = db.staff.all()
  return {
    generatedAt: isoNow(now),
    calendar: years.map((y) => {
      const record = db.calendar.get(y)
      return {
        year: y,
        loaded: record?.loaded ?? false,
        source: record?.source ?? 'none',
        holidays: Object.keys(record?.holidays ?? {}).length,
        workdays: Object.keys(record?.workdays ?? {}).length,
        provisionalOpen: provisional.get(y) ?? 0,
      }
    }),
    staff: ROLES.map((role) => ({
      role,
      active: staff.filter((s) => s.role === role && s.active).length,
      inactive: staff.filter((s) => s.role === role && !s.active).length,
    })),
  }
}

export const dashboardHandlers = [
  route(dashboardEndpoints.agent, {
    async handle({ backend, staff, now }) {
      return agentDashboard(backend, staff, now)
    },
  }),
  route(dashboardEndpoints.lead, {
    async handle({ backend, staff, now }) {
      return leadDashboard(backend, staff, now)
    },
  }),
  route(dashboardEndpoints.compliance, {
    async handle({ backend, now }) {
      return complianceDashboard(backend, now)
    },
  }),
  route(dashboardEndpoints.admin, {
    async handle({ backend, now }) {
      return adminDashboard(backend, now)
    },
  }),
]
