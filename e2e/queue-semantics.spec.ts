import type { Page } from '@playwright/test'
import { api, choose, expect, queueSettled, sessionToken, signIn, test } from './fixtures'

const rows = '.ant-table-tbody tr.ant-table-row'
// An agent's queue has no selection column: the status is the 7th cell, the assignee the 8th.
const statusCells = `${rows} td:nth-child(7)`
const assigneeCells = `${rows} td:nth-child(8)`
const FINISHED = ['已完成', '已拒绝', '已撤回']
const selected = `${rows}[aria-selected="true"]`

/** A queue view's button, found by the words on it (its radio sits hidden inside). */
const view = (page: Page, name: string) => page.locator('label', { hasText: name })

const searchBox = (page: Page) =>
  page
    .getByRole('searchbox', { name: /搜索请求编号/ })
    .or(page.getByRole('textbox', { name: /搜索请求编号/ }))

async function setNetwork(
  page: Page,
  token: string,
  conditions: { latencyMs: number; failureRate: number; offline: boolean },
) {
  const r = await api(page, '/admin/network-conditions', { method: 'PUT', body: conditions, token })
  expect(r.status).toBe(200)
}

test('我的待办 holds only what the agent can act on now, each row naming its owner; what waits on others is a view of its own', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await page.goto('/queue?tab=mine&pageSize=100')
  await queueSettled(page, 'tab=mine')
  const mine = await page.locator(statusCells).allTextContents()
  expect(mine.length).toBeGreaterThan(0)
  // Nothing that waits on the lead (待复核) or on the requester is the agent's to act on now.
  for (const status of mine) expect(['待核验身份', '审核中', '已批准']).toContain(status)
  expect(new Set(await page.locator(assigneeCells).allTextContents())).toEqual(
    new Set(['客服小李']),
  )

  await view(page, '等待他人').click()
  await queueSettled(page, 'tab=waiting')
  const waiting = new Set(await page.locator(statusCells).allTextContents())
  expect(waiting).toContain('待复核')
  expect(waiting).toContain('等待申请人')
  for (const status of waiting) expect(['等待申请人', '待复核', '已批准']).toContain(status)
})

test("a lead's 我的待办 holds the decisions others prepared for their check; their own wait on another lead", async ({
  page,
}) => {
  await signIn(page, 'lead01', '/queue?tab=mine&status=pending_approval&pageSize=100')
  await queueSettled(page, 'tab=mine')
  const toCheck = await page
    .locator(rows)
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')))
  expect(toCheck.length).toBeGreaterThan(0)
  await view(page, '等待他人').click()
  await queueSettled(page, 'tab=waiting')
  const ownPrepared = await page
    .locator(rows)
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')))
  expect(ownPrepared.length).toBeGreaterThan(0)
  for (const id of ownPrepared) expect(toCheck).not.toContain(id)
  // Who prepared each: the lead for everything waiting on others, someone else for all the rest.
  for (const [ids, own] of [
    [toCheck.slice(0, 3), false],
    [ownPrepared.slice(0, 3), true],
  ] as const) {
    for (const id of ids) {
      const { body } = await api<{ preparedBy: string }>(page, `/requests/${id}`)
      expect(body.preparedBy === 'S003').toBe(own)
    }
  }
})

test('every count says whose it is, the same way in the queue and on the workbench', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await queueSettled(page, 'tab=mine')
  for (const [name, whose] of [
    ['我的待办', '我的'],
    ['等待他人', '我的'],
    ['未分配', '团队'],
    ['即将到期', '团队'],
    ['已逾期', '团队'],
    ['全部', '团队'],
  ] as const)
    await expect(view(page, name)).toHaveText(new RegExp(`^${name} ${whose} \\d+$`))
  const teamOverdue = Number(
    (await view(page, '已逾期').textContent())?.match(/团队 (\d+)/)?.[1] ?? NaN,
  )

  await page.getByRole('navigation').getByRole('link', { name: '工作台' }).click()
  const overdue = page.getByRole('link', { name: /^已逾期: \d+（我的）$/ })
  await expect(overdue).toContainText('我的')
  const mineOverdue = Number((await overdue.getAttribute('aria-label'))?.match(/\d+/)?.[0])
  expect(mineOverdue).toBeLessThan(teamOverdue)
  await overdue.click()
  await queueSettled(page, 'assignee=me')
  await expect(page.getByText(`共 ${mineOverdue} 条`)).toBeVisible()
  await expect(view(page, '已逾期')).toHaveText(`已逾期 团队 ${teamOverdue}`)
})

test("a lead's overdue figure is the team's, the same number as the queue's 已逾期, and says what it counts beside the on-time rate", async ({
  page,
}) => {
  await signIn(page, 'lead01')
  const overdue = page.getByRole('link', { name: /^已逾期: \d+（团队）/ })
  // The lead's figures are computed over every request: on a busy machine that takes a while.
  await expect(overdue).toContainText('团队', { timeout: 30_000 })
  await expect(overdue).toContainText('此刻仍未结、已过期限的团队请求')
  const count = Number((await overdue.getAttribute('aria-label'))?.match(/\d+/)?.[0])
  await expect(page.getByText(/按期率只看近 30 天已答复（完成或拒绝）的请求/)).toBeVisible()
  await expect(page.getByRole('link', { name: /^待我复核的决定: \d+（我的）/ })).toBeVisible()
  await overdue.click()
  await queueSettled(page, 'tab=overdue')
  await expect(view(page, '已逾期')).toHaveText(`已逾期 团队 ${count}`)
  await expect(page.getByText(`共 ${count} 条`)).toBeVisible()
})

test('全部 sorted by deadline leaves finished requests out until they are asked for', async ({
  page,
}) => {
  await signIn(page, 'agent01', '/queue?tab=all&sort=deadlineAt%3Aasc')
  await queueSettled(page, 'tab=all')
  const open = await page.locator(statusCells).allTextContents()
  expect(open.length).toBeGreaterThan(0)
  for (const status of open) expect(FINISHED).not.toContain(status)

  await choose(page, '已结案请求', '仅看已结案请求')
  await queueSettled(page, 'finished=only')
  const finished = await page.locator(statusCells).allTextContents()
  expect(finished.length).toBeGreaterThan(0)
  for (const status of finished) expect(FINISHED).toContain(status)
})

test('while loading the counts and the table show placeholders, never 0 or "no requests"; the error box goes once the data loads @mock', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await queueSettled(page, 'tab=mine')
  const admin = await sessionToken(page, 'admin01')
  await setNetwork(page, admin, { latencyMs: 5000, failureRate: 0, offline: false })
  await page.reload()
  const loading = page.getByRole('status', { name: '正在加载请求…' })
  await expect(loading).toBeVisible({ timeout: 30_000 })
  await expect(view(page, '已逾期')).toHaveText('已逾期 团队 …')
  await expect(page.getByText('没有符合条件的请求')).toHaveCount(0)
  await expect(page.locator(rows).first()).toBeVisible({ timeout: 30_000 })
  await expect(view(page, '已逾期')).toHaveText(/^已逾期 团队 \d+$/)

  // The network fails: the table waits for the verdict, then says it could not load.
  await setNetwork(page, admin, { latencyMs: 0, failureRate: 1, offline: false })
  await view(page, '即将到期').click()
  const failure = page
    .getByRole('alert')
    .filter({ has: page.getByRole('button', { name: '重试' }) })
  await expect(failure).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText('没有符合条件的请求')).toHaveCount(0)
  await expect(page.getByText('请求列表未能加载，见上方的错误信息')).toBeVisible()

  await setNetwork(page, admin, { latencyMs: 0, failureRate: 0, offline: false })
  await failure.getByRole('button', { name: '重试' }).click()
  await queueSettled(page, 'tab=due_soon')
  await expect(failure).toHaveCount(0)
})

test('j and k scroll the selection into view and go on across pages', async ({ page }) => {
  await signIn(page, 'agent01', '/queue?tab=all')
  await queueSettled(page, 'tab=all')
  await expect(page.locator(rows)).toHaveCount(20)
  const lastOfFirst = await page.locator(rows).nth(19).getAttribute('data-row-key')
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  for (let i = 0; i < 19; i++) await page.keyboard.press('j')
  await expect(page.locator(selected)).toHaveAttribute('data-row-key', lastOfFirst ?? '')
  await expect(page.locator(selected)).toBeInViewport()

  await page.keyboard.press('j')
  await queueSettled(page, 'page=2')
  const firstOfSecond = await page.locator(rows).first().getAttribute('data-row-key')
  expect(firstOfSecond).not.toBe(lastOfFirst)
  await expect(page.locator(selected)).toHaveAttribute('data-row-key', firstOfSecond ?? '')
  await expect(page.locator(selected)).toBeInViewport()

  await page.keyboard.press('k')
  await expect(page).not.toHaveURL(/page=2/)
  await expect(page.locator(selected)).toHaveAttribute('data-row-key', lastOfFirst ?? '')
  await expect(page.locator(selected)).toBeInViewport()
})

test('Esc in the search box leaves it, clears the search and returns to the list, so j moves the selection', async ({
  page,
}) => {
  await signIn(page, 'agent01', '/queue?tab=all')
  await queueSettled(page, 'tab=all')
  const secondId = await page.locator(rows).nth(1).getAttribute('data-row-key')
  const search = searchBox(page)
  await search.fill('R00')
  await search.press('Enter')
  await queueSettled(page, 'q=R00')
  await search.press('Escape')
  await expect(search).not.toBeFocused()
  await expect(search).toHaveValue('')
  await expect(page).not.toHaveURL(/q=/)
  await queueSettled(page, 'tab=all')
  await page.keyboard.press('j')
  await expect(search).toHaveValue('')
  await expect(page.locator(selected)).toHaveAttribute('data-row-key', secondId ?? '')
})
