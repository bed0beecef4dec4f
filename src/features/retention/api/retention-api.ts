import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { callEndpoint, type QueryValue } from '../../../shared/api/http-client'
import { type RetentionPurgeInput } from '../../../shared/api/retention-schemas'
import { retentionEndpoints } from '../../../shared/api/endpoints/retention'

export type RetentionParams = Record<string, QueryValue>

export const retentionQueries = {
  all: () => ['retention'] as const,
  list: (params: RetentionParams) =>
    queryOptions({
      queryKey: [...retentionQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) => callEndpoint(retentionEndpoints.list, { query: params, signal }),
      placeholderData: keepPreviousData,
    }),
}

/** Purges what was due by `input.through`; one key per confirmation, so a retry acts once. */
export function purgeDue(input: RetentionPurgeInput, idempotencyKey: string) {
  return callEndpoint(retentionEndpoints.purge, { body: input, idempotencyKey })
}
