import type { QueryClient } from '@tanstack/react-query'
import { calendarQueries } from '../shared/api/calendar'
import { createQueryClient } from '../shared/api/query-client'
import { requestQueries, staffQueries } from '../shared/api/requests'
import { sessionStore } from '../shared/api/session-store'
import { signInAs } from '../test/render'
import { listParams, readQueueView } from '../features/review-queue/model/queue-params'
import { server } from '../../mocks/node'
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

  it('asks for what the URL names beside the session check, not after its answer', async () => {
    await signInAs('agent01')
    const seen: string[] = []
    const started = ({ request }: { request: Request }) => {
      const { pathname } = new URL(request.url)
      seen.push(`asked ${pathname}`)
    }
    const answered = ({ request }: { request: Request }) => {
      const { pathname } = new URL(request.url)
      if (pathname === '/api/session') seen.push('session answered')
    }
    server.events.on('request:start', started)
    server.events.on('response:mocked', answered)
    try {
      await openCold('/queue?tab=unassigned')
    } finally {
      server.events.removeListener('request:start', started)
      server.events.removeListener('response:mocked', answered)
    }
    const answeredAt = seen.indexOf('session answered')
    expect(answeredAt).toBeGreaterThan(-1)
    for (const path of ['/api/requests', '/api/requests/counts', '/api/staff', '/api/calendar'])
      expect(seen.slice(0, answeredAt)).toContain(`asked ${path}`)
  })

  it('waits for the role where the URL leaves the tab to it: an admin opens the whole team’s', async () => {
    await signInAs('admin01')
    const queryClient = await openCold('/queue')
    const all = queryClient.getQueryData(
      requestQueries.list({ finished: 'false', page: 1, pageSize: 20 }).queryKey,
    )
    expect(all?.items.length).toBeGreaterThan(0)
  })

  it('asks for nothing without a session', async () => {
    const queryClient = await openCold('/queue?tab=unassigned')
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  })
})
