import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const MOCK_ENTRY = 'mocks/browser.ts'
/** The build's entries for the mock alone (vite.config.ts: mockEarlyRead). */
const isMockEntry = (key) => key.startsWith('mocks/')

/** What src/app/router.tsx loads with every signed-in screen. */
const SHELL_MODULES = [
  'src/app/layout/app-shell.tsx',
  'src/app/layout/guards.tsx',
  'src/shared/ui/antd-provider.tsx',
]

/** The measured pages: the source modules each one's route loads, beyond the entry. */
export const PAGES = {
  'sign-in': ['src/app/routes/sign-in-route.tsx'],
  queue: [...SHELL_MODULES, 'src/app/routes/queue-route.tsx'],
}

function closure(manifest, start, follow) {
  const seen = new Set()
  const stack = [...start]
  while (stack.length) {
    const key = stack.pop()
    if (seen.has(key) || !manifest[key]) continue
    seen.add(key)
    for (const next of follow(manifest[key], key)) stack.push(next)
  }
  return seen
}

function readManifest(dist) {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
}

/** The JavaScript a page needs before it can render: the entry's and its route's static imports. */
export function firstLoadFiles(dist, page) {
  const manifest = readManifest(dist)
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry && !isMockEntry(k))
  const keys = closure(manifest, [...entries, ...PAGES[page]], (chunk) => chunk.imports ?? [])
  return [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'))
}

/**
 * The files a page loads only for the in-page mock backend: what the mock entry pulls in, at once
 * or when it seeds, that the page itself does not need, plus its service worker. The mock imports
 * the API schemas of every feature; on the queue page those chunks arrive for the mock's sake, and
 * a real deployment would not send them there.
 */
export function mockChunks(dist, page) {
  const manifest = readManifest(dist)
  const own = new Set(firstLoadFiles(dist, page))
  // The mock's own lazy imports (its seed, MSW's worker) count; those of the app modules it shares
  // do not: the app's code is what the console can load, at once or lazily, short of the mock.
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry)
  const app = closure(
    manifest,
    entries.filter((k) => !isMockEntry(k)),
    (chunk) =>
      [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])].filter((k) => !isMockEntry(k)),
  )
  const mock = closure(manifest, [MOCK_ENTRY, ...entries.filter(isMockEntry)], (chunk, key) => [
    ...(chunk.imports ?? []),
    ...(app.has(key) ? [] : (chunk.dynamicImports ?? [])),
  ])
  const files = new Set(['mock-api-worker.js', 'mockServiceWorker.js'])
  for (const key of mock) if (!own.has(manifest[key].file)) files.add(manifest[key].file)
  return files
}
