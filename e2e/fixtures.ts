import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Locator, type Page } from '@playwright/test'
import { TEST_NOW_MS } from '../src/test/test-now'
import { watchRawText, type RawText } from './raw-text'

export const PASSWORD = 'Demo@2026'
export const STAFF = {
  agent01: { name: '客服小李', role: '客服专员' },
  agent02: { name: '客服小王', role: '客服专员' },
  lead01: { name: '主管陈', role: '审核主管' },
  compliance01: { name: '合规周', role: '合规经理' },
  compliance02: { name: '合规吴', role: '合规经理' },
  admin01: { name: '管理员', role: '系统管理员' },
} as const
export type Username = keyof typeof STAFF

/**
 * Signs in through the real form; each test has its own browser context, so its own backend.
 * The tab opens on the sign-in page, as a second staff member's tab in the same browser does: a
 * tab opened on any other page would take up the session of the browser's other tabs.
 */
export async function signIn(page: Page, username: Username, path = '/') {
  await page.goto(path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  // The first request seeds the mock backend, which takes a while on a busy machine.
  await expect(page.getByTestId('current-staff')).toContainText(STAFF[username].name, {
    timeout: 45_000,
  })
}

/** The queue shows the rows of its current filters (not the previous ones while loading). */
export async function queueSettled(page: Page, view: string) {
  const queue = page.getByTestId('queue')
  await expect(queue).toHaveAttribute(
    'data-view',
    new RegExp(view.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  )
  await expect(queue).toHaveAttribute('aria-busy', 'false')
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible()
}

/** The options of the antd Select list open now. */
export const OPEN_OPTIONS =
  '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option'

/**
 * Picks an option of an antd Select by the select's label and the option's text. The select is
 * looked for in `scope` (a dialog, when the page behind it has a select of the same name). `search`
 * is typed first, for a select that looks its options up as you type.
 */
export async function choose(
  scope: Page | Locator,
  label: string,
  option: string,
  { search }: { search?: string } = {},
) {
  const page = 'mouse' in scope ? scope : scope.page()
  const box = scope.getByRole('combobox', { name: label, exact: true })
  // A list's filter is a plain stand-in until the pointer comes over it (SelectFilter): the
  // pointer goes there first, so that the element held below is the select's.
  await box.hover()
  await expect.poll(() => box.evaluate((el) => el.closest('.ant-select') !== null)).toBe(true)
  // Held by element, not by label: choosing a language renames the select itself.
  const select = await box.evaluateHandle((el) => el.closest('.ant-select'))
  const options = page.locator(OPEN_OPTIONS)
  // A click that lands while the list is still sliding in can miss: the choice is checked on the
  // select and made again only if it did not take.
  await expect(async () => {
    if (search) await box.fill(search)
    else if (!(await options.first().isVisible())) await box.click()
    await options.filter({ hasText: option }).first().click({ timeout: 3_000 })
    await expect
      .poll(() => select.evaluate((el) => el?.textContent ?? ''), { timeout: 2_000 })
      .toContain(option)
  }).toPass({ timeout: 45_000 })
}

/**
 * Switches the console to English with the header's language select, and waits until the page
 * says it is in English. Done by the page's language, not by the select: the switch redraws the
 * header, so the select that was clicked may no longer be the one on screen.
 */
export async function switchToEnglish(page: Page) {
  const options = page.locator(OPEN_OPTIONS)
  await expect(async () => {
    if ((await page.locator('html').getAttribute('lang')) === 'en-US') return
    if (!(await options.first().isVisible()))
      await page.getByRole('combobox', { name: '语言', exact: true }).click({ timeout: 3_000 })
    await options.filter({ hasText: 'English' }).first().click({ timeout: 3_000 })
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US', { timeout: 2_000 })
  }).toPass({ timeout: 45_000 })
}

/** Whether this run takes pictures for people to look at (E2E_SHOTS=1): see `shot`. */
export const SHOTS_WANTED = process.env.E2E_SHOTS === '1'

/**
 * A picture of the page (or of one part of it) for a person to look at, in the test's own folder
 * under Playwright's output folder and attached to the report. Taken when E2E_SHOTS=1 asks for
 * them: each costs a busy machine a moment, and no test reads them.
 */
export async function shot(
  target: Page | Locator,
  name: string,
  { fullPage = false }: { fullPage?: boolean } = {},
) {
  if (!SHOTS_WANTED) return
  const path = test.info().outputPath(`${name}.png`)
  await target.screenshot({ path, ...('mouse' in target ? { fullPage } : {}) })
  await test.info().attach(name, { path, contentType: 'image/png' })
}

/** No serious or critical accessibility violation on what is on screen now. */
export async function expectAccessible(page: Page) {
  // A dialog or drawer is checked once its opening animation is over: mid-fade its text is
  // translucent to axe.
  await expect(page.locator('[class*="-appear-active"], [class*="-enter-active"]')).toHaveCount(0)
  // Toasts fade in and out: caught mid-animation their text is translucent and axe reports a
  // contrast that no reader ever sees. Everything else on screen is checked.
  // Run in the page itself: the default mode runs each frame's part and then joins them in a blank
  // page it opens for the purpose, twice the time of a run here, for cross-origin frames that the
  // console does not have (same-origin frames are still checked).
  // Every rule runs; only the violations are reported node by node. Describing each node that
  // passed (two thousand on the queue) took axe as long as the checks, for a report nobody reads.
  const results = await new AxeBuilder({ page })
    .exclude('.ant-message')
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze()
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  )
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([])
}

/**
 * Approves the prepared decision on an open request page: 复核批准, then the confirmation that
 * says what will happen. Returns that confirmation's text for the caller to check.
 */
export async function approvePrepared(page: Page, confirm: '确认批准' | '确认拒绝' = '确认批准') {
  await page.getByRole('button', { name: '复核批准' }).click({ timeout: 30_000 })
  const dialog = page.getByRole('dialog')
  const consequence = await dialog.getByTestId('approve-consequence').textContent()
  await dialog.getByRole('button', { name: confirm }).click()
  await expect(dialog).toBeHidden()
  return consequence ?? ''
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** Sent as JSON. */
  body?: unknown
  /** The version the caller saw, sent as If-Match. */
  version?: number
  /** Idempotency-Key of a write; a fresh one per call unless a replay is meant. */
  key?: string
  /** Whose session: the tab's own when left out, another one's token, or none at all (null). */
  token?: string | null
}
export interface ApiResult<T> {
  status: number
  /** Parsed JSON, the text of anything else (a CSV), null when there is no body. */
  body: T
}

// Where the console under test sends its API calls: its own /api (the mock in the browser, or a
// backend behind the same origin), or E2E_API_URL for a deployed console built with another
// VITE_API_BASE_URL.
const API_BASE = `${process.env.E2E_API_URL?.replace(/\/+$/, '') ?? ''}/api`

/**
 * Calls the backend from inside the page, as the API client would: the mock backend lives in
 * that tab, and so does its session token (sessionStorage). `path` is relative to /api.
 */
export async function api<T = unknown>(
  page: Page,
  path: string,
  options: ApiOptions = {},
): Promise<ApiResult<T>> {
  const { method = 'GET', body, version, key } = options
  const call = {
    path: `${API_BASE}${path}`,
    method,
    body,
    version,
    key,
    ownToken: options.token === undefined,
    token: options.token ?? null,
  }
  return page.evaluate(async ({ path, method, body, version, key, ownToken, token }) => {
    const bearer = ownToken ? sessionStorage.getItem('console.token') : token
    const headers: Record<string, string> = {}
    if (bearer !== null) headers.Authorization = `Bearer ${bearer}`
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    if (method !== 'GET') headers['Idempotency-Key'] = key ?? crypto.randomUUID()
    if (version !== undefined) headers['If-Match'] = String(version)
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const json = /json/.test(response.headers.get('Content-Type') ?? '')
    return { status: response.status, body: text === '' ? null : json ? JSON.parse(text) : text }
  }, call) as Promise<ApiResult<T>>
}

/** A session of `username`'s own in this tab's backend, for calls beside the signed-in person's. */
export async function sessionToken(page: Page, username: Username): Promise<string> {
  const session = await api<{ token?: string } | null>(page, '/session', {
    method: 'POST',
    body: { username, password: PASSWORD },
    token: null,
  })
  const token = session.body?.token
  if (typeof token !== 'string')
    throw new Error(`${username} could not sign in: HTTP ${session.status}`)
  return token
}

/** The browser's "now", which the suite's clock set: for dates a spec sends to the backend. */
export async function browserNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now())
}

export const test = base.extend<{ signedIn: (username: Username, path?: string) => Promise<void> }>(
  {
    // Every page of every test starts at the suite's fixed now and runs on from it, and so do the
    // mock backend and its seed, whose clock follows the pages' (mocks/page-clock.ts); a spec moves
    // the clock with context.clock or page.clock, never reads the machine's date.
    // Every screen a test visits in the Chinese console reads in Chinese: no enum value, error
    // code, audit action code or server message as text (see raw-text.ts for what counts).
    context: async ({ context }, use) => {
      await context.clock.install({ time: TEST_NOW_MS })
      const seen: RawText[] = []
      await watchRawText(context, (found) => seen.push(found))
      await use(context)
      const found = seen.map(
        (s) => `${s.kind} "${s.word}" in "${s.text.slice(0, 200)}" at ${s.url}`,
      )
      // The first finding is in the message's first line, which is what a run's summary keeps.
      expect(found, `raw text in the Chinese console: ${found[0]}`).toEqual([])
    },
    signedIn: async ({ page }, use) => {
      await use((username, path) => signIn(page, username, path))
    },
  },
)
export { expect }
