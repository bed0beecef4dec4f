import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { apiRequest, type QueryValue } from '../../../shared/api/http-client'
import {
  retentionListSchema,
  retentionPurgeResultSchema,
  type RetentionPurgeInput,
} from '../../../shared/api/retention-schemas'

export type RetentionParams = Record<string, QueryValue>

export const retentionQueries = {
  all: () => ['retention'] as const,
  list: (params: RetentionParams) =>
    queryOptions({
      queryKey: [...retentionQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) =>
        apiRequest(retentionListSchema, '/retention', { query: params, signal }),
      placeholderData: keepPreviousData,
    }),
}

/** Purges what was due by `input.through`; one key per confirmation, so a retry acts once. */
export function purgeDue(input: RetentionPurgeInput, idempotencyKey: string) {
  return apiRequest(retentionPurgeResultSchema, '/retention/purges', {
    method: 'POST',
    body: input,
    idempotencyKey,
  })
}
