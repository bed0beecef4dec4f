/// <reference lib="webworker" />
// First: every module below reads the date through the clock the pages send (see page-clock.ts),
// and MSW finds the globals it expects (worker-globals.ts).
import { followPageClock } from './page-clock'
import './worker-globals'
import type { Backend } from './db/backend'
import { configureBackend, getBackend } from './backend-instance'
import { storedValue } from './db/browser-storage'
import { warmFacts } from './handlers/dashboard-facts'
import { handlers } from './handlers'
import { keepNetworkConditionsIn } from './http/network-conditions'
import { answerWith, correlationId, errorResponse } from './http/route'
import type { StartMessage, StartReply } from './worker-file'

// The in-browser mock backend as a server of its own, in the console's service worker: it holds
// the database (stored in IndexedDB, see db/backend.ts) and answers the console's /api/ requests
// for every tab of the browser profile, on a thread of its own, and it stays loaded between page
// loads as long as the browser keeps the worker, as a server process stays up between requests.
// A page load that found it running gets its answers at once, where a backend in the page read and
// indexed the whole stored database on the page's own thread first (about 100 ms of the thread a
// cold load of the queue draws on, and its code, a quarter of what the page loaded).

declare const self: ServiceWorkerGlobalScope

self.addEventListener('install', (event) => {
  // Where the browser can route requests itself, every request but the API's goes straight to the
  // network without waking this worker.
  // (InstallEvent.addRoutes and URLPattern are newer than TypeScript's library.)
  const install = event as ExtendableEvent & { addRoutes?: (rules: unknown) => Promise<void> }
  const Pattern = (self as unknown as { URLPattern?: new (init: object) => unknown }).URLPattern
  if (install.addRoutes && Pattern)
    void install.addRoutes({
      condition: { not: { urlPattern: new Pattern({ pathname: '/api/*' }) } },
      source: 'network',
    })
  // A new build's worker takes over at once: the pages it serves were built with it.
  void self.skipWaiting()
})

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

interface Started {
  scale: number | null
  backend: Promise<Backend>
  /** Whether a stored database at another scale was kept, as nobody had agreed to replace it. */
  unconfirmed: Promise<boolean>
}
let started: Started | null = null

/**
 * Starts the backend at `scale` (null: the stored database at whatever scale it has, or the demo's
 * own). A stored database at another scale is replaced only when `confirmed` (or on the
 * development server).
 */
function start(scale: number | null, confirmed: boolean): Started {
  let unconfirmed = false
  configureBackend({
    scale,
    persist: true,
    confirmReseed: () => {
      unconfirmed = !(import.meta.env.DEV || confirmed)
      return !unconfirmed
    },
  })
  const backend = getBackend()
  // Then the home screens' per-request facts are derived in the background.
  void backend.then(warmFacts, () => undefined)
  const kept = backend.then(
    () => unconfirmed,
    () => false,
  )
  return (started = { scale, backend, unconfirmed: kept })
}

self.addEventListener('message', (event) => {
  const message = event.data as StartMessage | 'claim'
  // A page the browser loaded past the worker (a forced reload) asks to be served.
  if (message === 'claim') {
    event.waitUntil(self.clients.claim())
    return
  }
  if (message?.type !== 'start') return
  const port = event.ports[0]
  // Asked again at the scale it runs at, the backend answers as it did; agreed to, it starts anew.
  const { unconfirmed } =
    started && started.scale === message.scale && !message.confirmed
      ? started
      : start(message.scale, message.confirmed)
  event.waitUntil(
    unconfirmed.then((kept) => port?.postMessage({ unconfirmed: kept } satisfies StartReply)),
  )
})

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (url.origin !== self.location.origin || !url.pathname.startsWith('/api/')) return
  followPageClock(event.request)
  event.respondWith(answer(event.request))
})

const networkConditions = keepNetworkConditionsIn(storedValue('network-conditions'))

async function answer(request: Request): Promise<Response> {
  const { backend } = started ?? start(null, false)
  try {
    await Promise.all([backend, networkConditions])
  } catch (error) {
    return errorResponse(
      500,
      'INTERNAL',
      `The mock backend could not start: ${String(error)}`,
      correlationId(),
    )
  }
  return answerWith(handlers, request)
}
