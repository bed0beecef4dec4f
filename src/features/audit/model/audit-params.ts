import { defineList, raw, type StateOf } from '../../../shared/list-view/list-spec'
import type { AuditParams } from '../api/audit-api'

export const AUDIT_TABS = ['events', 'integrity'] as const
export type AuditTab = (typeof AUDIT_TABS)[number]

/** The log in the URL: a filtered view can be shared with a colleague. */
export const AUDIT_LIST = defineList({
  tabs: { values: AUDIT_TABS, default: 'events' },
  // Taken as typed: an action is searched by its prefix, which may end in a dot.
  filters: {
    actorId: raw(),
    action: raw(),
    target: raw(),
    outcome: raw(),
    from: raw(),
    to: raw(),
  },
  sort: { columns: { seq: 'seq', at: 'at' }, default: 'seq:desc' },
})
export type AuditView = StateOf<typeof AUDIT_LIST>
export type FilterKey = keyof AuditView['filters']

/** What the export sends: the filters on screen, not the page. */
export const filterParams = (view: AuditView): AuditParams => ({ ...view.filters })
