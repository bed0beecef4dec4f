import type { Page } from '@playwright/test'
import { cancellable, preparedCancellation, requestInReview, withUnfinishedTasks } from './api-data'
import {
  api,
  approvePrepared,
  expect,
  expectAccessible,
  sessionToken,
  signIn,
  test,
  shot,
} from './fixtures'

// Account cancellation (policy 6(5)): maker and checker, the checklist, the data plan. Each
// journey registers the cancellations it works on, so it finds them as it left them.

interface Summary {
  id: string
  version: number
  preparedBy: string | null
  blocking: string[]
  decision: { outcome: string } | null
}

const panelOf = (page: Page, name = '账号注销审核') => page.getByRole('region', { name })
const header = (page: Page, id: string) => page.getByRole('article', { name: new RegExp(id) })

/** Opens a request page and waits until its cancellation checklist is on screen. */
async function openRequest(page: Page, id: string, panelName?: string) {
  await page.goto(`/requests/${id}`)
  // With several tabs loading the console on a busy machine, a page load takes its time.
  await expect(panelOf(page, panelName).getByTestId('checklist-summary')).toBeVisible({
    timeout: 60_000,
  })
}

test('agent01 prepares the approval of a clean cancellation, lead01 approves it, and the account is cancelled with its data plan', async ({
  page,
  context,
}) => {
  // Several tabs loading the console on one busy machine.
  test.slow()
  await signIn(page, 'agent01')
  const { id } = await requestInReview(page, 'cancellation', cancellable)
  await openRequest(page, id)
  const panel = panelOf(page)
  await expect(panel.getByTestId('checklist-summary')).toHaveText('全部检查通过，可以批准注销')
  await expect(panel.getByTestId('cancellation-check')).toHaveCount(6)
  // One way to prepare a cancellation decision: the panel's, not the generic one.
  await expect(page.getByRole('button', { name: '准备决定' })).toHaveCount(0)
  await expect(panel.getByRole('radio', { name: '批准注销' })).toBeChecked()
  await expect(panel.getByLabel(/发给用户的通知/)).toHaveValue(new RegExp(`编号 ${id}）已审核通过`))
  // A user who reads English gets the English template, which the Chinese console loads on demand.
  await panel.getByRole('radio', { name: 'English' }).check()
  await expect(panel.getByLabel(/发给用户的通知/)).toHaveValue(
    new RegExp(
      `^Hello\\. Your account cancellation request of .* \\(ref\\. ${id}\\) has been approved`,
    ),
  )
  await panel.getByRole('radio', { name: '中文' }).check()
  await expect(panel.getByLabel(/发给用户的通知/)).toHaveValue(new RegExp(`编号 ${id}）已审核通过`))
  await expectAccessible(page)
  await shot(page, 'panel-agent-clean', { fullPage: true })
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  await expect(header(page, id).getByText('待复核', { exact: true })).toBeVisible()

  const lead = await context.newPage()
  await signIn(lead, 'lead01')
  await openRequest(lead, id)
  const leadPanel = panelOf(lead)
  await expect(leadPanel.getByTestId('maker-checker-note')).toContainText(
    '请核对检查项和数据处理计划',
  )
  await expect(leadPanel.getByTestId('data-plan')).toContainText('批准后将按此计划处理（预览）')
  await shot(lead, 'panel-lead-pending', { fullPage: true })
  await lead.getByRole('button', { name: '复核批准' }).click()
  const confirmation = lead.getByRole('dialog', { name: `批准 ${id}？` })
  await expect(confirmation).toContainText('将立即停止全部服务并注销')
  await expect(confirmation).toContainText('以短信通知用户')
  await shot(lead, 'approve-confirmation', { fullPage: true })
  await confirmation.getByRole('button', { name: '确认批准' }).click()
  await expect(lead.getByText(`已批准注销 ${id}：服务已停止`)).toBeVisible()

  await expect(header(lead, id).getByText('已批准', { exact: true })).toBeVisible()
  await expect(lead.getByText('已注销', { exact: true })).toBeVisible()
  const plan = leadPanel.getByTestId('data-plan')
  await expect(plan.getByRole('row', { name: /支付与收益记录/ })).toContainText('依法保存')
  await expect(plan.getByRole('row', { name: /支付与收益记录/ })).toContainText(
    '《税收征收管理法实施细则》第二十九条',
  )
  await expect(plan.getByRole('row', { name: /设备信息与系统日志/ })).toContainText(
    '《网络安全法》第二十一条',
  )
  await expect(plan.getByRole('row', { name: /身份信息/ })).toContainText('删除')
  await expect(plan.getByRole('row', { name: /基本资料/ })).toContainText('匿名化')
  await expect(leadPanel.getByTestId('user-notification')).toContainText('已审核通过')
  await shot(lead, 'panel-lead-approved', { fullPage: true })

  await plan.getByRole('button', { name: '执行数据处理计划' }).click()
  await lead
    .getByRole('dialog', { name: '执行数据处理计划？' })
    .getByRole('button', { name: /^确认执行 \d+ 类$/ })
    .click()
  // One server round trip per data category, each slow on a busy machine.
  await expect(plan.getByText(/已于 .+ 全部执行完毕/)).toBeVisible({ timeout: 120_000 })
  await expect(plan.getByRole('progressbar', { name: '数据处理进度' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  )
  await expect(plan.getByTestId('plan-progress')).toHaveText(/^已执行 (\d+)\/\1 项$/)
  await expect(header(lead, id).getByText('已完成', { exact: true })).toBeVisible()
  await expect(
    lead.getByTestId('timeline-event').filter({ hasText: '数据处理计划执行完毕' }),
  ).toHaveCount(1)
  await expectAccessible(lead)
  await shot(lead, 'panel-lead-executed', { fullPage: true })
})

test('lead01 cannot approve a decision they prepared', async ({ page }) => {
  // Two sign-ins, each loading the console again.
  test.slow()
  await signIn(page, 'lead01')
  // agent01's, as intake assigns it; the lead prepares the decision on it.
  const agent = await sessionToken(page, 'agent01')
  const { id } = await requestInReview(page, 'cancellation', cancellable, { token: agent })
  await openRequest(page, id)
  await panelOf(page).getByRole('button', { name: '提交主管复核' }).click()
  await expect(panelOf(page).getByTestId('maker-checker-note')).toHaveText(
    '此决定由您准备：需由另一位主管复核批准。',
  )
  await expect(page.getByRole('button', { name: '复核批准' })).toHaveCount(0)
  const current = await api<{ version: number }>(page, `/requests/${id}`)
  const attempt = await api<{ code: string }>(page, `/requests/${id}/approve`, {
    method: 'POST',
    body: {},
    version: current.body.version,
  })
  expect(attempt.status).toBe(403)
  expect(attempt.body.code).toBe('MAKER_CHECKER')
  await openRequest(page, id)
  await expect(header(page, id).getByText('待复核', { exact: true })).toBeVisible()
  await expect(page.getByText('已注销', { exact: true })).toHaveCount(0)
})

test('a cancellation with an unfinished task cannot be approved, and the console says why', async ({
  page,
  context,
}) => {
  // Several tabs loading the console on one busy machine.
  test.slow()
  await signIn(page, 'agent01')
  const blocked = await requestInReview(page, 'cancellation', withUnfinishedTasks)
  await openRequest(page, blocked.id)
  const panel = panelOf(page)
  await expect(panel.getByTestId('checklist-summary')).toHaveText('1 项阻止注销')
  const tasks = panel.locator('[data-check="no_unfinished_tasks"]')
  await expect(tasks).toHaveAttribute('data-ok', 'false')
  await expect(tasks).toContainText('阻止注销')
  await expect(tasks).toContainText(/作为零工 \d+ 个、作为发布方 \d+ 个未完成任务/)
  await expect(panel.getByRole('radio', { name: '批准注销' })).toBeDisabled()
  await expect(panel.getByText('存在阻止注销的事项，不能批准。')).toBeVisible()
  await expect(panel.getByLabel(/发给用户的通知/)).toHaveValue(/您还有未完成的任务/)
  await expectAccessible(page)
  await shot(page, 'panel-agent-blocked', { fullPage: true })
  // The server holds the line whatever the page offers.
  const forced = await api<{ code: string; details: { failing: string[] } }>(
    page,
    `/requests/${blocked.id}/decision`,
    {
      method: 'POST',
      body: { outcome: 'approve', message: '已通过' },
      version: blocked.version,
    },
  )
  expect(forced.status).toBe(409)
  expect(forced.body).toMatchObject({
    code: 'PRECONDITION_FAILED',
    details: { failing: ['no_unfinished_tasks'] },
  })

  // Prepared while clean, and the user took a task before the checker came: approval re-checks.
  const lead = await context.newPage()
  await signIn(lead, 'lead01')
  const pending = await api<{ items: Summary[] }>(
    lead,
    '/cancellations?status=pending_approval&pageSize=200',
  )
  const changed = pending.body.items.find(
    (r) =>
      r.preparedBy !== 'S003' &&
      r.decision?.outcome === 'approve' &&
      r.blocking.join() === 'no_unfinished_tasks',
  )
  expect(changed).toBeTruthy()
  await openRequest(lead, changed!.id)
  await approvePrepared(lead)
  const refusal = panelOf(lead).getByTestId('precondition-failed')
  await expect(refusal).toContainText('不能批准：以下检查未通过')
  await expect(refusal).toContainText('无未完成任务（零工或发布方）')
  await expect(header(lead, changed!.id).getByText('待复核', { exact: true })).toBeVisible()
  await expect(lead.getByTestId('correlation-id')).toBeVisible()
})

test('two leads approve the same request at once: one succeeds, the other sees a conflict, nothing is done twice', async ({
  context,
}) => {
  // Several tabs loading the console on one busy machine.
  test.slow()
  const agent = await context.newPage()
  await signIn(agent, 'agent01')
  const clean = await preparedCancellation(agent)

  // Two tabs of one browser share the mock backend, as two leads share the real one.
  const a = await context.newPage()
  const b = await context.newPage()
  await signIn(a, 'lead01')
  await signIn(b, 'lead01')
  await openRequest(a, clean.id)
  await openRequest(b, clean.id)
  await expect(a.getByRole('button', { name: '复核批准' })).toBeVisible()
  await expect(b.getByRole('button', { name: '复核批准' })).toBeVisible()

  await approvePrepared(a)
  await expect(header(a, clean.id).getByText('已批准', { exact: true })).toBeVisible()
  await b.getByRole('button', { name: '复核批准' }).click()
  await b
    .getByRole('dialog', { name: `批准 ${clean.id}？` })
    .getByRole('button', { name: '确认批准' })
    .click()
  const conflict = b.getByRole('dialog', { name: '此请求已被他人更改' })
  await expect(conflict).toBeVisible()
  await expect(conflict).toContainText('待复核')
  await expect(conflict).toContainText('已批准')
  await shot(b, 'conflict-dialog', { fullPage: true })
  await conflict.getByRole('button', { name: '放弃我的操作' }).click()
  await expect(conflict).toBeHidden()

  await expect(b.getByTestId('timeline-event').filter({ hasText: '复核批准' })).toHaveCount(1)
  const after = await api<{ timeline: { action: string }[]; notifications: unknown[] }>(
    b,
    `/requests/${clean.id}`,
  )
  expect(after.body.timeline.filter((e) => e.action === 'approved')).toHaveLength(1)
  expect(after.body.timeline.filter((e) => e.action === 'data_plan_produced')).toHaveLength(1)
  expect(after.body.notifications).toHaveLength(1)
})

test('a lead approves several prepared cancellations at once: only eligible rows can be chosen, the lead confirms, and each result reads as a sentence', async ({
  page,
}) => {
  // Two cancellations registered, verified and prepared through the API before the journey.
  test.slow()
  await signIn(page, 'lead01')
  // Two of agent01's, each prepared for approval: what this lead may approve as a batch.
  const agent = await sessionToken(page, 'agent01')
  const clean = [
    await preparedCancellation(page, { token: agent }),
    await preparedCancellation(page, { token: agent }),
  ]
  const pending = async () => {
    const rows: Summary[] = []
    for (let n = 1; ; n++) {
      const { body } = await api<{ items: Summary[]; total: number }>(
        page,
        `/cancellations?status=pending_approval&pageSize=200&page=${n}`,
      )
      rows.push(...body.items)
      if (rows.length >= body.total) return rows
    }
  }
  let all = await pending()
  // The console's page (of 20, most urgent first) each row is on.
  const pageOf = (id: string) => Math.floor(all.findIndex((r) => r.id === id) / 20) + 1
  // A batch is chosen from one page: two prepared at once sit side by side, unless a page ends
  // between them, and then the next one prepared joins the second.
  while (pageOf(clean[0]!.id) !== pageOf(clean[1]!.id)) {
    clean.shift()
    clean.push(await preparedCancellation(page, { token: agent }))
    all = await pending()
  }
  // Prepared while clean, and the user took a task before the checker came: the seed's own, as
  // the public API never lets an approval be prepared for a blocked account.
  const blocked = all.find(
    (r) =>
      r.preparedBy !== 'S003' &&
      r.decision?.outcome === 'approve' &&
      r.blocking.join() === 'no_unfinished_tasks',
  )!
  expect(blocked).toBeTruthy()

  await page.getByRole('navigation').getByRole('link', { name: '注销复核' }).click()
  await expect(page.getByRole('heading', { name: '注销复核', level: 1 })).toBeVisible()
  await page.goto(`/cancellations?page=${pageOf(blocked.id)}`)
  const blockedBox = page.getByRole('checkbox', { name: `选择 ${blocked.id}` })
  await expect(blockedBox).toBeVisible({ timeout: 60_000 })
  // Only what this batch can approve is selectable; the others say why not.
  await expect(blockedBox).toBeDisabled()
  await expect(
    page.getByRole('row', { name: new RegExp(blocked.id) }).getByTestId('not-selectable'),
  ).toHaveText('检查未通过：无未完成任务（零工或发布方）')
  await page.goto(`/cancellations?page=${pageOf(clean[0]!.id)}`)
  for (const row of clean) await page.getByRole('checkbox', { name: `选择 ${row.id}` }).check()
  await expectAccessible(page)
  await shot(page, 'approvals-selected', { fullPage: true })
  await page.getByRole('button', { name: '批准所选（2）' }).click()
  const confirmation = page.getByRole('dialog', { name: '批准 2 件注销？' })
  await expect(confirmation).toContainText('这 2 个账号将立即停止全部服务并注销')
  for (const row of clean) await expect(confirmation).toContainText(row.id)
  await shot(page, 'approvals-confirm', { fullPage: true })
  await confirmation.getByRole('button', { name: '确认批准 2 件' }).click()

  const results = page.getByRole('status').filter({ hasText: '批准结果' })
  await expect(results).toContainText('批准结果：成功 2 件，失败 0 件')
  for (const row of clean) {
    const result = results.getByTestId('bulk-result').filter({ hasText: row.id })
    await expect(result).toHaveAttribute('data-ok', 'true')
    await expect(result).toHaveText(`${row.id}：已批准，账号已停止服务，已短信通知用户。`)
  }
  await shot(page, 'approvals-results', { fullPage: true })
  for (const row of clean)
    expect((await api<{ status: string }>(page, `/requests/${row.id}`)).body.status).toBe(
      'approved',
    )
  expect((await api<{ status: string }>(page, `/requests/${blocked.id}`)).body.status).toBe(
    'pending_approval',
  )

  // Rejections are a batch of their own: an approval cannot be selected there.
  await page.goto(`/cancellations?page=${pageOf(blocked.id)}`)
  await expect(page.getByRole('checkbox', { name: `选择 ${blocked.id}` })).toBeVisible({
    timeout: 60_000,
  })
  await page.getByText('同意拒绝', { exact: true }).click()
  await expect(page.getByRole('checkbox', { name: `选择 ${blocked.id}` })).toBeDisabled()
  await expect(
    page.getByRole('row', { name: new RegExp(blocked.id) }).getByTestId('not-selectable'),
  ).toHaveText('决定类型不同，请切换批次类型')

  await page.getByRole('tab', { name: '临近期限或逾期' }).click()
  await expect(page).toHaveURL(/view=flagged/)
  await expect(page.getByTestId('flag-counts')).toContainText(/临近期限 \d+ 件，已逾期 [1-9]\d* 件/)
  await expect(
    page
      .locator('.ant-table-tbody')
      .getByText(/已逾期 \d+ 个工作日/)
      .first(),
  ).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'approvals-flagged', { fullPage: true })
})

test('the cancellation panel reads in English', async ({ page }) => {
  await signIn(page, 'agent01')
  const { id } = await requestInReview(page, 'cancellation', withUnfinishedTasks)
  await page.evaluate(() => localStorage.setItem('console.language', 'en-US'))
  await openRequest(page, id, 'Account cancellation review')
  const panel = panelOf(page, 'Account cancellation review')
  await expect(panel.getByTestId('checklist-summary')).toHaveText('1 item blocks the cancellation')
  await expect(panel.locator('[data-check="no_unfinished_tasks"]')).toContainText(
    /\d+ unfinished as gig worker, \d+ as task publisher/,
  )
  await expect(panel.getByRole('radio', { name: 'Approve cancellation' })).toBeDisabled()
  await expectAccessible(page)
  await shot(page, 'panel-en', { fullPage: true })
})
