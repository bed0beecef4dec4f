// Fails the build check when the queue page's first-load JavaScript grows past its budget,
// so weight never creeps in unnoticed. The budget is 1.15x the figure recorded in
// bench/size-budget.json; record a new figure there only on purpose.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join, resolve } from 'node:path'
import { firstLoadFiles, PAGES } from '../bench/chunks.mjs'

const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'dist')
const budget = JSON.parse(readFileSync(join(root, 'bench/size-budget.json'), 'utf8'))

function gzipped(files) {
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0)
}

let failed = false
for (const page of Object.keys(PAGES)) {
  const bytes = gzipped(firstLoadFiles(dist, page))
  const recorded = budget[page]
  const limit = Math.round(recorded * budget.allowedGrowth)
  const ok = bytes <= limit
  failed ||= !ok
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${page}: ${(bytes / 1024).toFixed(1)} kB gzipped first-load JS (recorded ${(recorded / 1024).toFixed(1)} kB, limit ${(limit / 1024).toFixed(1)} kB)`,
  )
}
process.exit(failed ? 1 : 0)
