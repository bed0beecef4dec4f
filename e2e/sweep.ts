import type { Page } from '@playwright/test'
import type { Role } from '../src/shared/api/enums'
import { SCREEN_ACCESS } from '../src/app/screen-access'
import { api, expect as baseExpect, type Username } from './fixtures'

// What the sweeps over every screen share: who signs in for each role, which seeded record fills
// a path parameter, and how a screen is reached and known to be drawn. The screens come from the
// list the router and the menu are built from, so a new screen is swept without anyone
// remembering to add it.

const expect = baseExpect.configure({ timeout: 25_000 })

export const ACCOUNT: Record<Role, Username> = {
  agent: 'agent01',
  lead: 'lead01',
  compliance: 'compliance01',
  admin: 'admin01',
}

// Seeded records for the screens with a path parameter (mocks/db/seed*.ts).
const PARAMS: Record<string, string> = { id: 'R000001', userId: 'U000001', incidentId: 'I000001' }

export function pathsFor(role: Role): string[] {
  return SCREEN_ACCESS.filter((s) => (s.roles as readonly Role[]).includes(role)).map(
    (s) =>
      '/' +
      s.path.replace(/:(\w+)/g, (_, name: string) => {
        const value = PARAMS[name]
        if (!value) throw new Error(`No seeded value for :${name} in ${s.path}; add one to PARAMS`)
        return value
      }),
  )
}

/** The screen has drawn its heading and nothing on it is still loading. */
export async function settled(page: Page) {
  await expect(page.locator('h1:not([data-left])').first()).toBeVisible()
  await expect(
    page.locator('.ant-spin-spinning, .ant-skeleton-active, [aria-busy="true"]'),
  ).toHaveCount(0)
  // The pointer parked away from the content, so no hover colour is measured.
  await page.mouse.move(0, 0)
}

/**
 * Goes to a path inside the running app, as a link would: a full page load would load and start
 * the console again for every screen, which would be most of the time such a sweep takes.
 */
export async function visit(page: Page, path: string) {
  await page.evaluate((p) => {
    if (window.location.pathname + window.location.search === p) return
    // Marks the screen being left, so the next one is known to be drawn once its heading is.
    document.querySelectorAll('h1').forEach((h) => h.setAttribute('data-left', ''))
    window.history.pushState(null, '', p)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, path)
}

/** Opens a screen of the running app and waits until it is drawn, checking it is not refused. */
export async function openScreen(page: Page, path: string) {
  await visit(page, path)
  await expect(page).toHaveURL(new RegExp(path.replace(/[?]/g, '\\?')))
  await settled(page)
  await expect(
    page.getByRole('heading', { name: /^(无权访问|页面不存在|Not allowed|Page not found)$/ }),
  ).toHaveCount(0)
}

/** The first request matching a list query, as the person signed in sees it. */
export async function firstRequest(page: Page, query: string): Promise<string> {
  const id = (await api<{ items: { id: string }[] }>(page, `/requests?${query}&pageSize=1`)).body
    .items[0]?.id
  expect(id, `a request matching ${query}`).toBeTruthy()
  return id!
}
