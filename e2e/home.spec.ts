import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import {
  api,
  browserNow,
  choose,
  expect,
  expectAccessible as axeCheck,
  queueSettled,
  sessionToken,
  signIn,
  switchToEnglish,
  test,
  type Username,
  shot,
} from './fixtures'

const rows = '.ant-table-tbody tr.ant-table-row'

/** axe on the page at rest: a card still under the mouse shows antd's hover colours. */
async function expectAccessible(page: Page) {
  await page.mouse.move(0, 0)
  await axeCheck(page)
}

/** Makes `username` reveal the phone number of R000001's user `times` times, through the API, in this page's backend. */
async function revealAs(page: Page, username: Username, times: number) {
  const token = await sessionToken(page, username)
  // A reveal is for a request of that user: R000001 and whoever asked for it.
  const { userId } = (await api<{ userId: string }>(page, '/requests/R000001', { token })).body
  const statuses: number[] = []
  for (let i = 0; i < times; i++) {
    const body = { field: 'phone', reason: '用户来电核对身份', requestId: 'R000001' }
    statuses.push(
      (await api(page, `/users/${userId}/reveal`, { method: 'POST', body, token })).status,
    )
  }
  expect(statuses).toEqual(Array(times).fill(200))
}

/** Records a privacy-dialing disclosure now, as the compliance manager signed in on this page. */
async function recordDialingDisclosure(page: Page) {
  const body = {
    basis: 'privacy_dialing',
    userIds: ['U000001'],
    recipient: { name: '隐私号服务商', type: 'service_provider', contact: 'ops@dialing.example' },
    dataItems: ['name', 'phone', 'idNumber', 'idPortraitPhoto'],
    purpose: 'A 号码报备',
    disclosedAt: new Date(await browserNow(page)).toISOString(),
  }
  expect((await api(page, '/disclosures', { method: 'POST', body })).status).toBe(201)
}

test('an agent starts on the queue, and the workbench is one click away with links into the filtered queue', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await expect(page).toHaveURL(/\/queue\?tab=mine/)
  await page.getByRole('navigation').getByRole('link', { name: '工作台' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible()
  for (const heading of ['我的请求（按状态）', '我最近的操作'])
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
  const overdue = page.getByRole('link', { name: /^已逾期: \d+/ })
  await expect(overdue).toBeVisible()
  await expect(
    page.getByRole('table', { name: '我最近的操作' }).locator(rows).first(),
  ).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'agent-home', { fullPage: true })

  const count = Number((await overdue.getAttribute('aria-label'))?.match(/\d+/)?.[0])
  expect(count).toBeGreaterThan(0)
  await overdue.click()
  await expect(page).toHaveURL(/\/queue\?tab=overdue&assignee=me$/)
  await queueSettled(page, 'tab=overdue')
  for (const badge of await page.locator(`${rows} [data-testid="sla-badge"]`).allTextContents())
    expect(badge).toMatch(/^逾期/)
  await expect(page.getByText(`共 ${count} 条`)).toBeVisible()

  await page.goBack()
  await page.getByRole('link', { name: /^审核中: \d+/ }).click()
  await expect(page).toHaveURL(/\/queue\?tab=mine&status=in_review$/)
  await queueSettled(page, 'status=in_review')
  const inReview = await page.locator(rows).allTextContents()
  expect(inReview.length).toBeGreaterThan(0)
  for (const row of inReview) expect(row).toContain('审核中')
})

test('a lead sees the team backlog, workload, approvals and trend charts, and a backlog cell opens that slice of the queue', async ({
  page,
}) => {
  await signIn(page, 'lead01')
  await expect(page).toHaveURL(/\/workbench$/)
  for (const heading of [
    '团队积压（类型 × 状态）',
    '人员工作量',
    '待我复核的决定',
    '近 30 天按期率（按类型）',
    '积压趋势：每个工作日收到与结案',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
  }
  const approvals = page.getByRole('table', { name: '待我复核的决定' })
  await expect(approvals.locator(rows).first()).toBeVisible()
  await expect(page.getByRole('table', { name: '人员工作量' })).toContainText('客服小李')
  const chart = page.getByRole('img', { name: /积压趋势/ })
  await expect(chart).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'lead-home', { fullPage: true })

  // The same figures as a table, for anyone who cannot read the chart.
  await page.locator('.ant-segmented-item', { hasText: '表格' }).first().click()
  await expect(
    page.getByRole('table', { name: '积压趋势：每个工作日收到与结案' }).locator(rows),
  ).toHaveCount(20)
  await choose(page, '请求类型', '个人信息副本')
  await expect(page.getByText(/近 30 天答复的个人信息副本请求/)).toBeVisible()

  const cell = page.getByRole('link', { name: /^账号注销 · 审核中：\d+ 条$/ })
  const expected = Number((await cell.textContent()) ?? '0')
  await cell.click()
  await expect(page).toHaveURL(/\/queue\?tab=all&type=cancellation&status=in_review$/)
  await queueSettled(page, 'type=cancellation')
  await expect(page.getByText(`共 ${expected} 条`)).toBeVisible()
  for (const row of await page.locator(rows).allTextContents()) expect(row).toContain('账号注销')
})

test('compliance sees this month’s disclosures, pending applications, chain integrity and an unusual number of reveals', async ({
  page,
}) => {
  await signIn(page, 'compliance01')
  await recordDialingDisclosure(page)
  await revealAs(page, 'agent01', 6)
  await revealAs(page, 'agent02', 1)
  await revealAs(page, 'lead01', 2)
  await page.getByRole('button', { name: '刷新' }).click()
  const reveals = page.getByRole('table', { name: '本周查看完整信息（按人员）' })
  await expect(reveals.locator(rows)).toHaveCount(3)
  await expect(reveals.locator(rows).filter({ hasText: '客服小李' })).toContainText('异常偏多')
  await expect(reveals.locator(rows).filter({ hasText: '主管陈' })).not.toContainText('异常偏多')
  await expect(page.getByText(/中位数 2，超过 4 次即标出/)).toBeVisible()
  await expect(reveals.getByRole('link', { name: '客服小李: 6 (异常偏多)' })).toHaveAttribute(
    'href',
    /^\/audit\?actorId=S001&action=user\.reveal\.&outcome=success&from=\d{4}-\d\d-\d\d$/,
  )
  await expect(page.getByTestId('chain-disclosures')).toContainText('完整')
  await expect(page.getByTestId('chain-audit')).toContainText('完整')
  await expect(page.getByRole('heading', { name: /待审批的第三方申请（\d+）/ })).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'compliance-home', { fullPage: true })

  const dialing = page.getByRole('link', { name: /^隐私拨号（A 号码报备）: \d+$/ })
  const count = Number(await dialing.textContent())
  expect(count).toBeGreaterThanOrEqual(1)
  await dialing.click()
  await expect(page).toHaveURL(
    /\/disclosures\?basis=privacy_dialing&from=\d{4}-\d\d-01&to=\d{4}-\d\d-\d\d$/,
  )
  await expect(page.getByText(`共 ${count} 条`)).toBeVisible()
})

test('an admin sees the calendar of this and next year, the staff by role and the network state', async ({
  page,
}) => {
  await signIn(page, 'admin01')
  await expect(page.getByTestId('calendar-2026')).toContainText('已载入（官方）')
  await expect(page.getByTestId('calendar-2027')).toContainText('未载入')
  await expect(page.getByTestId('network-state')).toHaveText('正常：无注入的延迟或故障')
  const staff = page.getByRole('table', { name: '员工与角色' })
  await expect(staff.locator(rows).filter({ hasText: '合规经理' })).toContainText('2')
  await expectAccessible(page)
  await shot(page, 'admin-home', { fullPage: true })
  await page.getByRole('link', { name: '管理工作日历' }).click()
  await expect(page).toHaveURL(/\/admin\/calendar/)
})

test('the monthly report shows the month, exports an audited CSV and prints without the shell', async ({
  page,
}) => {
  await signIn(page, 'compliance01')
  await page.getByRole('navigation').getByRole('link', { name: '报表' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: /月度合规报表 · \d{4}-\d\d/ }),
  ).toBeVisible()
  const requests = page.getByRole('table', { name: '请求（按类型与结果）' })
  await expect(requests.locator(rows)).toHaveCount(7)
  await expectAccessible(page)
  await shot(page, 'report', { fullPage: true })

  const inChina = new Date((await browserNow(page)) + 8 * 3_600_000)
  const previous = new Date(Date.UTC(inChina.getUTCFullYear(), inChina.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7)
  await choose(page, '月份', previous)
  await expect(page).toHaveURL(new RegExp(`/reports\\?month=${previous}$`))
  await expect(
    page.getByRole('heading', { level: 1, name: `月度合规报表 · ${previous}` }),
  ).toBeVisible()
  await expect(page.getByRole('table', { name: '处理时长（工作日）' }).locator(rows)).toHaveCount(7)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`compliance-report-${previous}.csv`)
  const csv = await readFile((await file.path()) ?? '', 'utf8')
  // One byte-order mark (from the server) and Chinese words, as the Chinese console asked for.
  expect(csv.split('\r\n')[0]).toBe('\uFEFF部分,项目,指标,数值')
  expect(csv).toContain(`报表,${previous},起始日,${previous}-01`)
  await expect(page.getByText(`已导出 ${previous} 的报表`)).toBeVisible()
  const audit = (
    await api<{ items: { target: string; actorId: string }[] }>(
      page,
      '/audit-events?q=report.export',
    )
  ).body.items
  expect(audit[0]).toMatchObject({ target: `monthly:${previous}`, actorId: 'S004' })

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation')).toBeHidden()
  await expect(page.getByRole('button', { name: '导出 CSV' })).toBeHidden()
  await expect(requests).toBeVisible()
  await shot(page, 'report-print', { fullPage: true })
})

test('the home screens and the report read in English too', async ({ page }) => {
  await signIn(page, 'lead01')
  await switchToEnglish(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Workbench' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Team backlog (type × status)' })).toBeVisible()
  await expect(page.getByRole('img', { name: /Backlog trend/ })).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'lead-home-en', { fullPage: true })
  await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: /Monthly compliance report/ }),
  ).toBeVisible()
  await expect(page.getByRole('table', { name: 'On-time rate' })).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'report-en', { fullPage: true })
})

test('an agent cannot open the report, and the API refuses it too', async ({ page }) => {
  await signIn(page, 'agent01')
  await expect(page.getByRole('navigation').getByRole('link', { name: '报表' })).toHaveCount(0)
  await page.goto('/reports')
  await expect(page.getByText('您的角色不能打开此页面。')).toBeVisible()
  expect((await api(page, '/reports/monthly')).status).toBe(403)
})
