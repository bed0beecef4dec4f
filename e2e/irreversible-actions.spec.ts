import type { Page } from '@playwright/test'
import {
  api,
  expect,
  expectAccessible,
  PASSWORD,
  sessionToken,
  signIn,
  test,
  shot,
  SHOTS_WANTED,
} from './fixtures'
import { activationCodeSentTo } from './pages/mock-outboxes'

// What cannot be undone asks first, saying what will happen and to how many, and says afterwards
// what was done; what only informs can be put away by those who cannot act on it.

const LOAD = { timeout: 45_000 }
const OPEN = 'identity_pending,awaiting_requester,in_review,pending_approval,approved'

type Dated = { id: string; targetAt: string | null; deadlineAt: string | null }

/** Every open request's dates, read page by page as the API lists them. */
async function openDates(page: Page): Promise<Map<string, string>> {
  const dates = new Map<string, string>()
  for (let n = 1; ; n++) {
    const { body } = await api<{ items: (Dated & { calendarProvisional: boolean })[] }>(
      page,
      `/requests?status=${OPEN}&pageSize=200&page=${n}`,
    )
    for (const r of body.items)
      dates.set(r.id, `${r.targetAt}|${r.deadlineAt}|${r.calendarProvisional}`)
    if (body.items.length < 200) return dates
  }
}

test('saving the SLA settings says first how many open requests get new deadlines; cancelling saves nothing', async ({
  page,
}) => {
  await signIn(page, 'admin01', '/admin/settings')
  const other = page.getByLabel('其他请求期限（身份核验通过后，工作日）')
  await expect(other).toHaveValue('15', LOAD)
  const before = await openDates(page)

  await other.fill('12')
  await page.getByRole('button', { name: /^保\s*存$/ }).click()
  let confirm = page.getByRole('dialog', { name: '保存设置？' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: /^取\s*消$/ }).click()
  await expect(confirm).toBeHidden()
  expect((await api<{ otherDeadlineDays: number }>(page, '/settings')).body.otherDeadlineDays).toBe(
    15,
  )
  expect(await openDates(page)).toEqual(before)

  // The save is tried on a freshly loaded page: what is checked here is the question and its count,
  // not a second try on the same page.
  await page.reload()
  await expect(other).toHaveValue('15', LOAD)
  await other.fill('12')
  await page.getByRole('button', { name: /^保\s*存$/ }).click()
  confirm = page.getByRole('dialog', { name: '保存设置？' })
  const said = confirm.getByTestId('settings-consequence')
  await expect(said).toHaveText(
    /^保存后，\d+ 个进行中请求的目标日期或期限将按新设置改变，立即生效。$/,
  )
  const count = Number((await said.textContent())?.match(/(\d+) 个/)?.[1])
  await expectAccessible(page)
  await shotAtBothSizes(page, 'sla-confirm')
  await confirm.getByRole('button', { name: '确认保存' }).click()
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toHaveText(
    `设置已保存；${count} 个进行中请求的期限已重新计算。`,
  )
  // The count said beforehand is the number of open requests whose dates did move.
  const after = await openDates(page)
  const moved = [...before].filter(([id, dates]) => after.get(id) !== dates)
  expect(moved.length).toBeGreaterThan(0)
  expect(count).toBe(moved.length)
})

test('carrying out a deletion plan says whose data goes, category by category, and who is told', async ({
  page,
}) => {
  // One server round trip per category, each on the version the last one returned.
  test.slow()
  await signIn(page, 'lead01')
  type Item = { category: string; action: 'delete' | 'anonymise' | 'keep'; executedAt: null }
  const { items } = (
    await api<{ items: { id: string }[] }>(page, '/requests?type=deletion&status=approved')
  ).body
  const id = items[0]!.id
  const request = (
    await api<{ userId: string; user: { name: string }; dataPlan: { items: Item[] } }>(
      page,
      `/requests/${id}`,
    )
  ).body
  const plan = request.dataPlan.items
  const of = (action: Item['action']) => plan.filter((i) => i.action === action).length
  const name = request.user.name

  await page.goto(`/requests/${id}`)
  const card = page.getByTestId('data-plan')
  await card.getByRole('button', { name: '执行数据处理计划' }).click(LOAD)
  const confirm = page.getByRole('dialog', { name: '执行数据处理计划？' })
  const said = confirm.getByTestId('plan-consequence')
  await expect(said).toContainText(
    `将处理 ${name}（${request.userId}）的 ${plan.length} 类数据，执行后无法恢复`,
  )
  if (of('delete')) await expect(said).toContainText(`删除 ${of('delete')} 类：`)
  if (of('anonymise')) await expect(said).toContainText(`匿名化 ${of('anonymise')} 类：`)
  if (of('keep')) await expect(said).toContainText(`依法保存 ${of('keep')} 类，到期删除：`)
  await expect(said).toContainText(`全部执行后，将以短信告知 ${name}`)
  await expectAccessible(page)
  await shotAtBothSizes(page, 'plan-confirm')
  // Nothing is done before the lead confirms.
  expect(
    (await api<{ dataPlan: { items: Item[] } }>(page, `/requests/${id}`)).body.dataPlan.items.every(
      (i) => i.executedAt === null,
    ),
  ).toBe(true)
  await confirm.getByRole('button', { name: `确认执行 ${plan.length} 类` }).click()
  await expect(
    page.getByText(
      `数据处理计划已执行：${plan.length} 类数据（删除 ${of('delete')} 类，匿名化 ${of('anonymise')} 类，依法保存 ${of('keep')} 类），已短信告知 ${name}。`,
    ),
  ).toBeVisible({ timeout: 150_000 })
  await expect(card.getByTestId('plan-progress')).toHaveText(
    `已执行 ${plan.length}/${plan.length} 项`,
  )
})

test('carrying out one category of a plan asks first, naming it, whose data and who is told; cancelling does nothing', async ({
  page,
}) => {
  test.slow()
  await signIn(page, 'lead01')
  type Item = {
    category: string
    action: 'delete' | 'anonymise' | 'keep'
    executedAt: string | null
  }
  const { items } = (
    await api<{ items: { id: string }[] }>(page, '/requests?type=deletion&status=approved')
  ).body
  const id = items[0]!.id
  const detail = async () =>
    (
      await api<{ userId: string; user: { name: string }; dataPlan: { items: Item[] } }>(
        page,
        `/requests/${id}`,
      )
    ).body
  const request = await detail()
  const name = request.user.name
  const total = request.dataPlan.items.length

  await page.goto(`/requests/${id}`)
  const card = page.getByTestId('data-plan')
  const first = card.getByRole('row').filter({ has: page.getByRole('button', { name: /^执行：/ }) })
  const category = (await first.first().getByRole('cell').first().innerText()).trim()
  const step = card.getByRole('button', { name: `执行：${category}` })
  await step.click(LOAD)
  const confirm = page.getByRole('dialog', { name: `执行“${category}”的处理？` })
  const said = confirm.getByTestId('plan-consequence')
  await expect(said).toContainText(`将处理 ${name}（${request.userId}）的 1 类数据，执行后无法恢复`)
  await expect(said).toContainText(category)
  await expect(said).toContainText(`全部执行后，将以短信告知 ${name}`)
  await expectAccessible(page)
  await confirm.getByRole('button', { name: /^取\s*消$/ }).click()
  await expect(confirm).toBeHidden()
  await expect(card.getByTestId('plan-progress')).toHaveText(`已执行 0/${total} 项`)
  expect((await detail()).dataPlan.items.every((i) => i.executedAt === null)).toBe(true)

  await step.click()
  await confirm.getByRole('button', { name: '确认执行 1 类' }).click()
  await expect(page.getByText(`已执行：${name}（${request.userId}）的${category}已`)).toBeVisible({
    timeout: 60_000,
  })
  await expect(card.getByTestId('plan-progress')).toHaveText(`已执行 1/${total} 项`)
  await expect(step).toBeHidden()
  expect((await detail()).dataPlan.items.filter((i) => i.executedAt !== null)).toHaveLength(1)
})

test('a prepared rejection is its own batch; a failure reads as a sentence with its id behind a copy button', async ({
  page,
}) => {
  await signIn(page, 'lead01')
  type Summary = {
    id: string
    version: number
    preparedBy: string | null
    blocking: string[]
    decision: { outcome: string } | null
  }
  // Six decisions prepared through the API before the lead's own steps.
  test.slow()
  // agent01 prepares rejections of cancellations that a check blocks (as they would, for a
  // wallet not yet settled), for the lead to see on the desk beside the approvals.
  const agent = await sessionToken(page, 'agent01')
  const theirs = await api<{ items: Summary[] }>(
    page,
    '/cancellations?status=in_review&assignee=me&pageSize=200',
    { token: agent },
  )
  const blocked = theirs.body.items.filter((r) => r.blocking.length).slice(0, 6)
  for (const r of blocked) {
    const prepared = await api(page, `/requests/${r.id}/decision`, {
      method: 'POST',
      token: agent,
      version: r.version,
      body: {
        outcome: 'reject',
        reasonCode: 'blocking_item',
        message: '您好！您的账号仍有未完成的事项，请处理完毕后再申请注销。',
      },
    })
    expect(prepared.status, r.id).toBe(200)
  }
  const all = await api<{ items: Summary[] }>(
    page,
    '/cancellations?status=pending_approval&pageSize=200',
  )
  // Two prepared rejections on one page of the desk (20 a page).
  const byPage = new Map<number, Summary[]>()
  all.body.items.forEach((r, i) => {
    if (r.preparedBy !== 'S001' || r.decision?.outcome !== 'reject') return
    const n = Math.floor(i / 20) + 1
    byPage.set(n, [...(byPage.get(n) ?? []), r])
  })
  const [pageNo, rejections] = [...byPage].find(([, rows]) => rows.length >= 2)!
  const [sent, gone] = rejections as [Summary, Summary]
  await page.goto(`/cancellations?page=${pageNo}`)
  await page.getByText('同意拒绝', { exact: true }).click()
  for (const row of [sent, gone])
    await page.getByRole('checkbox', { name: `选择 ${row.id}` }).check(LOAD)
  await page.getByRole('button', { name: '同意拒绝所选（2）' }).click()
  const confirm = page.getByRole('dialog', { name: '同意拒绝 2 件注销申请？' })
  await expect(confirm).toContainText('每位申请人将收到拒绝通知')
  // Meanwhile one of them is sent back from another screen: its rejection can no longer go through.
  const back = await api(page, `/requests/${gone.id}/send-back`, {
    method: 'POST',
    body: { reason: '请补充拒绝依据的说明' },
    version: gone.version,
  })
  expect(back.status).toBe(200)
  await confirm.getByRole('button', { name: '确认拒绝 2 件' }).click()

  const results = page.getByRole('status').filter({ hasText: '拒绝结果' })
  // Each row is one approval round trip, on a busy machine.
  await expect(results).toContainText('拒绝结果：成功 1 件，失败 1 件', LOAD)
  await expect(results.getByTestId('bulk-result').filter({ hasText: sent.id })).toHaveText(
    `${sent.id}：已同意拒绝，拒绝通知已发送给申请人。`,
  )
  const failed = results.getByTestId('bulk-result').filter({ hasText: gone.id })
  await expect(failed).toHaveAttribute('data-ok', 'false')
  await expect(failed).toContainText(`${gone.id}：未能拒绝。`)
  // The correlation id is not spelled out; it is there to copy.
  await expect(failed).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}/)
  await expect(failed.getByRole('button', { name: /复制/ })).toBeVisible()
  await shotAtBothSizes(page, 'reject-results')
})

test('the calendar banner: an agent closes it for the session, an admin keeps it until the year is loaded', async ({
  page,
  context,
}) => {
  await signIn(page, 'agent01')
  const banner = page.getByTestId('calendar-banner')
  await expect(banner).toContainText('2027 年的官方工作日历尚未载入', LOAD)
  await shotAtBothSizes(page, 'banner-agent')
  await banner.getByRole('button', { name: '关闭此提示（本次登录内不再显示）' }).click()
  await expect(banner).toBeHidden()
  // Not on the next screen, nor after a reload of the console.
  await page.goto('/queue')
  await expect(page.getByTestId('current-staff')).toBeVisible(LOAD)
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible(LOAD)
  await expect(banner).toBeHidden()
  await page.reload()
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible(LOAD)
  await expect(banner).toBeHidden()

  const admin = await context.newPage()
  await signIn(admin, 'admin01')
  const adminBanner = admin.getByTestId('calendar-banner')
  await expect(adminBanner).toContainText('2027 年的官方工作日历尚未载入', LOAD)
  await expect(adminBanner.getByRole('button')).toHaveCount(0)
  await expect(adminBanner.getByRole('link', { name: '工作日历' })).toBeVisible()
})

test("an admin resets a staff member's password: the old one stops working and the member sets a new one @mock", async ({
  page,
  context,
}) => {
  await signIn(page, 'admin01')
  await page.getByRole('navigation').getByRole('link', { name: '员工' }).click()
  const row = page.getByRole('row', { name: /agent02/ })
  await row.getByRole('button', { name: '重置密码：重新发送激活码 agent02' }).click(LOAD)
  const ask = page
    .getByRole('tooltip')
    .filter({ hasText: '重置密码：给 客服小王 发送新的激活码？' })
  await expect(ask).toContainText('其现有密码立即失效、已登录的会话全部结束')
  await shotAtBothSizes(page, 'reset-confirm')
  await ask.getByRole('button', { name: '确定' }).click()
  await expect(
    page.getByText(
      '已重置 客服小王 的密码：原密码已失效，会话已结束；新的激活码已发送给 客服小王 本人（不会显示给您）',
    ),
  ).toBeVisible()
  await expect(row).toContainText('待激活')
  await expect(row.getByRole('button', { name: '重新发送激活码 agent02' })).toBeVisible()
  const audit = await api<{ items: { action: string; target: string; actorId: string }[] }>(
    page,
    '/audit-events?action=staff.password_reset',
  )
  expect(audit.body.items).toContainEqual(
    expect.objectContaining({ action: 'staff.password_reset', target: 'S002', actorId: 'S005' }),
  )

  // The member, in a tab of the same browser: the old password no longer opens the console.
  const member = await context.newPage()
  await member.goto('/sign-in')
  await member.getByLabel('用户名').fill('agent02')
  await member.getByLabel('密码').fill(PASSWORD)
  await member.getByRole('button', { name: '登录' }).click()
  await expect(member.getByRole('alert')).toContainText('用户名或密码错误', LOAD)
  await member.getByRole('link', { name: '首次登录？激活账号' }).click()
  await expect(member.getByRole('heading', { name: '激活账号' })).toBeVisible()
  await member.getByLabel('用户名').fill('agent02')
  await member.getByLabel('激活码').fill(await activationCodeSentTo(member, 'agent02'))
  await member.getByLabel('新密码', { exact: true }).fill('Renewed#2027x')
  await member.getByLabel('再次输入新密码').fill('Renewed#2027x')
  await member.getByRole('button', { name: '激活并设置密码' }).click()
  await expect(member.getByRole('status')).toHaveText('账号已激活。请用新密码登录。')
})

/** The screen at a laptop's and at a monitor's size, when pictures are asked for. */
async function shotAtBothSizes(page: Page, name: string) {
  if (!SHOTS_WANTED) return
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height })
    await shot(page, `${name}-${width}`)
  }
}
