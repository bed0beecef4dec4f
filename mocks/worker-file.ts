/**
 * The mock backend's service worker (mocks/service-worker.ts, built to this file at the site's
 * root) and the ones earlier builds registered, which a console with a real backend removes.
 */
export const MOCK_WORKER = 'mock-api-worker.js'
export const MOCK_WORKERS = [MOCK_WORKER, 'mockServiceWorker.js']

/** The page's own "now", which the worker's clock follows (page-clock.ts). */
export const MOCK_CLOCK_HEADER = 'X-Mock-Clock'

/** Asks the worker to start its backend at a scale (`?mockScale=`); answered with a `StartReply`. */
export interface StartMessage {
  type: 'start'
  scale: number | null
  /** The person agreed to replace a stored database seeded at another scale. */
  confirmed: boolean
}

export interface StartReply {
  /** A stored database at another scale was kept, as nobody had agreed to replace it. */
  unconfirmed: boolean
}
