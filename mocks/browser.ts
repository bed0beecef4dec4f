import { setupWorker } from 'msw/browser'
import { configureBackend, getBackend } from './backend-instance'
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
  // Seeding starts now; the first request waits for it, the first paint does not.
  void getBackend()
}
