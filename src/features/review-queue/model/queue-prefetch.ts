import type { QueryClient } from '@tanstack/react-query'
import { requestQueries, staffQueries } from '../../../shared/api/requests'
import type { SessionStaff } from '../../../shared/api/schemas'
import { listParams, queueViewNamedBy, readQueueView } from './queue-params'

/**
 * The page of the queue the URL shows, the tab counts and the staff names of its rows: what the
 * queue draws first. A URL that names its tab names the whole page; only without one does the
 * page wait for the role, whose default tab it shows.
 */
export function prefetchQueue(
  queryClient: QueryClient,
  search: URLSearchParams,
  staff: Promise<SessionStaff | null>,
): Promise<unknown> {
  const named = queueViewNamedBy(search)
  const view = named
    ? Promise.resolve(named)
    : staff.then((s) => s && readQueueView(search, s.role))
  return Promise.all([
    view.then((v) => v && queryClient.prefetchQuery(requestQueries.list(listParams(v)))),
    queryClient.prefetchQuery(requestQueries.counts()),
    queryClient.prefetchQuery(staffQueries.list()),
  ])
}
