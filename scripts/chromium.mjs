// Where the system's Chromium is, for the end-to-end tests and for the bench. Playwright cannot
// download its own browser on every machine, so the system one is used when there is one.
import { existsSync } from 'node:fs'

// Debian's chromium-headless-shell draws pages without the full browser's window machinery: the
// end-to-end suite ran about a fifth faster in it on a 2-core machine. The bench prefers the full
// browser, whose first paint is the one staff see.
const SHELL = ['/usr/bin/chromium-headless-shell']
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/**
 * The Chromium to launch: CHROMIUM_PATH when set, else the system's headless shell or full
 * browser in the order asked for, else undefined (Playwright's own browser, if installed).
 */
export function systemChromium({ prefer }) {
  const order = prefer === 'headless-shell' ? [...SHELL, ...FULL] : [...FULL, ...SHELL]
  return [process.env.CHROMIUM_PATH, ...order].find((path) => path && existsSync(path))
}
