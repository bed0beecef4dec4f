import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { isApiError } from './api-error'
import { apiRequest, newIdempotencyKey, type QueryValue } from './http-client'
import {
  pageSchema,
  requestCountsSchema,
  requestDetailSchema,
  requestListItemSchema,
  staffSchema,
  type RequestDetail,
} from './schemas'

// Requests are worked by several features (queue, identity checks, cancellations, rights
// requests), so their queries and the one way to act on a request live here.

export type RequestListParams = Record<string, QueryValue>

export const requestQueries = {
  all: () => ['requests'] as const,
  lists: () => [...requestQueries.all(), 'list'] as const,
  list: (params: RequestListParams) =>
    queryOptions({
      queryKey: [...requestQueries.lists(), params] as const,
      queryFn: ({ signal }) =>
        apiRequest(pageSchema(requestListItemSchema), '/requests', { query: params, signal }),
      placeholderData: (previous) => previous,
    }),
  counts: () =>
    queryOptions({
      queryKey: [...requestQueries.all(), 'counts'] as const,
      queryFn: ({ signal }) => apiRequest(requestCountsSchema, '/requests/counts', { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...requestQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) =>
        apiRequest(requestDetailSchema, `/requests/${encodeURIComponent(id)}`, { signal }),
    }),
}

/**
 * One idempotency key per intent: kept while the same intent is retried (double click, retry
 * after a network error), replaced once it succeeded or the input changed.
 */
export function useIntentKey() {
  const current = useRef<{ key: string; fingerprint: string } | null>(null)
  return useCallback((payload: unknown) => {
    const fingerprint = JSON.stringify(payload)
    if (!current.current || current.current.fingerprint !== fingerprint) {
      current.current = { key: newIdempotencyKey(), fingerprint }
    }
    return {
      key: current.current.key,
      done: () => {
        current.current = null
      },
    }
  }, [])
}

export interface RequestActionVariables {
  id: string
  action: string
  body: Record<string, unknown>
  /** The version the person was looking at. */
  version: number
}

/** POST /api/requests/{id}/{action} with If-Match and an idempotency key. */
export async function postRequestAction(
  { id, action, body, version }: RequestActionVariables,
  idempotencyKey: string,
) {
  return apiRequest(requestDetailSchema, `/requests/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
    idempotencyKey,
    ifMatch: version,
  })
}

/** The one way to act on a request: same key while the same intent is retried; cache updated. */
export function useRequestAction() {
  const queryClient = useQueryClient()
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (variables: RequestActionVariables) => {
      const { key, done } = intent(variables)
      const result = await postRequestAction(variables, key)
      done()
      return result
    },
    onSuccess: (request) => {
      queryClient.setQueryData(requestQueries.detail(request.id).queryKey, request)
    },
    onError: (error, variables) => {
      // A stale version carries the current request: show it at once.
      const current = currentFromConflict(error)
      if (current) queryClient.setQueryData(requestQueries.detail(variables.id).queryKey, current)
    },
    meta: { invalidates: [requestQueries.lists(), requestQueries.counts().queryKey] },
  })
}

/** The request as it was in a 412, if the error carries it. */
export function currentFromConflict(error: unknown): RequestDetail | null {
  if (!isApiError(error, 412)) return null
  const parsed = requestDetailSchema.safeParse(error.details?.current)
  return parsed.success ? parsed.data : null
}

export const staffListSchema = pageSchema(staffSchema)

export const staffQueries = {
  list: () =>
    queryOptions({
      queryKey: ['staff', 'list'] as const,
      queryFn: ({ signal }) => apiRequest(staffListSchema, '/staff', { signal }),
      staleTime: 5 * 60_000,
    }),
}
