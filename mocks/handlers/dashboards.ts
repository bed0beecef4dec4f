import { OPEN_STATUSES, ROLES } from '../../src/shared/api/enums'
import { type AdminDashboard, type AgentDashboard } from '../../src/shared/api/dashboard-schemas'
import type { Backend } from '../db/backend'
import type { StaffAccount } from '../db/database'
import { route } from '../http/route'
import { complianceDashboard } from './compliance-dashboard'
import { factsOf, isoNow, todayIn } from './dashboard-facts'
import { leadDashboard } from './lead-dashboard'
import { addCalendarDays } from '../../src/shared/lib/aggregates'
import { dueBetween, dueWindow, recentEvents, requestAggregates } from './request-query'
import { dashboardEndpoints } from '../../src/shared/api/endpoints/dashboards'

const RECENT_LIMIT = 10

// Every figure is read from aggregates kept on write (see requestAggregates): group lengths and
// binary searches on the agent's open requests in deadline order, never a walk over them.
function agentDashboard(backend: Backend, staff: StaffAccount, now: number): AgentDashboard {
  const table = backend.db.requests
  const today = todayIn(now)
  const { dueSoonUntil } = dueWindow(backend, now)
  const tomorrow = Date.parse(`${addCalendarDays(today, 1)}T00:00:00+08:00`)
  const { byAssigneeDeadline, byAssigneeStatus } = requestAggregates(table)
  return {
    generatedAt: isoNow(now),
    open: byAssigneeDeadline.group(staff.id).length,
    dueToday: dueBetween(byAssigneeDeadline, staff.id, now, Math.min(dueSoonUntil, tomorrow - 1)),
    dueSoon: dueBetween(byAssigneeDeadline, staff.id, now, dueSoonUntil),
    overdue: dueBetween(byAssigneeDeadline, staff.id, Number.NEGATIVE_INFINITY, now - 1),
    awaitingRequester: byAssigneeStatus.group(`${staff.id}|awaiting_requester`).length,
    byStatus: OPEN_STATUSES.map((status) => ({
      status,
      count: byAssigneeStatus.group(`${staff.id}|${status}`).length,
    })),
    recent: recentEvents(table, staff.id, RECENT_LIMIT),
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
