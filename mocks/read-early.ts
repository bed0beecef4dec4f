import { startWorker } from './browser-worker'
import { readEarly } from './db/browser-storage'

// Run by a script element of its own (vite.config.ts: mockEarlyRead), so that the stored database
// is asked for, and the service worker asked to mock, as soon as this small file arrives, while
// the console's own code is still loading and starting: every signed-in screen's first request
// waits for both. The sign-in page needs no backend until its form is sent, and starts nothing here.
if (window.location.pathname !== '/sign-in') {
  void readEarly()
  void startWorker()
}
