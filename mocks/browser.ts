import { setupWorker } from 'msw/browser'
import { configureBackend } from './backend-instance'
import { handlers } from './handlers'

/** Starts the mock backend in this tab; `?mockScale=100000` seeds that many requests. */
export async function startMockBackend(scale: number | null): Promise<void> {
  configureBackend({ scale, persist: true })
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error()
    },
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  // The database is opened (or seeded) by the first request, so the first paint never waits for it.
}
