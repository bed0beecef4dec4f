import type { Page } from '@playwright/test'
import { choose, expect, expectAccessible, queueSettled, signIn, test } from './fixtures'

const rows = '.ant-table-tbody tr.ant-table-row'

/** Picks a queue view with the pointer: its radio sits hidden inside the button people click. */
async function pickView(page: Page, name: RegExp) {
  await page
    .locator('label')
    .filter({ has: page.getByRole('radio', { name }) })
    .click()
}

test('filters live in the URL and survive a reload', async ({ page }) => {
  await signIn(page, 'agent01')
  await pickView(page, /全部/)
  await choose(page, '类型', '账号注销')
  await expect(page).toHaveURL(/type=cancellation/)
  await expect(page).toHaveURL(/tab=all/)
  await page.reload()
  await queueSettled(page, 'type=cancellation')
  const types = await page.locator(`${rows} td:nth-child(2)`).allTextContents()
  expect(types.length).toBeGreaterThan(0)
  expect(new Set(types)).toEqual(new Set(['账号注销']))
  await page.getByRole('columnheader', { name: '收到时间' }).click()
  await expect(page).toHaveURL(/sort=receivedAt%3Aasc|sort=receivedAt:asc/)
})

test('the views count what is due and overdue, and the overdue view shows only overdue work', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await pickView(page, /已逾期/)
  await queueSettled(page, 'tab=overdue')
  const badges = await page.locator(`${rows} [data-testid="sla-badge"]`).allTextContents()
  expect(badges.length).toBeGreaterThan(0)
  for (const b of badges) expect(b).toMatch(/^逾期 \d+ 个工作日/)
  await expectAccessible(page)
})

test('an agent works the queue by keyboard: j/k, Enter, c, / and ?', async ({ page }) => {
  await signIn(page, 'agent01')
  await page.getByRole('radio', { name: /我的待办/ }).focus()
  await page.keyboard.press('ArrowRight')
  // What waits on others is a view of its own, beside 我的待办.
  await expect(page.getByRole('radio', { name: /等待他人/ })).toBeChecked()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: /未分配/ })).toBeChecked()
  await queueSettled(page, 'tab=unassigned')
  const firstId = await page.locator(rows).first().getAttribute('data-row-key')
  const secondId = await page.locator(rows).nth(1).getAttribute('data-row-key')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('j')
  await expect(page.locator(`${rows}[aria-selected="true"]`)).toContainText(secondId ?? '')
  await page.keyboard.press('k')
  await expect(page.locator(`${rows}[aria-selected="true"]`)).toContainText(firstId ?? '')
  await page.keyboard.press('c')
  await expect(page.getByText(`已认领 ${firstId}`)).toBeVisible()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: '键盘快捷键' })
  await expect(help).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await page.keyboard.press('/')
  await expect(
    page
      .getByRole('searchbox', { name: /搜索请求编号/ })
      .or(page.getByRole('textbox', { name: /搜索请求编号/ })),
  ).toBeFocused()
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/requests/R\\d{6}`))
})

test('a lead assigns several requests at once and sees the per-row result', async ({ page }) => {
  await signIn(page, 'lead01')
  await page.goto('/queue?tab=unassigned')
  await queueSettled(page, 'tab=unassigned')
  await page.locator(rows).nth(0).getByRole('checkbox').check()
  await page.locator(rows).nth(1).getByRole('checkbox').check()
  await choose(page, '分配给', '客服小王')
  await page.getByRole('button', { name: '批量分配（2）' }).click()
  await expect(page.getByText('2 条成功，0 条失败')).toBeVisible()
})

test('staff register a letter received last week, and its deadline counts from last week', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await page.getByRole('button', { name: '登记请求' }).click()
  await expect(page.getByRole('heading', { name: /登记请求（/ })).toBeVisible()
  await choose(page, '类型', '账号注销')
  await page.getByRole('combobox', { name: '平台用户' }).fill('U000002')
  await page.locator('.ant-select-item-option').filter({ hasText: 'U000002' }).click()
  await choose(page, '渠道', '信函')
  const received = page.getByRole('textbox', { name: '收到时间' })
  await received.click()
  await received.fill('2026-11-20 10:00:00')
  // Enter confirms the date and submits the form, as a keyboard user would.
  await received.press('Enter')
  await expect(page).toHaveURL(/\/requests\/R\d{6}$/)
  await expect(page.getByText('2026-11-20 10:00').first()).toBeVisible()
  // Received Friday 20 Nov: ten working days later is Friday 4 Dec.
  await expect(page.getByText('2026-12-04 23:59').first()).toBeVisible()
  await expectAccessible(page)
})

test('the received-date filter takes a typed range, keeps it in the URL and shows it after a reload', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await page.getByRole('textbox', { name: '收到日期' }).click()
  // The picker loads on first use and takes the focus on its start date.
  await expect(page.getByPlaceholder('开始日期')).toBeFocused()
  await page.keyboard.type('2026-11-02')
  await page.keyboard.press('Enter')
  await expect(page.getByPlaceholder('结束日期')).toBeFocused()
  await page.keyboard.type('2026-11-20')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/receivedFrom=2026-11-02&receivedTo=2026-11-20/)
  await page.reload()
  await queueSettled(page, 'receivedTo=2026-11-20')
  await expect(page.getByRole('textbox', { name: '收到日期' })).toHaveValue(
    '2026-11-02 → 2026-11-20',
  )
  await expectAccessible(page)
})

test('antd draws the queue with the styles the build prepared: it computes and inserts none of its own for its components', async ({
  page,
}) => {
  // The components whose styles antd computed in the page, by the style elements it inserted:
  // its theme's variables and its icons' base rules are always written in the page.
  const computedInPage = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('head style'))
        .map((style) => style.textContent ?? '')
        .filter((css) => !css.includes('data-ant-cssinjs-cache-path') && /:where\(\.css-/.test(css))
        .map((css) => /\.ant-[a-z-]+/.exec(css)?.[0]),
    )
  // Signed in from the form (the shell loads after it) and loaded afresh (the styles load at once).
  await signIn(page, 'agent01')
  await queueSettled(page, 'tab=mine')
  expect(await computedInPage()).toEqual([])
  await page.reload()
  await queueSettled(page, 'tab=mine')
  expect(await computedInPage()).toEqual([])
  // Only what is prepared is skipped: a dialog's styles are computed when it first opens.
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible()
  expect(await computedInPage()).toContainEqual(expect.stringMatching(/^\.ant-modal/))
})

test('the next page of the queue in its default order is the second page', async ({ page }) => {
  await signIn(page, 'agent01')
  await pickView(page, /全部/)
  await queueSettled(page, 'tab=all')
  const firstPage = await page.locator(rows).first().getAttribute('data-row-key')
  // The default order is shown on its column's header, and the table reports it with the page.
  await page.getByTitle('下一页').click()
  await queueSettled(page, 'page=2')
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('2')
  await expect(page.locator(rows).first()).not.toHaveAttribute('data-row-key', firstPage ?? '')
})

test('one click opens the page-size select, named in Chinese, and 50 rows a page stay after a reload', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await pickView(page, /全部/)
  await queueSettled(page, 'tab=all')
  const size = page.getByRole('combobox', { name: '每页条数', exact: true })
  await expect(size).toHaveText('20 条/页')
  // Clicked at once, without the pointer resting on it first: the list opens and stays open.
  await size.click()
  const fifty = page.getByRole('option', { name: '50 条/页' })
  await expect(fifty).toBeVisible()
  await fifty.click()
  await queueSettled(page, 'pageSize=50')
  await expect(page.locator(rows)).toHaveCount(50)
  await page.reload()
  await queueSettled(page, 'pageSize=50')
  await expect(page.getByRole('combobox', { name: '每页条数', exact: true })).toHaveText('50 条/页')
})
