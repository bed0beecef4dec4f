import type { QueryClient } from '@tanstack/react-query'
import { calendarQueries } from '../shared/api/calendar'
import { createQueryClient } from '../shared/api/query-client'
import { requestQueries, staffQueries } from '../shared/api/requests'
import { sessionStore } from '../shared/api/session-store'
import { signInAs } from '../test/render'
import { listParams, readQueueView } from '../features/review-queue/model/queue-params'
import { createAppRouter } from './router'

/** Opens the console at `url` and reports what was cached at the moment it could first draw. */
async function openCold(url: string) {
  window.history.replaceState(null, '', url)
  const queryClient = createQueryClient()
  const router = createAppRouter(queryClient)
  const cachedAtFirstDraw = await new Promise<QueryClient>((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      // A copy of the cache as it stood then: anything arriving later must not count.
      const snapshot = createQueryClient()
      for (const query of queryClient.getQueryCache().getAll())
        if (query.state.data !== undefined) snapshot.setQueryData(query.queryKey, query.state.data)
      resolve(snapshot)
    })
  })
  router.dispose()
  return cachedAtFirstDraw
}

describe('the first load of a signed-in screen', () => {
  afterEach(() => sessionStore.clear())

  it('waits for the queue page and the calendar it shows, so the console draws once with its data', async () => {
    await signInAs('agent01')
    const queryClient = await openCold('/queue?tab=unassigned')
    const list = queryClient.getQueryData(
      requestQueries.list(listParams(readQueueView(new URLSearchParams('tab=unassigned'), 'agent')))
        .queryKey,
    )
    expect(list?.items.length).toBeGreaterThan(0)
    expect(list?.items.every((r) => r.assigneeId === null)).toBe(true)
    expect(queryClient.getQueryData(requestQueries.counts().queryKey)).toBeDefined()
    expect(queryClient.getQueryData(staffQueries.list().queryKey)?.items.length).toBeGreaterThan(0)
    expect(queryClient.getQueryData(calendarQueries.status().queryKey)?.length).toBeGreaterThan(0)
  })

  it('asks for nothing without a session', async () => {
    const queryClient = await openCold('/queue?tab=unassigned')
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  })
})
