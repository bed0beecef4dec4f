import { queryOptions, type QueryKey } from '@tanstack/react-query'
import type { AnyEndpoint } from './endpoint'
import { callEndpoint, type CallOptions } from './http-client'

/**
 * A query that reads one endpoint: cached under `queryKey`, and cancelled through the query's
 * signal when nobody waits for it any more. Callers add their own freshness (`staleTime`,
 * `placeholderData`) by spreading the result.
 */
export function endpointQuery<const K extends QueryKey, const E extends AnyEndpoint>(
  queryKey: K,
  endpoint: E,
  call?: Omit<CallOptions<E>, 'signal'>,
) {
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => callEndpoint(endpoint, { ...call, signal } as CallOptions<E>),
  })
}
