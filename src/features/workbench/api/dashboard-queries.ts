import { endpointQuery } from '../../../shared/api/endpoint-query'
import { adminEndpoints } from '../../../shared/api/endpoints/admin'
import { dashboardEndpoints } from '../../../shared/api/endpoints/dashboards'

const key = (home: string) => [...dashboardQueries.all(), home] as const

// Each home screen asks the server for its aggregates in one request; the figures are a
// snapshot, refreshed when the screen is opened again or on demand.
export const dashboardQueries = {
  all: () => ['dashboard'] as const,
  agent: () => endpointQuery(key('agent'), dashboardEndpoints.agent),
  lead: () => endpointQuery(key('lead'), dashboardEndpoints.lead),
  compliance: () => endpointQuery(key('compliance'), dashboardEndpoints.compliance),
  admin: () => endpointQuery(key('admin'), dashboardEndpoints.admin),
  network: () => endpointQuery(key('network'), adminEndpoints.networkConditions),
}
