import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import { isApiError } from './api-error'
import type { BodyInput, Endpoint } from './endpoint'
import { requestEndpoints } from './endpoints/requests'
import { staffEndpoints } from './endpoints/staff'
import { endpointQuery } from './endpoint-query'
import { callEndpoint, newIdempotencyKey, type QueryValue } from './http-client'
import { pageSchema, requestDetailSchema, staffSchema, type RequestDetail } from './schemas'
import type { z } from './zod'

// Requests are worked by several features (queue, identity checks, cancellations, rights
// requests), so their queries and the one way to act on a request live here.

export type RequestListParams = Record<string, QueryValue>

export const requestQueries = {
  all: () => ['requests'] as const,
  lists: () => [...requestQueries.all(), 'list'] as const,
  list: (params: RequestListParams) => ({
    ...endpointQuery([...requestQueries.lists(), params], requestEndpoints.list, { query: params }),
    placeholderData: keepPreviousData,
  }),
  counts: () => endpointQuery([...requestQueries.all(), 'counts'], requestEndpoints.counts),
  detail: (id: string) =>
    endpointQuery([...requestQueries.all(), 'detail', id], requestEndpoints.detail, {
      params: { id },
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

/** An action on one request (`/requests/:id/…`) that answers the updated request. */
export type RequestActionEndpoint = Endpoint<
  z.ZodMiniObject | undefined,
  undefined,
  z.ZodMiniType,
  typeof requestDetailSchema
> & { readonly idempotent?: true }

export interface RequestActionVariables<E extends RequestActionEndpoint = RequestActionEndpoint> {
  id: string
  endpoint: E
  body: BodyInput<E>
  /** The version the person was looking at. */
  version: number
}

/** Acts on a request with If-Match and an idempotency key. */
export async function postRequestAction<E extends RequestActionEndpoint>(
  { id, endpoint, body, version }: RequestActionVariables<E>,
  idempotencyKey: string,
) {
  return callEndpoint(endpoint as RequestActionEndpoint, {
    params: { id },
    body,
    idempotencyKey,
    version,
  })
}

/** The one way to act on a request: same key while the same intent is retried; cache updated. */
export function useRequestAction() {
  const queryClient = useQueryClient()
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (variables: RequestActionVariables) => {
      // The endpoint is named by its path: the intent is the same action with the same input.
      const { key, done } = intent({ ...variables, endpoint: variables.endpoint.path })
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
  list: () => ({
    ...endpointQuery(['staff', 'list'], staffEndpoints.list),
    staleTime: 5 * 60_000,
  }),
}
