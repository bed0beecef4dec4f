import { defineConfig, loadEnv, type Plugin, type Rolldown } from 'vite'
import react from '@vitejs/plugin-react'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { MOCK_WORKER } from './mocks/worker-file.ts'

// The unit and component tests' files, by where they live.
function allTestFiles(): string[] {
  return ['src', 'mocks', 'scripts'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((file) => `${dir}/${file.replaceAll('\\', '/')}`)
      .filter((file) => /\.test\.tsx?$/.test(file)),
  )
}

/**
 * Test files that replace a module (vi.mock) or load modules afresh (vi.resetModules). The other
 * test files of a worker share one module registry, so that the handlers, antd and the messages
 * are imported once per worker rather than once per file (the unit stage took 357 s with a
 * registry per file); these files keep a registry of their own, where their replacement cannot
 * reach another file or find the real module already loaded. Found by reading the files, so a new
 * such test is isolated without anyone listing it.
 */
function testFilesReplacingModules(files: string[]): string[] {
  return files.filter((file) =>
    /\bvi\.(mock|doMock|resetModules)\(/.test(readFileSync(file, 'utf8')),
  )
}

interface TestProject {
  name: string
  environment: 'jsdom' | 'node'
  include: string[]
  exclude?: string[]
  setupFiles: string[]
}

/**
 * Each project twice: its files that share a module registry per worker, and (named "… own
 * modules") those that replace modules, each in a registry of its own.
 */
function testProjects(projects: TestProject[]) {
  // A build or a preview loads this file too, and has no use for reading every test file.
  if (!process.env.VITEST) return []
  const files = allTestFiles()
  const replacing = testFilesReplacingModules(files)
  const sharing = files.filter((file) => !replacing.includes(file))
  return projects.flatMap(({ exclude = [], ...project }) => [
    {
      extends: true as const,
      test: { ...project, exclude: [...exclude, ...replacing], isolate: false },
    },
    {
      extends: true as const,
      test: { ...project, name: `${project.name} own modules`, exclude: [...exclude, ...sharing] },
    },
  ])
}

// The built app must run under a strict CSP: no inline script, no plugins, no <base> tricks.
// antd's CSS-in-JS injects <style> elements, so styles need 'unsafe-inline'.
function contentSecurityPolicy(apiBase: string): string {
  const connect = ["'self'", apiBase].filter(Boolean).join(' ')
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ')
}

// The policy travels in the page itself, so that it holds wherever dist/ is served.
function contentSecurityPolicyMeta(policy: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * What a server of the built app must send (README: Build and preview). A meta CSP cannot forbid
 * framing (browsers ignore frame-ancestors there), so the header carries it, and clickjacking is
 * refused only where these headers are sent.
 */
export function securityHeaders(apiBase: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${contentSecurityPolicy(apiBase)}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  }
}

/**
 * The build names every file under assets/ by its content, so a server may let browsers keep them
 * for good, as a deployment's should: a page load then asks the server only for the page. The
 * preview server sends every file as no-cache, and each load of a signed-in screen revalidated
 * its 90 files.
 */
const immutableAssets: Plugin = {
  name: 'immutable-assets',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/assets/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
      next()
    })
  },
}

/**
 * A lazy import preloads what the imported chunk needs, named in a list the entry carries for
 * every lazy route (163 files). The entry's own static imports are always loaded by the time any
 * lazy import runs, and the page's HTML preloads them already, so naming them again in every list
 * only weighs on the first load. This plugin notes them for `modulePreload.resolveDependencies`.
 */
let loadedWithEntry = new Set<string>()
const entryImports: Plugin = {
  name: 'entry-imports',
  apply: 'build',
  generateBundle(_, bundle) {
    const entries = Object.values(bundle).filter((c) => c.type === 'chunk' && c.isEntry)
    loadedWithEntry = loadedWith(
      bundle,
      entries.map((c) => c.fileName),
    )
  },
}

/** The given files and every file they import statically, and so on. */
function loadedWith(bundle: Rolldown.OutputBundle, files: Iterable<string>): Set<string> {
  const loaded = new Set<string>()
  const stack = [...files]
  for (let file; (file = stack.pop());) {
    const chunk = bundle[file]
    if (loaded.has(file) || chunk?.type !== 'chunk') continue
    loaded.add(file)
    stack.push(...chunk.imports)
  }
  return loaded
}

/**
 * antd's styles for the components of the signed-in first screens, computed at build time by
 * scripts/antd-first-screen-styles.ts (which says why) into a stylesheet of their own, whose address
 * `virtual:antd-first-screen` gives (src/shared/ui/antd-first-screen.ts loads it). The development
 * server and the tests have none: antd computes every style as it draws.
 */
const ANTD_FIRST_SCREEN = 'virtual:antd-first-screen'
function antdFirstScreenStyles(build: boolean): Plugin {
  return {
    name: 'antd-first-screen-styles',
    resolveId: (source) => (source === ANTD_FIRST_SCREEN ? `\0${ANTD_FIRST_SCREEN}` : null),
    load(id) {
      if (id !== `\0${ANTD_FIRST_SCREEN}`) return null
      if (!build) return 'export default null'
      // In a process of its own: antd and React for Node, in production mode as the page runs them.
      const css = execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          fileURLToPath(new URL('./scripts/antd-first-screen-styles.ts', import.meta.url)),
        ],
        { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 16 << 20 },
      )
      // Named by its content, as the build names every file under assets/.
      const hash = createHash('sha256').update(css).digest('base64url').slice(0, 8)
      const fileName = `assets/antd-first-screen-${hash}.css`
      this.emitFile({ type: 'asset', fileName, source: css })
      return `export default import.meta.env.BASE_URL + ${JSON.stringify(fileName)}`
    },
  }
}

/**
 * MSW's cookie store asks `tldts`, through tough-cookie, for a host's registrable domain; the
 * mock backend answers with mocks/http/registrable-domain.ts instead (its comment says why). Only
 * tough-cookie's import is redirected: the console's own code, were it to use tldts, gets the real one.
 */
const registrableDomain = fileURLToPath(
  new URL('./mocks/http/registrable-domain.ts', import.meta.url),
)
const mswRegistrableDomain = {
  name: 'msw-registrable-domain',
  resolveId(source: string, importer: string | undefined) {
    return source === 'tldts' && importer && /[\\/]tough-cookie[\\/]/.test(importer)
      ? registrableDomain
      : null
  },
}

/**
 * Four of antd's modules import more than they use, and that weight lands on every page with a
 * table or a radio group, or on every page, so the production build cuts each import down to what
 * is used:
 * - a table's header filters (a tree, a dropdown, checkboxes) are drawn only for a column with
 *   `filters`, which no list in the console has: the table gets them through a lazy component, so
 *   a column that did have filters would load them when it first drew;
 * - the radio group takes one two-line helper from the form's hooks, and antd's form context
 *   takes only the form provider: both from `@rc-component/form`'s index, which brings the whole
 *   form engine (fields, lists, the async validator) because that index assigns to an object as
 *   it loads. The context now imports the provider's own module; the helper is written below;
 * - antd's style registration imports stylis's vendor prefixer (1.5 kB gzipped on every page)
 *   for `StyleProvider`'s `autoPrefix`, which the console does not set: it gets stylis without
 *   it, and a build that did set it would fail loudly on the first style rather than go unprefixed.
 * Build only: the development server and the tests use antd as it is.
 */
const ANTD_ES = /[\\/]node_modules[\\/]antd[\\/]es[\\/]/
const LAZY_FILTER_DROPDOWN = '\0antd-lazy-filter-dropdown'
const RADIO_NAME_PATH = '\0antd-radio-name-path'
const LAZY_SELECTION_DROPDOWN = '\0antd-lazy-selection-dropdown'
const STYLIS_UNPREFIXED = '\0stylis-unprefixed'
const antdUnusedImports: Plugin = {
  name: 'antd-unused-imports',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer) return null
    const from = importer.replace(/\\/g, '/')
    if (source === 'stylis' && from.endsWith('/@ant-design/cssinjs/es/hooks/useStyleRegister.js'))
      return STYLIS_UNPREFIXED
    if (!ANTD_ES.test(importer)) return null
    if (source === './FilterDropdown' && from.endsWith('/table/hooks/useFilter/index.js'))
      return LAZY_FILTER_DROPDOWN
    if (source === '../../dropdown' && from.endsWith('/table/hooks/useSelection.js'))
      return LAZY_SELECTION_DROPDOWN
    if (source === '../form/hooks/useForm' && from.endsWith('/radio/group.js'))
      return RADIO_NAME_PATH
    if (source === '@rc-component/form' && from.endsWith('/form/context.js'))
      return this.resolve('@rc-component/form/es/FormContext.js', importer, { skipSelf: true })
    return null
  },
  load(id) {
    if (id === LAZY_FILTER_DROPDOWN)
      return [
        "import { createElement, lazy, Suspense } from 'react'",
        "const Dropdown = lazy(() => import('antd/es/table/hooks/useFilter/FilterDropdown.js'))",
        // Until it has loaded, the column shows its title alone, as it does without filters.
        'export default function FilterDropdown(props) {',
        '  return createElement(Suspense, { fallback: props.children }, createElement(Dropdown, props))',
        '}',
        // antd's own, copied: the table's filter state calls it for every column with filters.
        'export function flattenKeys(filters) {',
        '  let keys = []',
        '  for (const { value, children } of filters || []) {',
        '    keys.push(value)',
        '    if (children) keys = [...keys, ...flattenKeys(children)]',
        '  }',
        '  return keys',
        '}',
      ].join('\n')
    if (id === LAZY_SELECTION_DROPDOWN)
      return [
        "import { createElement, lazy, Suspense } from 'react'",
        "const Dropdown = lazy(() => import('antd/es/dropdown/index.js'))",
        'export default function SelectionDropdown(props) {',
        '  return createElement(Suspense, { fallback: props.children }, createElement(Dropdown, props))',
        '}',
      ].join('\n')
    if (id === STYLIS_UNPREFIXED)
      return [
        "export { compile, serialize, stringify } from 'stylis'",
        'const autoPrefix = () => {',
        "  throw new Error('StyleProvider autoPrefix is cut from this build (vite.config.ts)')",
        '}',
        'export const middleware = autoPrefix',
        'export const prefixer = autoPrefix',
      ].join('\n')
    if (id === RADIO_NAME_PATH)
      // antd's toNamePathStr, as antd/es/form/hooks/useForm.js writes it.
      return [
        "import { toArray } from 'antd/es/form/util.js'",
        "export const toNamePathStr = (name) => toArray(name).join('_')",
      ].join('\n')
    return null
  },
}

/**
 * The mock backend's service worker (mocks/service-worker.ts), built on its own into one classic
 * script at the site's root, where a service worker must live to serve the whole site and where
 * every browser can run it: the build emits it beside the app, and the development server builds
 * it when asked for it and again after a change to the code it holds.
 */
const MOCK_SERVICE_WORKER = 'mocks/service-worker.ts'
async function buildMockWorker(mode: string): Promise<string> {
  const { build } = await import('vite')
  const output = await build({
    configFile: false,
    mode,
    logLevel: 'warn',
    plugins: [{ ...mswRegistrableDomain, enforce: 'pre' }],
    build: {
      write: false,
      target: 'es2022',
      minify: mode === 'production',
      lib: {
        entry: fileURLToPath(new URL(`./${MOCK_SERVICE_WORKER}`, import.meta.url)),
        formats: ['iife'],
        name: 'mockApiWorker',
      },
    },
  })
  const [{ output: files }] = output as [Rolldown.RolldownOutput]
  return files[0].code
}

function mockServiceWorker(mocked: boolean): Plugin {
  let mode = 'production'
  return {
    name: 'mock-service-worker',
    configResolved: (config) => void (mode = config.mode),
    async generateBundle() {
      if (!mocked) return
      this.emitFile({ type: 'asset', fileName: MOCK_WORKER, source: await buildMockWorker(mode) })
    },
    configureServer(server) {
      let built: Promise<string> | undefined
      const stale = (file: string) => {
        if (/[\\/](mocks|src)[\\/]/.test(file)) built = undefined
      }
      server.watcher.on('change', stale).on('add', stale).on('unlink', stale)
      server.middlewares.use((req, res, next) => {
        if (!mocked || req.url?.split('?')[0] !== `/${MOCK_WORKER}`) return next()
        built ??= buildMockWorker(mode)
        built.then(
          (code) => {
            res.setHeader('Content-Type', 'text/javascript')
            res.setHeader('Cache-Control', 'no-cache')
            res.end(code)
          },
          (error: unknown) => {
            built = undefined
            next(error)
          },
        )
      })
    },
  }
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const apiBase = env.VITE_API_BASE_URL ?? ''
  // As src/main.tsx decides whether to start the mock backend.
  const mocked = !apiBase && env.VITE_MOCKS !== 'off'
  return {
    plugins: [
      { ...mswRegistrableDomain, enforce: 'pre' },
      antdUnusedImports,
      react(),
      contentSecurityPolicyMeta(contentSecurityPolicy(apiBase)),
      immutableAssets,
      entryImports,
      antdFirstScreenStyles(command === 'build'),
      mockServiceWorker(mocked),
    ],
    // The development server bundles tough-cookie ahead of time, with plugins of its own.
    optimizeDeps: { rolldownOptions: { plugins: [mswRegistrableDomain] } },
    build: {
      target: 'es2022',
      sourcemap: false,
      // Read by the size budget and the benchmark to tell the app's chunks from the mock backend's.
      manifest: true,
      chunkSizeWarningLimit: 1500,
      modulePreload: {
        resolveDependencies: (_, deps, { hostType }) =>
          hostType === 'js' ? deps.filter((dep) => !loadedWithEntry.has(dep)) : deps,
      },
      rolldownOptions: {
        // antd's component packages (@rc-component/*) run nothing on import but do not declare it
        // (no `sideEffects` in their package.json), so a module of theirs that a page reaches
        // through a package's index and never uses was kept. None has an import for its effect alone.
        treeshake: {
          moduleSideEffects: [
            { test: /[\\/]node_modules[\\/]@rc-component[\\/]/, sideEffects: false },
          ],
        },
        output: {
          // Every page needs React, the router and TanStack Query: one chunk for them, rather than
          // the many small ones automatic splitting makes of them, carries less glue and fewer requests.
          codeSplitting: {
            groups: [
              {
                name: 'framework',
                test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
              },
            ],
          },
        },
      },
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true, headers: securityHeaders(apiBase) },
    test: {
      globals: true,
      // A test waits for states, never for time: this is the limit of a test that is stuck, set
      // for a 2-core machine that is busy with other work.
      testTimeout: 90_000,
      // The same for a file's setup, which seeds the backend.
      hookTimeout: 90_000,
      pool: 'threads',
      // Vitest's default is a worker per core but one: on a 2-core machine a single worker, which
      // leaves a core idle while the main process waits on it.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // Each project loads only what its files need, chosen by where a file is and how it is named
      // rather than by a line in each file: a window for what renders, the mock backend for what
      // talks to it. The suite's clock (setup.ts) comes first everywhere.
      projects: testProjects([
        {
          // Components and hooks, rendered in jsdom against the mock backend, and the browser-side
          // layers: the API client and its session store (which reads sessionStorage as it
          // loads) and the UI helpers.
          name: 'console',
          environment: 'jsdom',
          include: [
            'src/**/*.test.tsx',
            'src/shared/api/**/*.test.ts',
            'src/shared/ui/**/*.test.ts',
          ],
          // The backend's hooks are registered before the DOM's, so that after each test the
          // tree is unmounted before the handlers a test replaced are restored.
          setupFiles: [
            './src/test/setup.ts',
            './src/test/setup-backend.ts',
            './src/test/setup-dom.ts',
          ],
        },
        {
          // The console's pure logic (deadlines, masking, schemas, messages…): no window, no
          // backend, so a file costs little more than its own tests.
          name: 'logic',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/shared/api/**', 'src/shared/ui/**'],
          setupFiles: ['./src/test/setup.ts'],
        },
        {
          // The backend's and the scripts' tests need no DOM: building a jsdom window for each of
          // their files was a minute of the suite's time.
          name: 'backend',
          environment: 'node',
          include: ['mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          setupFiles: ['./src/test/setup.ts', './src/test/setup-backend.ts'],
        },
      ]),
    },
  }
})
