import { setupWorker } from 'msw/browser'
import { configureBackend, getBackend } from './backend-instance'
import { warmFacts } from './handlers/dashboard-facts'
import { handlers } from './handlers'

/** Starts the mock backend in this tab; `?mockScale=100000` seeds that many requests. */
export async function startMockBackend(scale: number | null): Promise<void> {
  configureBackend({ scale, persist: true })
  // The database opens (or is seeded) while the worker starts, the page draws and the person signs
  // in; the first request waits for it (and reports it if it fails). Then the home screens'
  // per-request facts are derived in the background.
  void getBackend().then(warmFacts, () => undefined)
  const worker = setupWorker(...handlers)
  await worker.start({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error()
    },
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
