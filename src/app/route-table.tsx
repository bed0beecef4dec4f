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
]

/** Where each role starts after signing in: agents go straight to their work. */
export function homePath(role: Role): string {
  return role === 'agent' ? '/queue?tab=mine' : '/workbench'
}
