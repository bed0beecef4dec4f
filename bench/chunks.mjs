import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The page's side of the mock backend, which the console's entry imports when it mocks. */
const MOCK_ENTRY = 'mocks/browser.ts'
/** The mock's own modules: the app's code stops where it reaches one. */
const isMockModule = (key) => key.startsWith('mocks/')
/** The mock backend itself, built apart (vite.config.ts: mockServiceWorker). */
const MOCK_WORKER = 'mock-backend-worker.js'

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
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry && !isMockModule(k))
  const keys = closure(manifest, [...entries, ...PAGES[page]], (chunk) => chunk.imports ?? [])
  return [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'))
}

/**
 * The files a page loads only for the mock backend: what the page's side of it pulls in that the
 * page itself does not need, and the service worker that holds the backend (which the browser
 * fetches when it registers the worker and when it checks it for a new build). A real deployment
 * sends none of them.
 */
export function mockChunks(dist, page) {
  const manifest = readManifest(dist)
  const own = new Set(firstLoadFiles(dist, page))
  // The mock's own lazy imports count; those of the app modules it shares do not: the app's code is
  // what the console can load, at once or lazily, short of the mock.
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry)
  const app = closure(
    manifest,
    entries.filter((k) => !isMockModule(k)),
    (chunk) =>
      [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])].filter((k) => !isMockModule(k)),
  )
  const mock = closure(manifest, [MOCK_ENTRY, ...entries.filter(isMockModule)], (chunk, key) => [
    ...(chunk.imports ?? []),
    ...(app.has(key) ? [] : (chunk.dynamicImports ?? [])),
  ])
  const files = new Set([MOCK_WORKER])
  for (const key of mock) if (!own.has(manifest[key].file)) files.add(manifest[key].file)
  return files
}
