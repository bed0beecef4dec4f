import type { Role } from '../shared/api/enums'
import type { Namespaces } from '../shared/i18n/i18n'

/**
 * Every screen of the console once: its path, who may open it and where it sits in the menu
 * (an i18n key under common:menu; screens without one are reached by links only). Plain data, so
 * the router, the menu and the accessibility sweep all read the same list.
 */
export interface ScreenAccess {
  path: string
  roles: readonly Role[]
  menu?: keyof Namespaces['common']['menu']
}

const ALL: readonly Role[] = ['agent', 'lead', 'compliance', 'admin']

export const SCREEN_ACCESS = [
  { path: 'workbench', roles: ALL, menu: 'workbench' },
  { path: 'queue', roles: ALL, menu: 'queue' },
  { path: 'requests/new', roles: ['agent', 'lead'] },
  { path: 'requests/:id', roles: ALL },
  { path: 'users/:userId', roles: ALL },
  { path: 'disclosures', roles: ['compliance'], menu: 'disclosures' },
  { path: 'cancellations', roles: ['lead'], menu: 'cancellations' },
  { path: 'incidents', roles: ['compliance', 'admin'], menu: 'incidents' },
  { path: 'incidents/:incidentId', roles: ['compliance', 'admin'] },
  { path: 'reports', roles: ['lead', 'compliance', 'admin'], menu: 'reports' },
  { path: 'audit', roles: ['compliance', 'admin'], menu: 'audit' },
  // Compliance purges what is due; an admin reads it, as they read everything.
  { path: 'retention', roles: ['compliance', 'admin'], menu: 'retention' },
  { path: 'admin/staff', roles: ['admin'], menu: 'staff' },
  { path: 'admin/calendar', roles: ['admin'], menu: 'calendar' },
  { path: 'admin/settings', roles: ['admin'], menu: 'settings' },
] as const satisfies readonly ScreenAccess[]

export type ScreenPath = (typeof SCREEN_ACCESS)[number]['path']

/** Where each role starts after signing in: agents go straight to their work. */
export function homePath(role: Role): string {
  return role === 'agent' ? '/queue?tab=mine' : '/workbench'
}
