// Fails the check when a measured page's JavaScript grows past its budget, so weight never creeps
// in unnoticed. The figure is what the browser actually downloads (gzipped, from a cold load of
// the production build, until the network is quiet), the app's own JavaScript without the mock
// backend's, as `npm run bench` counts it. The budget is 1.15x the figure recorded in
// bench/size-budget.json; record a new figure there only on purpose.
import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { coldLoad, consolePages, LAUNCH } from '../bench/page-loads.mjs'
import { serveStatic } from '../bench/serve.mjs'

const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'dist')
const budget = JSON.parse(readFileSync(join(root, 'bench/size-budget.json'), 'utf8'))

const server = await serveStatic(dist, 0)
const browser = await chromium.launch(LAUNCH)
let failed = false
try {
  for (const [page, [path, options]] of Object.entries(consolePages(dist))) {
    const { appJs, mockJs } = await coldLoad(browser, server, path, options)
    const recorded = budget[page]
    const limit = Math.round(recorded * budget.allowedGrowth)
    const ok = appJs <= limit
    failed ||= !ok
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${page}: ${(appJs / 1024).toFixed(1)} kB gzipped JS downloaded (recorded ${(recorded / 1024).toFixed(1)} kB, limit ${(limit / 1024).toFixed(1)} kB; mock backend ${(mockJs / 1024).toFixed(1)} kB more)`,
    )
  }
} finally {
  await browser.close()
  await server.close()
}
process.exit(failed ? 1 : 0)
