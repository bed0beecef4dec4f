// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { http, passthrough } from 'msw'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { server as mockApi } from '../mocks/node'

// `npm run preview` serves the production build with the headers a deployment must send. The
// server runs with the project's own vite.config.ts over a stand-in dist/, so no build is needed.
let server: PreviewServer
let dist: string

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'preview-headers-'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>')
  writeFileSync(join(dist, 'app.js'), 'export {}')
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'assets', 'index-B4Vv1SoY.js'), 'export {}')
  server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { port: 0, strictPort: false, open: false },
  })
})

// The mock API intercepts every request of the test process; these go to the real preview server.
beforeEach(() => {
  mockApi.use(http.all(`${server.resolvedUrls!.local[0]}*`, () => passthrough()))
})

afterAll(async () => {
  await server?.close()
  rmSync(dist, { recursive: true, force: true })
})

const url = (path: string) => new URL(path, server.resolvedUrls!.local[0]).href

describe('vite preview', () => {
  it.each(['/', '/copy/some-token', '/app.js'])(
    'sends the security headers with %s',
    async (path) => {
      const r = await fetch(url(path))
      expect(r.status).toBe(200)
      const csp = r.headers.get('Content-Security-Policy') ?? ''
      // A meta CSP cannot forbid framing: only the header stops the console being framed.
      expect(csp.split(';').map((d) => d.trim())).toEqual(
        expect.arrayContaining([
          "frame-ancestors 'none'",
          "script-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
        ]),
      )
      expect(r.headers.get('X-Frame-Options')).toBe('DENY')
      expect(r.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(r.headers.get('Referrer-Policy')).toBe('no-referrer')
    },
  )

  // The build names what it puts under assets/ by content: a browser may keep it for good. The
  // page, the service workers and the unhashed files must be asked for again, or a new build
  // would never reach a browser that has the old one.
  it('lets browsers keep the content-named assets, and only those', async () => {
    const asset = await fetch(url('/assets/index-B4Vv1SoY.js'))
    expect(asset.status).toBe(200)
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    for (const path of ['/', '/copy/some-token', '/app.js']) {
      const r = await fetch(url(path))
      expect(r.status).toBe(200)
      expect(r.headers.get('Cache-Control'), path).toBe('no-cache')
    }
  })
})
