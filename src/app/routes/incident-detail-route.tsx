import { useParams } from 'react-router'
import { IncidentDetailPage } from '../../features/incidents/components/incident-detail-page'

export function IncidentDetailRoute() {
  const { incidentId = '' } = useParams()
  return <IncidentDetailPage key={incidentId} id={incidentId} />
}
