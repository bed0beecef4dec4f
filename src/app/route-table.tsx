import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import type { SessionStaff } from '../shared/api/schemas'
import { SCREEN_ACCESS, type ScreenAccess, type ScreenPath } from './screen-access'

/**
 * Asks the server for a screen's first data while the shell still draws. What the URL names is
 * asked for at once, beside the session's check (the server answers it only for a valid token);
 * what depends on who is signed in waits for `staff`, the confirmed staff member (null when the
 * token was not confirmed).
 */
export type Prefetch = (
  queryClient: QueryClient,
  search: URLSearchParams,
  staff: Promise<SessionStaff | null>,
) => Promise<unknown>

/** A screen and the module that renders it, loaded only when the route is opened. */
export interface ScreenDefinition extends ScreenAccess {
  load: () => Promise<ComponentType>
  prefetch?: () => Promise<Prefetch>
}

// Keyed by path, so a screen without a module (or a module without a screen) does not compile.
const LOADERS: Record<ScreenPath, () => Promise<ComponentType>> = {
  workbench: () => import('./routes/workbench-route').then((m) => m.WorkbenchRoute),
  queue: () => import('./routes/queue-route').then((m) => m.QueueRoute),
  'requests/new': () => import('./routes/intake-route').then((m) => m.IntakeRoute),
  'requests/:id': () => import('./routes/request-detail-route').then((m) => m.RequestDetailRoute),
  'users/:userId': () => import('./routes/user-route').then((m) => m.UserRoute),
  disclosures: () => import('./routes/disclosures-route').then((m) => m.DisclosuresRoute),
  cancellations: () =>
    import('./routes/cancellation-approvals-route').then((m) => m.CancellationApprovalsRoute),
  incidents: () => import('./routes/incidents-route').then((m) => m.IncidentsRoute),
  'incidents/:incidentId': () =>
    import('./routes/incident-detail-route').then((m) => m.IncidentDetailRoute),
  reports: () => import('./routes/reports-route').then((m) => m.ReportsRoute),
  audit: () => import('./routes/audit-route').then((m) => m.AuditRoute),
  retention: () => import('./routes/retention-route').then((m) => m.RetentionRoute),
  'admin/staff': () => import('./routes/staff-route').then((m) => m.StaffRoute),
  'admin/calendar': () => import('./routes/calendar-route').then((m) => m.CalendarRoute),
  'admin/settings': () => import('./routes/settings-route').then((m) => m.SettingsRoute),
}

// The screens people most often open cold (a bookmark, a reload) and that show most data.
const PREFETCHERS: Partial<Record<ScreenPath, () => Promise<Prefetch>>> = {
  queue: () => import('./routes/queue-route').then((m) => m.prefetchQueue),
}

export const SCREENS: ScreenDefinition[] = SCREEN_ACCESS.map((screen) => ({
  ...screen,
  load: LOADERS[screen.path],
  prefetch: PREFETCHERS[screen.path],
}))
