import { queryOptions } from '@tanstack/react-query'
import { callEndpoint } from '../../../shared/api/http-client'
import { adminEndpoints } from '../../../shared/api/endpoints/admin'
import { dashboardEndpoints } from '../../../shared/api/endpoints/dashboards'

// Each home screen asks the server for its aggregates in one request; the figures are a
// snapshot, refreshed when the screen is opened again or on demand.
export const dashboardQueries = {
  all: () => ['dashboard'] as const,
  agent: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'agent'] as const,
      queryFn: ({ signal }) => callEndpoint(dashboardEndpoints.agent, { signal }),
    }),
  lead: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'lead'] as const,
      queryFn: ({ signal }) => callEndpoint(dashboardEndpoints.lead, { signal }),
    }),
  compliance: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'compliance'] as const,
      queryFn: ({ signal }) => callEndpoint(dashboardEndpoints.compliance, { signal }),
    }),
  admin: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'admin'] as const,
      queryFn: ({ signal }) => callEndpoint(dashboardEndpoints.admin, { signal }),
    }),
  network: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'network'] as const,
      queryFn: ({ signal }) => callEndpoint(adminEndpoints.networkConditions, { signal }),
    }),
}
