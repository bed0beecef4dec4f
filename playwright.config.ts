import { chromium, defineConfig, devices } from '@playwright/test'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { systemChromium } from './scripts/chromium.mjs'

// Playwright cannot download its own browser on every machine: use the system Chromium
// when there is one, Playwright's own otherwise, and say so plainly when neither exists.
function chromiumExecutable(): string | undefined {
  const system = systemChromium({ prefer: 'headless-shell' })
  if (system) return system
  if (existsSync(chromium.executablePath())) return undefined
  console.error(
    'No Chromium found: install it (apt-get install -y chromium-headless-shell fonts-noto-cjk), set CHROMIUM_PATH, or run npx playwright install chromium.',
  )
  process.exit(1)
}

const executablePath = chromiumExecutable()
const port = Number(process.env.E2E_PORT ?? 4173)
// Parallel checkouts of the same tree build into their own folders.
const outDir = process.env.E2E_DIST ?? 'dist'

// E2E_BASE_URL=<origin>: the suite runs against a console deployed there instead of a preview of
// this build. Unless E2E_MOCK=1 says that console runs the mock backend, the tests tagged @mock
// (fault injection, the mock's outboxes, a moved clock) cannot work there and are left out.
const target = process.env.E2E_BASE_URL?.replace(/\/+$/, '')
const mockTarget = !target || process.env.E2E_MOCK === '1'

/**
 * How many tests carry the @mock tag, which each such test has at the end of its own title (in
 * single quotes, or double ones when the title has an apostrophe).
 */
function mockOnlyTests(): number {
  return readdirSync('e2e')
    .filter((file) => file.endsWith('.spec.ts'))
    .reduce(
      (n, file) =>
        n +
        (readFileSync(`e2e/${file}`, 'utf8').match(/\btest\(\s*(['"])(?:(?!\1).)*@mock\1/g)
          ?.length ?? 0),
      0,
    )
}

export default defineConfig({
  testDir: './e2e',
  // Against `npm run serve:api` instead of the in-browser backend: playwright.api-server.config.ts.
  testIgnore: 'api-server/**',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A test that passes only on its retry is a failing test: the retry is there to name it flaky
  // in the report, not to let the run pass.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: true,
  workers: 2,
  // Tests wait for states, never for time; these limits only end a test that is stuck. They are
  // wide because a 2-core machine busy with other work (two CPU hogs, another browser) can take
  // several times as long to draw a state as a quiet one, and a limit reached there is no finding.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  grepInvert: mockTarget ? undefined : /@mock/,
  reporter: mockTarget
    ? [['list']]
    : [['list'], ['./e2e/mock-only-reporter.ts', { skipped: mockOnlyTests(), target }]],
  use: {
    baseURL: target ?? `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    // The console honours a system's request for less motion (antd's motion off), as staff may ask;
    // the suite asks for it too, so it never waits out, or clicks into, a sliding dropdown.
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Shanghai',
    // Recording a trace draws and encodes a screencast of every test, which took a third of the
    // suite's time on a 2-core machine: it is recorded when a failed test is run again (CI retries
    // once), or on request with --trace on.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // A deployed console is already running: nothing to start.
  webServer: target
    ? undefined
    : {
        command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
        url: `http://127.0.0.1:${port}`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
})
