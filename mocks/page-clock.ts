import { installMovableDate } from '../src/test/test-now'
import { MOCK_CLOCK_HEADER } from './worker-file'

// The mock backend's "now" is the now of the page that asked. A page's clock is the machine's, or
// the one a test set (Playwright's fake clock reaches pages, never a service worker): each page
// sends its own with every API request (mocks/browser.ts), and the worker's clock follows it, so
// the seed, the deadlines and every timestamp the backend writes agree with what the page shows.
// Imported first by service-worker.ts, before any module that reads the date as it loads.
const clock = installMovableDate()

export function followPageClock(request: Request): void {
  const ms = Number(request.headers.get(MOCK_CLOCK_HEADER))
  if (Number.isFinite(ms) && ms > 0) clock.moveTo(ms)
}
