import { installMovableDate } from '../src/test/test-now'
import { MOCK_CLOCK_HEADER } from './worker-file'

// The mock backend's "now" is the now of the pages it serves. A page's clock is the machine's, or
// the one a test set (Playwright's fake clock reaches pages, never a service worker): each page
// sends its own with every API request (mocks/browser.ts), and the worker's clock follows it, so
// the seed, the deadlines and every timestamp the backend writes agree with what the page shows.
// Imported first by service-worker.ts, before any module that reads the date as it loads.
const clock = installMovableDate()

/**
 * How far behind the worker's clock a page's may be and still be the same clock. Requests overlap:
 * one sent a moment after another can arrive while the first is being answered, with a clock read
 * a few milliseconds before the worker's now. Taken as it is, the worker's time would run back,
 * and the audit log's events be written out of order.
 */
const SAME_CLOCK_MS = 5_000

export function followPageClock(request: Request): void {
  const ms = Number(request.headers.get(MOCK_CLOCK_HEADER))
  if (!Number.isFinite(ms) || ms <= 0) return
  const behind = Date.now() - ms
  if (behind < 0 || behind > SAME_CLOCK_MS) clock.moveTo(ms)
}
