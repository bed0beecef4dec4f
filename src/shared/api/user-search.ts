import { queryOptions } from '@tanstack/react-query'
import { userEndpoints } from './endpoints/users'
import { callEndpoint } from './http-client'

/** Users by id, name or the last 4 phone digits: the first ten, an id matched however it is typed. */
export function searchUsers(raw: string, signal?: AbortSignal) {
  const q = raw.trim()
  return callEndpoint(userEndpoints.list, {
    query: { q: /^u\d{6}$/i.test(q) ? q.toUpperCase() : q, pageSize: 10 },
    signal,
  })
}

export const userSearchQuery = (q: string) =>
  queryOptions({
    queryKey: ['users', 'search', q] as const,
    queryFn: ({ signal }) => searchUsers(q, signal),
    enabled: q.length >= 1,
  })
