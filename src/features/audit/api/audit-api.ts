import { keepPreviousData } from '@tanstack/react-query'
import { type QueryValue } from '../../../shared/api/http-client'
import { exportStamp, saveCsvExport } from '../../../shared/api/csv-download'
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
export function downloadAuditCsv(filters: AuditParams): Promise<void> {
  return saveCsvExport('/audit-events/export.csv', filters, `audit-events-${exportStamp()}.csv`)
}
