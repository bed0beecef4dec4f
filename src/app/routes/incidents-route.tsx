export { IncidentsPage as IncidentsRoute } from '../../features/incidents/components/incidents-page'
