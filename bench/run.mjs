// `npm run bench`: the console against the floor of its own stack, measured the same way.
// Figures, not pass/fail: it prints a table and writes bench/results.json.
import { chromium } from '@playwright/test'
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { coldLoad, consolePages, LAUNCH, rowsVisible } from './page-loads.mjs'
import { measureScale } from './scale.mjs'
import { measureServer } from './server-scale.mjs'
import { serveStatic } from './serve.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
// BENCH_ONLY=sign-in (or queue, scale, server; comma separated) measures only those rows.
const ONLY = new Set((process.env.BENCH_ONLY ?? 'sign-in,queue,scale,server').split(','))
const root = resolve(import.meta.dirname, '..')
const sh = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' })

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN
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

console.log('Building the console and the floor…')
sh('npx vite build --logLevel warn')
sh('npx vite build --config bench/floor/vite.config.ts --logLevel warn')

const dist = resolve(root, 'dist')
const consoleServer = await serveStatic(dist, 0)
const floorServer = await serveStatic(resolve(root, 'bench/floor/dist'), 0)
const browser = await chromium.launch(LAUNCH)

console.log(`Cold loads, median of ${RUNS}…`)
const pages = consolePages(dist)
const skipped = { console: {}, floor: {} }
const signIn = ONLY.has('sign-in')
  ? await sideBySide(
      [consoleServer, ...pages['sign-in']],
      [floorServer, '/', { ready: (p) => p.getByLabel('Password').waitFor() }],
    )
  : skipped
const queue = ONLY.has('queue')
  ? await sideBySide(
      [consoleServer, ...pages.queue],
      [floorServer, '/table', { ready: rowsVisible }],
    )
  : skipped

let scale = null
if (ONLY.has('scale')) {
  console.log('With 100,000 seeded requests…')
  scale = await measureScale(browser, consoleServer, root)
}
const server = ONLY.has('server') ? await measureServer(browser, root) : null

await browser.close()
await consoleServer.close()
await floorServer.close()

const kb = (b) => (b / 1024).toFixed(1)
const ratio = (a, b) => (a / b).toFixed(2)
const pageResult = (r) =>
  r.console.appJs === undefined
    ? null
    : { ...r, jsRatio: r.console.appJs / r.floor.appJs, lcpRatio: r.console.lcp / r.floor.lcp }
const results = {
  at: new Date().toISOString(),
  runs: RUNS,
  signIn: pageResult(signIn),
  queue: pageResult(queue),
  scale,
  server,
}
writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)

const pageRows = (name, r) =>
  r.console.appJs === undefined
    ? []
    : [
        `| ${name}: gzipped JS (app) | ${kb(r.console.appJs)} kB | ${kb(r.floor.appJs)} kB | ${ratio(r.console.appJs, r.floor.appJs)} |`,
        `| ${name}: gzipped JS (mock backend) | ${kb(r.console.mockJs)} kB | — | |`,
        `| ${name}: largest contentful paint | ${r.console.lcp.toFixed(0)} ms | ${r.floor.lcp.toFixed(0)} ms | ${ratio(r.console.lcp, r.floor.lcp)} |`,
      ]
const scaleRows = !scale
  ? []
  : [
      `| 100k: list handler, filtered sorted page | ${scale.handlerMedianMs.toFixed(1)} ms (median of ${scale.handlerRuns}) | | |`,
      `| 100k: filter change to rows on screen | ${scale.filterToRowsMs.toFixed(0)} ms (median of ${scale.filterRuns}) | | |`,
      ...Object.entries(scale.homeScreens).map(
        ([role, ms]) => `| 100k: ${role} home screen usable | ${ms.toFixed(0)} ms | | |`,
      ),
      `| 100k: JS heap after page 1 / page 50 | ${kb(scale.heapAfterFirstPage / 1024)} MB / ${kb(scale.heapAfter50Pages / 1024)} MB | | |`,
    ]
const k = (n) => `${Math.round(n / 1000)}k`
const serverRows = !server
  ? []
  : [
      `| ${k(server.scale)} on serve:api: seeding | ${(server.seedMs / 1000).toFixed(0)} s, ${server.serverRssMb.toFixed(0)} MB resident | | |`,
      `| ${k(server.scale)} on serve:api: list handler over HTTP | ${server.handlerMedianMs.toFixed(1)} ms (median of ${server.handlerRuns}) | | |`,
      `| ${k(server.scale)} on serve:api: filter change to rows on screen | ${server.filterToRowsMs.toFixed(0)} ms (median of ${server.filterRuns}) | | |`,
      ...Object.entries(server.homeScreens).map(
        ([role, ms]) =>
          `| ${k(server.scale)} on serve:api: ${role} home screen usable | ${ms.toFixed(0)} ms | | |`,
      ),
      `| ${k(server.scale)} on serve:api: JS heap after page 1 / page 50 | ${kb(server.heapAfterFirstPage / 1024)} MB / ${kb(server.heapAfter50Pages / 1024)} MB | | |`,
    ]
console.log(
  [
    '',
    '| measure | console | floor | ratio |',
    '|---|---|---|---|',
    ...pageRows('sign-in', signIn),
    ...pageRows('queue page', queue),
    ...scaleRows,
    ...serverRows,
    '',
  ].join('\n'),
)
console.log('Written to bench/results.json')
