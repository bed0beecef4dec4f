import type { SetupWorker } from 'msw/browser'
import { MOCK_WORKER } from './worker-file'

let started: Promise<SetupWorker> | undefined

/**
 * MSW's worker for this page, started once and without handlers: the backend adds them when its
 * code has run (`startMockBackend`). The early script (read-early.ts) starts it as the page
 * loads, so that the page and the service worker have agreed to mock (two messages each way,
 * each waiting for the page's busy thread) before the backend is ready, not after; the requests
 * the console sends meanwhile are held until then (`holdRequestsUntil`).
 */
export function startWorker(): Promise<SetupWorker> {
  started ??= import('msw/browser').then(async ({ setupWorker }) => {
    const worker = setupWorker()
    await worker.start({
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).pathname.startsWith('/api/')) print.error()
      },
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}${MOCK_WORKER}` },
    })
    return worker
  })
  return started
}
