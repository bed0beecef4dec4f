// Fails the build check when the queue page's first-load JavaScript grows past its budget,
// so weight never creeps in unnoticed. The budget is 1.15x the figure recorded in
// bench/size-budget.json; record a new figure there only on purpose.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join, resolve } from 'node:path'
import { firstLoadFiles, mockChunks, SHELL_MODULES } from '../bench/chunks.mjs'

const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'dist')
const budget = JSON.parse(readFileSync(join(root, 'bench/size-budget.json'), 'utf8'))
const mock = mockChunks(dist)

function gzipped(files) {
  return files.filter((f) => !mock.has(f)).reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0)
}

const pages = {
  'sign-in': firstLoadFiles(dist, ['src/app/routes/sign-in-route.tsx']),
  // The router loads the shell, its guards, error boundary and antd provider with the first screen.
  queue: firstLoadFiles(dist, [...SHELL_MODULES, 'src/app/routes/queue-route.tsx']),
}
let failed = false
for (const [page, files] of Object.entries(pages)) {
  const bytes = gzipped(files)
  const recorded = budget[page]
  const limit = Math.round(recorded * budget.allowedGrowth)
  const ok = bytes <= limit
  failed ||= !ok
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${page}: ${(bytes / 1024).toFixed(1)} kB gzipped first-load JS (recorded ${(recorded / 1024).toFixed(1)} kB, limit ${(limit / 1024).toFixed(1)} kB)`)
}
process.exit(failed ? 1 : 0)
