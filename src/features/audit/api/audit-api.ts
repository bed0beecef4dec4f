import { keepPreviousData } from '@tanstack/react-query'
import { apiText, type QueryValue } from '../../../shared/api/http-client'
import { chainSource, signChainCheckpoint } from '../../../shared/ui/chain-source'
import { auditEndpoints } from '../../../shared/api/endpoints/audit'
import { endpointQuery } from '../../../shared/api/endpoint-query'

export type AuditParams = Record<string, QueryValue>

export const auditQueries = {
  all: () => ['audit-events'] as const,
  list: (params: AuditParams) => ({
    ...endpointQuery([...auditQueries.all(), 'list', params], auditEndpoints.list, {
      query: params,
    }),
    placeholderData: keepPreviousData,
  }),
  checkpoints: () => [...auditQueries.all(), 'checkpoints'] as const,
}

export const auditChainSource = chainSource('/audit-events')
export const signAuditCheckpoint = signChainCheckpoint('/audit-events')

/** The CSV of the current filter, saved through the browser's download. */
export async function downloadAuditCsv(filters: AuditParams): Promise<void> {
  const csv = await apiText('/audit-events/export.csv', { query: filters })
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = `audit-events-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}.csv`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
