// `npm run bench`: the console against the floor of its own stack, measured the same way.
// Figures, not pass/fail: it prints a table and writes bench/results.json.
import { chromium } from '@playwright/test'
import { execSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mockChunks } from './chunks.mjs'
import { measureScale } from './scale.mjs'
import { serveStatic } from './serve.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const root = resolve(import.meta.dirname, '..')
const sh = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' })

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
)
const LAUNCH = {
  executablePath,
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

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN
}

/** One cold load: a fresh browser context (empty cache), measured until the network is quiet. */
async function coldLoad(browser, server, path, { prepare, ready, mock = new Set() }) {
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

/**
 * The console's page and the floor's, loaded in turn rather than one after the other, so that
 * whatever else the machine is doing meanwhile weighs on both alike.
 */
async function sideBySide(consolePage, floorPage) {
  const runs = { console: [], floor: [] }
  for (let i = 0; i < RUNS; i++) {
    runs.console.push(await coldLoad(browser, ...consolePage))
    runs.floor.push(await coldLoad(browser, ...floorPage))
  }
  const summary = (rs) => ({
    appJs: median(rs.map((r) => r.appJs)),
    mockJs: median(rs.map((r) => r.mockJs)),
    lcp: median(rs.map((r) => r.lcp)),
  })
  return { console: summary(runs.console), floor: summary(runs.floor) }
}

async function signInByApi(page, server) {
  await page.goto(server.url + '/')
  await page.getByLabel('用户名').waitFor()
  await page.evaluate(async () => {
    // The sign-in page can draw before the in-page backend has taken over the network; until it
    // has, the static server answers with the page itself.
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

const rowsVisible = (page) =>
  page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 })

console.log('Building the console and the floor…')
sh('npx vite build --logLevel warn')
sh('npx vite build --config bench/floor/vite.config.ts --logLevel warn')

const dist = resolve(root, 'dist')
const consoleServer = await serveStatic(dist, 4401)
const floorServer = await serveStatic(resolve(root, 'bench/floor/dist'), 4402)
const browser = await chromium.launch(LAUNCH)

console.log(`Cold loads, median of ${RUNS}…`)
const signIn = await sideBySide(
  [
    consoleServer,
    '/sign-in',
    { mock: mockChunks(dist, 'sign-in'), ready: (p) => p.getByLabel('密码').waitFor() },
  ],
  [floorServer, '/', { ready: (p) => p.getByLabel('Password').waitFor() }],
)
const queue = await sideBySide(
  [
    consoleServer,
    '/queue?tab=mine',
    { mock: mockChunks(dist, 'queue'), prepare: signInByApi, ready: rowsVisible },
  ],
  [floorServer, '/table', { ready: rowsVisible }],
)

console.log('With 100,000 seeded requests…')
const scale = await measureScale(browser, consoleServer, root)

await browser.close()
await consoleServer.close()
await floorServer.close()

const kb = (b) => (b / 1024).toFixed(1)
const ratio = (a, b) => (a / b).toFixed(2)
const results = {
  at: new Date().toISOString(),
  runs: RUNS,
  signIn: { ...signIn, jsRatio: signIn.console.appJs / signIn.floor.appJs },
  queue: {
    ...queue,
    jsRatio: queue.console.appJs / queue.floor.appJs,
    lcpRatio: queue.console.lcp / queue.floor.lcp,
  },
  scale,
}
writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)

console.log(`
| measure                                   | console        | floor      | ratio |
|-------------------------------------------|----------------|------------|-------|
| sign-in: gzipped JS (app)                 | ${kb(signIn.console.appJs)} kB | ${kb(signIn.floor.appJs)} kB | ${ratio(signIn.console.appJs, signIn.floor.appJs)} |
| sign-in: gzipped JS (mock backend)        | ${kb(signIn.console.mockJs)} kB | —          |       |
| queue page: gzipped JS (app)              | ${kb(queue.console.appJs)} kB | ${kb(queue.floor.appJs)} kB | ${ratio(queue.console.appJs, queue.floor.appJs)} |
| queue page: gzipped JS (mock backend)     | ${kb(queue.console.mockJs)} kB | —          |       |
| queue page: largest contentful paint      | ${queue.console.lcp.toFixed(0)} ms | ${queue.floor.lcp.toFixed(0)} ms | ${ratio(queue.console.lcp, queue.floor.lcp)} |
| 100k: list handler, filtered sorted page  | ${scale.handlerMedianMs.toFixed(1)} ms (median of ${scale.handlerRuns}) |  |  |
| 100k: filter change to rows on screen     | ${scale.filterToRowsMs.toFixed(0)} ms (median of ${scale.filterRuns}) |  |  |
${Object.entries(scale.homeScreens)
  .map(([role, ms]) => `| 100k: ${role} home screen usable | ${ms.toFixed(0)} ms |  |  |`)
  .join('\n')}
| 100k: JS heap after page 1 / page 50      | ${kb(scale.heapAfterFirstPage / 1024)} MB / ${kb(scale.heapAfter50Pages / 1024)} MB |  |  |
`)
console.log('Written to bench/results.json')
