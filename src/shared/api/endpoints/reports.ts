import { monthlyReportQuerySchema, monthlyReportSchema } from '../dashboard-schemas'
import { defineEndpoint } from '../endpoint'

const READERS = ['lead', 'compliance', 'admin'] as const

export const reportEndpoints = {
  monthly: defineEndpoint({
    method: 'get',
    path: '/reports/monthly',
    roles: READERS,
    query: monthlyReportQuerySchema,
    response: monthlyReportSchema,
  }),
  monthlyCsv: defineEndpoint({
    method: 'get',
    path: '/reports/monthly.csv',
    roles: READERS,
    query: monthlyReportQuerySchema,
  }),
}
