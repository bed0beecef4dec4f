import type { ComponentType } from 'react'
import type { Role } from '../shared/api/enums'

/**
 * Every screen of the console once: its path, who may open it, where it sits in the menu, and
 * the module that renders it (loaded only when the route is opened).
 */
export interface ScreenDefinition {
  path: string
  roles: readonly Role[]
  /** i18n key under common:menu; screens without one are reached by links only. */
  menu?: string
  load: () => Promise<ComponentType>
}

const ALL: readonly Role[] = ['agent', 'lead', 'compliance', 'admin']

export const SCREENS: ScreenDefinition[] = [
  {
    path: 'workbench',
    roles: ALL,
    menu: 'workbench',
    load: () => import('./routes/workbench-route').then((m) => m.WorkbenchRoute),
  },
  {
    path: 'queue',
    roles: ALL,
    menu: 'queue',
    load: () => import('./routes/queue-route').then((m) => m.QueueRoute),
  },
  {
    path: 'requests/new',
    roles: ['agent', 'lead'],
    load: () => import('./routes/intake-route').then((m) => m.IntakeRoute),
  },
  {
    path: 'requests/:id',
    roles: ALL,
    load: () => import('./routes/request-detail-route').then((m) => m.RequestDetailRoute),
  },
  {
    path: 'users/:userId',
    roles: ALL,
    load: () => import('./routes/user-route').then((m) => m.UserRoute),
  },
  {
    path: 'disclosures',
    roles: ['compliance'],
    menu: 'disclosures',
    load: () => import('./routes/disclosures-route').then((m) => m.DisclosuresRoute),
  },
  {
    path: 'cancellations',
    roles: ['lead'],
    menu: 'cancellations',
    load: () => import('./routes/cancellation-approvals-route').then((m) => m.CancellationApprovalsRoute),
  },
  {
    path: 'incidents',
    roles: ['compliance', 'admin'],
    menu: 'incidents',
    load: () => import('./routes/incidents-route').then((m) => m.IncidentsRoute),
  },
  {
    path: 'incidents/:incidentId',
    roles: ['compliance', 'admin'],
    load: () => import('./routes/incident-detail-route').then((m) => m.IncidentDetailRoute),
  },
  {
    path: 'reports',
    roles: ['lead', 'compliance', 'admin'],
    menu: 'reports',
    load: () => import('./routes/reports-route').then((m) => m.ReportsRoute),
  },
  {
    path: 'audit',
    roles: ['compliance', 'admin'],
    menu: 'audit',
    load: () => import('./routes/audit-route').then((m) => m.AuditRoute),
  },
  {
    path: 'admin/staff',
    roles: ['admin'],
    menu: 'staff',
    load: () => import('./routes/staff-route').then((m) => m.StaffRoute),
  },
  {
    path: 'admin/calendar',
    roles: ['admin'],
    menu: 'calendar',
    load: () => import('./routes/calendar-route').then((m) => m.CalendarRoute),
  },
  {
    path: 'admin/settings',
    roles: ['admin'],
    menu: 'settings',
    load: () => import('./routes/settings-route').then((m) => m.SettingsRoute),
  },
]

/** Where each role starts after signing in: agents go straight to their work. */
export function homePath(role: Role): string {
  return role === 'agent' ? '/queue?tab=mine' : '/workbench'
}
