import {
  adminDashboardSchema,
  agentDashboardSchema,
  complianceDashboardSchema,
  leadDashboardSchema,
} from '../dashboard-schemas'
import { defineEndpoint } from '../endpoint'

export const dashboardEndpoints = {
  agent: defineEndpoint({
    method: 'get',
    path: '/dashboard/agent',
    // Leads work requests too (CONTRACT: all that an agent may).
    roles: ['agent', 'lead'],
    response: agentDashboardSchema,
  }),
  lead: defineEndpoint({
    method: 'get',
    path: '/dashboard/lead',
    roles: ['lead'],
    response: leadDashboardSchema,
  }),
  compliance: defineEndpoint({
    method: 'get',
    path: '/dashboard/compliance',
    roles: ['compliance'],
    response: complianceDashboardSchema,
  }),
  admin: defineEndpoint({
    method: 'get',
    path: '/dashboard/admin',
    roles: ['admin'],
    response: adminDashboardSchema,
  }),
}
