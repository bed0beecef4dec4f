import { queryOptions } from '@tanstack/react-query'
import { callEndpoint, apiText } from '../../../shared/api/http-client'
import { reportEndpoints } from '../../../shared/api/endpoints/reports'

export const reportQueries = {
  monthly: (month: string) =>
    queryOptions({
      queryKey: ['reports', 'monthly', month] as const,
      queryFn: ({ signal }) => callEndpoint(reportEndpoints.monthly, { query: { month }, signal }),
    }),
}

/** The month's CSV (the server records the export in the audit log), saved through the browser. */
export async function downloadMonthlyCsv(month: string): Promise<void> {
  const csv = await apiText('/reports/monthly.csv', { query: { month } })
  // The server's byte-order mark comes with the text: spreadsheet programs read it as UTF-8.
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = `compliance-report-${month}.csv`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
