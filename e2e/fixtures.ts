import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

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

/** Signs in through the real form; each test has its own browser context, so its own backend. */
export async function signIn(page: Page, username: Username, path = '/') {
  await page.goto(path)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  // The first request seeds the in-browser backend, which takes a while on a busy machine.
  await expect(page.getByTestId('current-staff')).toContainText(STAFF[username].name, { timeout: 45_000 })
}

/** The queue shows the rows of its current filters (not the previous ones while loading). */
export async function queueSettled(page: Page, view: string) {
  const queue = page.getByTestId('queue')
  await expect(queue).toHaveAttribute('data-view', new RegExp(view.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  await expect(queue).toHaveAttribute('aria-busy', 'false')
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible()
}

/** Picks an option of an antd Select by the select's label and the option's text. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click()
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).first().click()
}

/** No serious or critical accessibility violation on what is on screen now. */
export async function expectAccessible(page: Page) {
  // Toasts fade in and out: caught mid-animation their text is translucent and axe reports a
  // contrast that no reader ever sees. Everything else on screen is checked.
  const results = await new AxeBuilder({ page }).exclude('.ant-message').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([])
}

export const test = base.extend<{ signedIn: (username: Username, path?: string) => Promise<void> }>({
  signedIn: async ({ page }, use) => {
    await use((username, path) => signIn(page, username, path))
  },
})
export { expect }
