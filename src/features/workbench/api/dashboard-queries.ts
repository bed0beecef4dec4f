import { queryOptions } from '@tanstack/react-query'
import {
  adminDashboardSchema,
  agentDashboardSchema,
  complianceDashboardSchema,
  leadDashboardSchema,
} from '../../../shared/api/dashboard-schemas'
import { apiRequest } from '../../../shared/api/http-client'
import { networkConditionsSchema } from '../../../shared/api/schemas'

// Each home screen asks the server for its aggregates in one request; the figures are a
// snapshot, refreshed when the screen is opened again or on demand.
export const dashboardQueries = {
  all: () => ['dashboard'] as const,
  agent: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'agent'] as const,
      queryFn: ({ signal }) => apiRequest(agentDashboardSchema, '/dashboard/agent', { signal }),
    }),
  lead: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'lead'] as const,
      queryFn: ({ signal }) => apiRequest(leadDashboardSchema, '/dashboard/lead', { signal }),
    }),
  compliance: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'compliance'] as const,
      queryFn: ({ signal }) =>
        apiRequest(complianceDashboardSchema, '/dashboard/compliance', { signal }),
    }),
  admin: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'admin'] as const,
      queryFn: ({ signal }) => apiRequest(adminDashboardSchema, '/dashboard/admin', { signal }),
    }),
  network: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'network'] as const,
      queryFn: ({ signal }) =>
        apiRequest(networkConditionsSchema, '/admin/network-conditions', { signal }),
    }),
}
