// Cold page loads as the browser makes them, shared by the benchmark and the size budget in
// `npm test`: both count the JavaScript the server actually sent until the network was quiet,
// not what a build manifest says a page imports (a page can fetch more than its own closure, or
// less).
import { systemChromium } from '../scripts/chromium.mjs'
import { mockChunks } from './chunks.mjs'

export const LAUNCH = {
  executablePath: systemChromium({ prefer: 'full' }),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-precise-memory-info',
  ],
}

// Largest contentful paint as the page saw it, kept for the bench to read.
const LCP_SCRIPT = `new PerformanceObserver((list) => { const e = list.getEntries(); window.__lcp = e[e.length - 1].startTime }).observe({ type: 'largest-contentful-paint', buffered: true })`

/**
 * One cold load: a fresh browser context (empty cache), measured until the network is quiet.
 * The JavaScript sent is split into the app's and the mock backend's (files in `mock`).
 */
export async function coldLoad(browser, server, path, { prepare, ready, mock = new Set() }) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  const page = await context.newPage()
  await page.addInitScript(LCP_SCRIPT)
  if (prepare) {
    await prepare(page, server)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.clearBrowserCache')
  }
  server.takeSent()
  await page.goto(server.url + path, { waitUntil: 'networkidle' })
  await ready(page)
  await page.waitForLoadState('networkidle')
  const lcp = await page.evaluate(() => window.__lcp ?? NaN)
  const sent = server.takeSent()
  await context.close()
  const isMock = (file) => mock.has(file.replace(/^\//, ''))
  return {
    appJs: sent.filter((s) => !isMock(s.file)).reduce((n, s) => n + s.bytes, 0),
    mockJs: sent.filter((s) => isMock(s.file)).reduce((n, s) => n + s.bytes, 0),
    lcp,
  }
}

/** Signs agent01 in through the API in the page, so the next load is of a signed-in screen. */
export async function signInByApi(page, server) {
  await page.goto(server.url + '/')
  await page.getByLabel('用户名').waitFor()
  await page.evaluate(async () => {
    // The sign-in page can draw before the mock backend's worker serves it; until it does, the
    // static server answers with the page itself.
    for (;;) {
      const response = await fetch('/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'agent01', password: 'Demo@2026' }),
      })
      if (response.headers.get('content-type')?.includes('json')) {
        sessionStorage.setItem('console.token', (await response.json()).token)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })
}

export const rowsVisible = (page) =>
  page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 })

/** The console's measured pages: how to load each one cold from a build in `dist`. */
export function consolePages(dist) {
  return {
    'sign-in': [
      '/sign-in',
      { mock: mockChunks(dist, 'sign-in'), ready: (p) => p.getByLabel('密码').waitFor() },
    ],
    queue: [
      '/queue?tab=mine',
      { mock: mockChunks(dist, 'queue'), prepare: signInByApi, ready: rowsVisible },
    ],
  }
}
