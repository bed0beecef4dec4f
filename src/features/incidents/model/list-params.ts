import { defineList, text, type StateOf } from '../../../shared/list-view/list-spec'

/** The list in the URL: a filtered, sorted page can be shared and survives a reload. */
export const INCIDENT_LIST = defineList({
  filters: { q: text(), severity: text(), status: text() },
  sort: {
    columns: {
      id: 'id',
      severity: 'severity',
      discoveredAt: 'discoveredAt',
      affectedCount: 'affectedCount',
    },
    // No sort means the server's default, newest first.
    default: 'discoveredAt:desc',
  },
})
export type IncidentListView = StateOf<typeof INCIDENT_LIST>
