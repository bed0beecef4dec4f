import { readEarly } from './db/browser-storage'

// Run by a script element of its own (vite.config.ts: mockEarlyRead), so that the stored database
// is asked for as soon as this small file arrives, while the console's own code is still loading
// and starting: every signed-in screen's first request waits for this read. The sign-in page needs
// no backend until its form is sent, and reads nothing here.
if (window.location.pathname !== '/sign-in') void readEarly()
