import type { Page } from '@playwright/test'
import { api, expect, expectAccessible, queueSettled, sessionToken, signIn, test } from './fixtures'

// The request page worked by keyboard: an action bar that stays in view with only what the
// caller may do now, each action's key, "?" for the help, submit-and-open-next through the
// caller's queue, and asking first before taking over someone else's request.

test.use({ viewport: { width: 1280, height: 800 } })

interface Item {
  id: string
  version: number
  type: string
  status: string
  assigneeId: string | null
  preparedBy: string | null
}
const OPEN = 'identity_pending,awaiting_requester,in_review,pending_approval,approved'

/** The caller's queue as its first tab lists it: open requests assigned to them, nearest deadline first. */
async function myQueue(page: Page): Promise<Item[]> {
  const list = await api<{ items: Item[] }>(
    page,
    `/requests?assignee=me&status=${OPEN}&pageSize=200`,
  )
  return list.body.items
}

/** A cancellation in review in the caller's queue whose checks all pass, and the request after it. */
async function cleanCancellation(page: Page): Promise<{ id: string; next: string }> {
  const queue = await myQueue(page)
  for (const [i, item] of queue.entries()) {
    const next = queue[i + 1]
    if (item.type !== 'cancellation' || item.status !== 'in_review' || !next) continue
    const { body } = await api<{ ok: boolean }>(page, `/requests/${item.id}/cancellation-checklist`)
    if (body.ok) return { id: item.id, next: next.id }
  }
  throw new Error('no clean cancellation in review in this queue')
}

/** One of 客服小王's (agent02's) requests in review. */
async function agent02sRequest(page: Page): Promise<Item> {
  const list = await api<{ items: Item[] }>(page, '/requests?assignee=S002&status=in_review')
  const [first] = list.body.items
  if (!first) throw new Error('客服小王 has no request in review')
  return first
}

const bar = (page: Page) => page.getByRole('group', { name: '请求操作' })
const owner = (page: Page) => page.getByTestId('request-owner')

async function openCancellation(page: Page, id: string) {
  await page.goto(`/requests/${id}`)
  // The browser may have stopped the idle mock worker: a new one reads its database back first.
  await expect(
    page.getByRole('region', { name: '账号注销审核' }).getByTestId('checklist-summary'),
  ).toBeVisible({ timeout: 30_000 })
}

test('the action bar is in view at 1280×800 and stays there, offers what agent01 may do with its keys, and ? opens the help; keys stay quiet in a field and under a dialog', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  const { id } = await cleanCancellation(page)
  await openCancellation(page, id)
  await expect(owner(page)).toHaveText('处理人：客服小李')

  // agent01 works their own request: nothing of a lead's (assign, extend, approve) is offered.
  const actions = bar(page).getByRole('button')
  await expect(actions).toHaveText(['处理表单 d', '提交并打开下一条 n', '快捷键 ?'])
  await expect(bar(page).getByRole('button', { name: '提交并打开下一条' })).toHaveAttribute(
    'aria-keyshortcuts',
    'n',
  )
  await expect(bar(page)).toBeInViewport({ ratio: 1 })
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await expect(bar(page)).toBeInViewport({ ratio: 1 })
  await expectAccessible(page)

  // Typed into a note, the keys are text.
  const note = page.getByPlaceholder('仅内部可见')
  await note.click()
  await page.keyboard.type('n?d')
  await expect(note).toHaveValue('n?d')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await note.fill('')
  await note.blur()

  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: '键盘快捷键' })
  await expect(help).toContainText('提交处理表单，然后打开您队列中的下一条')
  await expect(help).toContainText('跳到处理表单')
  await expect(help).toContainText('在输入框中或对话框打开时，快捷键不起作用。')
  // Under the dialog, "n" submits nothing.
  await page.keyboard.press('n')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(page).toHaveURL(new RegExp(`/requests/${id}$`))
  const after = await api<Item>(page, `/requests/${id}`)
  expect(after.body.status).toBe('in_review')

  // "d" goes to the handling form: the cancellation decision's first field takes the focus.
  await page.keyboard.press('d')
  await expect(
    page.getByRole('region', { name: '账号注销审核' }).locator('form :focus'),
  ).toHaveCount(1)
})

test('"n" submits the decision and opens the next request of agent01\'s queue', async ({
  page,
}) => {
  test.slow()
  await signIn(page, 'agent01')
  const { id, next } = await cleanCancellation(page)
  await openCancellation(page, id)
  await page.keyboard.press('n')
  // The page moves on by itself; the toast that says so is brief, so the page is what is checked.
  await expect(page).toHaveURL(new RegExp(`/requests/${next}$`), { timeout: 30_000 })
  await expect(page.getByRole('heading', { level: 1 })).toContainText(next, { timeout: 30_000 })
  const submitted = await api<Item>(page, `/requests/${id}`)
  expect([submitted.body.status, submitted.body.preparedBy]).toEqual(['pending_approval', 'S001'])
})

test('"submit and open next" follows agent01\'s queue as last shown: its filters and its sort', async ({
  page,
}) => {
  test.slow()
  await signIn(page, 'agent01', '/queue?tab=mine&type=cancellation&status=in_review')
  await queueSettled(page, 'type=cancellation')
  // Sorted by request number, highest first: not the nearest-deadline order the queue starts in.
  const header = page.getByRole('columnheader', { name: '请求编号' })
  await header.click()
  await expect(page).toHaveURL(/sort=id(%3A|:)asc/)
  // While the table loads the new order, antd's loading mask takes no clicks: the second click
  // waits for the rows it sorts. Each wait names its direction: the queue drawn in the other one
  // is settled too, until the new address is drawn.
  await queueSettled(page, 'sort=id%3Aasc')
  await header.click()
  await expect(page).toHaveURL(/sort=id(%3A|:)desc/)
  await queueSettled(page, 'sort=id%3Adesc')
  const shown = await page
    .locator('.ant-table-tbody tr.ant-table-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key') ?? ''))
  expect(shown.length).toBeGreaterThan(1)
  // The first row whose checks all pass, so one click submits it, and the row the queue shows next.
  let at = -1
  for (const [i, id] of shown.slice(0, -1).entries()) {
    const { body } = await api<{ ok: boolean }>(page, `/requests/${id}/cancellation-checklist`)
    if (body.ok) {
      at = i
      break
    }
  }
  expect(at).toBeGreaterThanOrEqual(0)
  const [id, next] = [shown[at]!, shown[at + 1]!]

  await page.getByRole('link', { name: id, exact: true }).click()
  await expect(
    page.getByRole('region', { name: '账号注销审核' }).getByTestId('checklist-summary'),
  ).toBeVisible({ timeout: 30_000 })
  await bar(page).getByRole('button', { name: '提交并打开下一条' }).click()
  await expect(page).toHaveURL(new RegExp(`/requests/${next}$`), { timeout: 30_000 })
  await expect(page.getByRole('heading', { level: 1 })).toContainText(next, { timeout: 30_000 })
  const submitted = await api<Item>(page, `/requests/${id}`)
  expect(submitted.body.status).toBe('pending_approval')
})

test("submit-and-open-next says so when agent01's queue has nothing after this request", async ({
  page,
}) => {
  test.slow()
  await signIn(page, 'agent01')
  const { id } = await cleanCancellation(page)
  // A lead hands the rest of agent01's queue to 客服小王, so this request is the last one left.
  const lead = await sessionToken(page, 'lead01')
  for (const item of await myQueue(page)) {
    if (item.id === id) continue
    const moved = await api(page, `/requests/${item.id}/assign`, {
      method: 'POST',
      body: { assigneeId: 'S002' },
      version: item.version,
      token: lead,
    })
    expect(moved.status).toBe(200)
  }
  expect((await myQueue(page)).map((r) => r.id)).toEqual([id])

  await openCancellation(page, id)
  await bar(page).getByRole('button', { name: '提交并打开下一条' }).click()
  await expect(page.getByText('已提交。您的队列中没有下一条请求了')).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/requests/${id}$`))
  await expect(
    page.getByRole('article', { name: new RegExp(id) }).getByText('待复核', { exact: true }),
  ).toBeVisible()
})

test("agent01 on 客服小王's request sees whose it is, and c explains instead of taking it; the server refuses the claim", async ({
  page,
}) => {
  await signIn(page, 'agent01')
  const request = await agent02sRequest(page)
  await page.goto(`/requests/${request.id}`)
  await expect(owner(page)).toHaveText('处理人：客服小王', { timeout: 30_000 })
  await expect(bar(page).getByRole('button')).toHaveText(['快捷键 ?'])
  await expect(bar(page).getByTestId('not-yours')).toHaveText(
    '此请求由 客服小王 处理：只有处理人或主管可以操作。',
  )
  await page.keyboard.press('c')
  await expect(page.locator('.ant-message')).toContainText(
    '此请求由 客服小王 处理：只有处理人或主管可以操作。',
  )
  await expect(page.getByRole('dialog')).toHaveCount(0)

  const claim = await api<{ code: string }>(page, `/requests/${request.id}/claim`, {
    method: 'POST',
    body: {},
    version: request.version,
  })
  expect([claim.status, claim.body.code]).toEqual([403, 'NOT_ASSIGNEE'])
  const after = await api<Item>(page, `/requests/${request.id}`)
  expect([after.body.assigneeId, after.body.version]).toEqual(['S002', request.version])
})

test("lead01 takes over 客服小王's request with c only after a confirmation that names her", async ({
  page,
}) => {
  await signIn(page, 'lead01')
  const request = await agent02sRequest(page)
  await page.goto(`/requests/${request.id}`)
  await expect(owner(page)).toHaveText('处理人：客服小王', { timeout: 30_000 })
  // A lead works someone else's request once it is theirs: no handling form or submit-and-next yet.
  await expect(bar(page).getByRole('button')).toHaveText([
    '接手 c',
    '分配 a',
    '延长期限 e',
    '快捷键 ?',
  ])
  await expect(bar(page).getByRole('button', { name: '接手', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    'c',
  )

  await page.keyboard.press('c')
  const confirm = page.getByRole('dialog', { name: `接手 客服小王 的请求 ${request.id}？` })
  await expect(confirm).toContainText('客服小王 将不能再操作它')
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(confirm).toBeHidden()
  await expect(owner(page)).toHaveText('处理人：客服小王')
  expect((await api<Item>(page, `/requests/${request.id}`)).body.assigneeId).toBe('S002')

  await page.keyboard.press('c')
  await confirm.getByRole('button', { name: '确认接手' }).click()
  await expect(page.getByText(`已接手 ${request.id}（原处理人：客服小王）`)).toBeVisible()
  await expect(owner(page)).toHaveText('处理人：主管陈')
  expect((await api<Item>(page, `/requests/${request.id}`)).body.assigneeId).toBe('S003')
})

test('复核批准 by its key asks first, saying the account stops, how many data categories go and which masked phone gets the SMS; the success message says what was done', async ({
  page,
  context,
}) => {
  test.slow()
  await signIn(page, 'agent01')
  const { id } = await cleanCancellation(page)
  const current = await api<Item>(page, `/requests/${id}`)
  const prepared = await api<Item>(page, `/requests/${id}/decision`, {
    method: 'POST',
    body: { outcome: 'approve', message: '您好！您的账号注销申请已审核通过。' },
    version: current.body.version,
  })
  expect(prepared.body.status).toBe('pending_approval')
  const { body: detail } = await api<{ user: { phone: string } }>(page, `/requests/${id}`)
  const { body: preview } = await api<{ plan: { items: unknown[] } }>(
    page,
    `/requests/${id}/data-plan`,
  )
  expect(detail.user.phone).toMatch(/^\d{3}\*{4}\d{4}$/)

  const lead = await context.newPage()
  await signIn(lead, 'lead01')
  await openCancellation(lead, id)
  await expect(bar(lead).getByRole('button', { name: '复核批准' })).toHaveAttribute(
    'aria-keyshortcuts',
    'p',
  )
  await lead.keyboard.press('p')
  const confirmation = lead.getByRole('dialog', { name: `批准 ${id}？` })
  const consequence = confirmation.getByTestId('approve-consequence')
  await expect(consequence).toContainText('将立即停止全部服务并注销')
  await expect(consequence).toContainText(`共 ${preview.plan.items.length} 类个人信息`)
  await expect(consequence).toContainText(`以短信通知用户（${detail.user.phone}）`)
  await confirmation.getByRole('button', { name: '确认批准' }).click()
  await expect(lead.getByText(`已批准注销 ${id}：服务已停止`)).toContainText(
    `已短信通知用户（${detail.user.phone}）`,
  )
  expect((await api<Item>(lead, `/requests/${id}`)).body.status).toBe('approved')
})

test("in the queue too, lead01's c on 客服小王's row asks first, and cancelling leaves it hers", async ({
  page,
}) => {
  await signIn(page, 'lead01', '/queue?tab=all&assignee=S002&status=in_review')
  await queueSettled(page, 'assignee=S002')
  const first = page.locator('.ant-table-tbody tr.ant-table-row').first()
  const id = (await first.getAttribute('data-row-key')) ?? ''
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('c')
  const confirm = page.getByRole('dialog', { name: `接手 客服小王 的请求 ${id}？` })
  await expect(confirm).toContainText('接手后处理人改为您')
  await confirm.getByRole('button', { name: '取消' }).click()
  await expect(confirm).toBeHidden()
  expect((await api<Item>(page, `/requests/${id}`)).body.assigneeId).toBe('S002')
})
