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

// The server rows build a console of their own (against the server): alone, they need neither
// of these builds, which take minutes on a busy machine.
const pageRowsAsked = ONLY.has('sign-in') || ONLY.has('queue')
if (pageRowsAsked || ONLY.has('scale')) {
  console.log('Building the console…')
  sh('npx vite build --logLevel warn')
}
if (pageRowsAsked) {
  console.log('Building the floor…')
  sh('npx vite build --config bench/floor/vite.config.ts --logLevel warn')
}

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
// A figure the run did not get (a step timed out, or an earlier part failed) prints as such.
const num = (x, digits, unit) =>
  typeof x === 'number' ? `${x.toFixed(digits)}${unit}` : 'not taken'
const mb = (bytes) => num(typeof bytes === 'number' ? bytes / 1024 / 1024 : bytes, 1, ' MB')
/** The rows both scales share: what a person feels through the console in the browser. */
const browserRows = (label, r) => [
  `| ${label}: list handler, filtered sorted page | ${num(r.handlerMedianMs, 1, ' ms')} (median of ${r.handlerRuns ?? 0}) | | |`,
  ...(r.endpoints
    ? [
        `| ${label}: counts / home aggregates of agent, lead, compliance, admin (median of 5) | ${Object.values(
          r.endpoints,
        )
          .map((ms) => num(ms, 0, ''))
          .join(' / ')} ms | | |`,
      ]
    : []),
  ...(r.endpointsFirstCallMs
    ? [
        `| ${label}: the same, first call after a start (builds its indexes) | ${Object.values(
          r.endpointsFirstCallMs,
        )
          .map((ms) => num(ms, 0, ''))
          .join(' / ')} ms | | |`,
      ]
    : []),
  `| ${label}: filter change to rows on screen | ${num(r.filterToRowsMs, 0, ' ms')} (median of ${r.filterRuns ?? 0}) | | |`,
  ...Object.entries(r.homeScreens ?? {}).map(
    ([role, ms]) => `| ${label}: ${role} home screen usable | ${num(ms, 0, ' ms')} | | |`,
  ),
  `| ${label}: JS heap after page 1 / 25 / 50 | ${mb(r.heapAfterFirstPage)} / ${mb(r.heapAfter25Pages)} / ${mb(r.heapAfter50Pages)} | | |`,
  ...(r.pagesShown !== undefined && r.pagesShown < 50
    ? [
        `| ${label}: queue pages shown | ${r.pagesShown} of 50, JS heap then ${mb(r.heapAfterLastPage)} | | |`,
      ]
    : []),
  ...(r.timeouts ?? []).map((t) => `| ${label}: timed out | ${t} | | |`),
  ...(r.error ? [`| ${label}: failed | ${r.error} | | |`] : []),
]
const scaleRows = !scale ? [] : browserRows('100k', scale)
const k = (n) => `${Math.round(n / 1000)}k`
const serverRows = !server
  ? []
  : [
      `| ${k(server.scale)} on serve:api: ${server.loaded ? 'loading the kept database' : 'seeding'} to listening | ${num(typeof server.seedMs === 'number' ? server.seedMs / 1000 : undefined, 0, ' s')}, ${num(server.serverRssMb, 0, ' MB')} resident (peak ${num(server.serverPeakRssMb, 0, ' MB')}) | | |`,
      ...browserRows(`${k(server.scale)} on serve:api`, server),
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
