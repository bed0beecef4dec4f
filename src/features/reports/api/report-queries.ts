import { queryOptions } from '@tanstack/react-query'
import { callEndpoint } from '../../../shared/api/http-client'
import { saveCsvExport } from '../../../shared/api/csv-download'
import { reportEndpoints } from '../../../shared/api/endpoints/reports'

export const reportQueries = {
  monthly: (month: string) =>
    queryOptions({
      queryKey: ['reports', 'monthly', month] as const,
      queryFn: ({ signal }) => callEndpoint(reportEndpoints.monthly, { query: { month }, signal }),
    }),
}

/** The month's CSV (the server records the export in the audit log), saved through the browser. */
export function downloadMonthlyCsv(month: string): Promise<void> {
  return saveCsvExport('/reports/monthly.csv', { month }, `compliance-report-${month}.csv`)
}
