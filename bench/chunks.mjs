import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const MOCK_ENTRY = 'mocks/browser.ts'

/** What src/app/router.tsx loads with every signed-in screen. */
export const SHELL_MODULES = ['src/app/layout/app-shell.tsx', 'src/app/layout/guards.tsx', 'src/app/layout/route-error-boundary.tsx', 'src/shared/ui/antd-provider.tsx']

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

/**
 * The files of the mock backend: what only the mock entry pulls in, plus its service worker.
 * A chunk the app needs as well is counted as the app's.
 */
export function mockChunks(dist) {
  const manifest = readManifest(dist)
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry)
  const app = closure(manifest, entries, (chunk) => [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])].filter((k) => k !== MOCK_ENTRY))
  const mock = closure(manifest, [MOCK_ENTRY], (chunk) => chunk.imports ?? [])
  const files = new Set(['mockServiceWorker.js'])
  for (const key of mock) if (!app.has(key)) files.add(manifest[key].file)
  return files
}

/** The JavaScript a page needs before it can render: the entry's and its lazy modules' static imports. */
export function firstLoadFiles(dist, sources) {
  const manifest = readManifest(dist)
  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry)
  const keys = closure(manifest, [...entries, ...sources], (chunk) => chunk.imports ?? [])
  return [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'))
}
