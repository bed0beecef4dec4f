import type { IncidentDetail } from '../../../shared/api/incident-schemas'

/** What the incident page gives each of its tabs: the incident, and whether it is closed. */
export interface IncidentPanelProps {
  incident: IncidentDetail
  /** A closed incident is shown, not changed. */
  readOnly: boolean
}
