import type { QueryClient } from '@tanstack/react-query'
import { requestQueries, staffQueries } from '../../../shared/api/requests'
import type { SessionStaff } from '../../../shared/api/schemas'
import { listParams, readQueueView } from './queue-params'

/** The page of the queue the URL shows, the tab counts and the staff names of its rows: what the queue draws first. */
export function prefetchQueue(
  queryClient: QueryClient,
  search: URLSearchParams,
  staff: SessionStaff,
): Promise<unknown> {
  return Promise.all([
    queryClient.prefetchQuery(requestQueries.list(listParams(readQueueView(search, staff.role)))),
    queryClient.prefetchQuery(requestQueries.counts()),
    queryClient.prefetchQuery(staffQueries.list()),
  ])
}
