/**
 * The mock backend's service worker (mocks/service-worker.ts, built to this file at the site's
 * root) and the ones earlier builds registered, which a console with a real backend removes. The
 * file is named anew when what a page expects of the worker changes: registering another file
 * replaces the worker the browser had, where the same name would leave the old one serving the
 * page until the browser next checked it for a new build (MSW's worker, which passed the API's
 * requests to the network for want of the page's own MSW).
 */
export const MOCK_WORKER = 'mock-backend-worker.js'
export const MOCK_WORKERS = [MOCK_WORKER, 'mock-api-worker.js', 'mockServiceWorker.js']

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
