import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { z } from '../../../shared/api/zod'
import { apiRequest, apiText, type QueryValue } from '../../../shared/api/http-client'
import {
  chainCheckpointSchema,
  chainVerificationSchema,
  pageSchema,
} from '../../../shared/api/schemas'
import type { ChainSource } from '../../../shared/ui/use-chain-verification'
import { auditEndpoints } from '../../../shared/api/endpoints/audit'
import { callEndpoint } from '../../../shared/api/http-client'

export type AuditParams = Record<string, QueryValue>

// An event is hashed exactly as the server sent it, so verification reads the raw JSON and
// never the schema-parsed copy.
const rawLinkSchema = z.looseObject({ seq: z.number(), prevHash: z.string(), hash: z.string() })
const rawChainPageSchema = z.object({
  items: z.array(rawLinkSchema),
  total: z.int().check(z.nonnegative()),
})

export const auditQueries = {
  all: () => ['audit-events'] as const,
  list: (params: AuditParams) =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) => callEndpoint(auditEndpoints.list, { query: params, signal }),
      placeholderData: keepPreviousData,
    }),
  checkpoints: () => [...auditQueries.all(), 'checkpoints'] as const,
}

export const auditChainSource: ChainSource = {
  fetchPage: (page, pageSize, signal) =>
    apiRequest(rawChainPageSchema, '/audit-events', {
      query: { sort: 'seq:asc', page, pageSize },
      signal,
    }),
  fetchCheckpoints: async (signal) =>
    (await apiRequest(pageSchema(chainCheckpointSchema), '/audit-events/checkpoints', { signal }))
      .items,
  fetchServerVerdict: (signal) =>
    apiRequest(chainVerificationSchema, '/audit-events/verify', { signal }),
}

export function signAuditCheckpoint(
  head: { headHash: string; count: number },
  idempotencyKey: string,
) {
  return apiRequest(chainCheckpointSchema, '/audit-events/checkpoints', {
    method: 'POST',
    body: head,
    idempotencyKey,
  })
}

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
