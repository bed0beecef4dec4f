import type { Page } from '@playwright/test'
import {
  api,
  approvePrepared,
  choose,
  expect,
  expectAccessible,
  PASSWORD,
  sessionToken,
  signIn,
  test,
} from './fixtures'

interface Summary {
  id: string
  type: string
  status: string
  preparedBy: string | null
  assigneeId: string | null
}
interface Detail extends Summary {
  version: number
  timeline: { action: string; actorId: string }[]
}

// Network conditions live in the tab's mock backend, so they are set from the same page, with an
// admin token of its own taken before the faults (the page's session stays the lead's).
async function setNetwork(
  page: Page,
  token: string,
  conditions: { latencyMs: number; failureRate: number; offline: boolean },
) {
  expect(
    (await api(page, '/admin/network-conditions', { method: 'PUT', body: conditions, token }))
      .status,
  ).toBe(200)
}

async function mineInReview(page: Page, type: (t: string) => boolean): Promise<Summary> {
  const page1 = (
    await api<{ items: Summary[] }>(page, '/requests?status=in_review&assignee=me&pageSize=200')
  ).body
  const found = page1.items.find((r) => type(r.type))
  if (!found) throw new Error('no seeded request in review for this agent')
  return found
}

test('an approval that fails on the network and is retried is made exactly once @mock', async ({
  page,
}) => {
  await signIn(page, 'lead01')
  const pending = (
    await api<{ items: Summary[] }>(page, '/requests?status=pending_approval&pageSize=200')
  ).body
  // Cancellations re-check their preconditions on approval: another type keeps the test about the network.
  const candidates = pending.items.filter(
    (r) => r.type !== 'cancellation' && r.preparedBy && r.preparedBy !== 'S003',
  )
  let request: Summary | undefined
  for (const candidate of candidates) {
    // Only what needs a checker waits for one (see needsChecker): a deletion to approve.
    const { decision } = (
      await api<{ decision: { outcome: string } | null }>(page, `/requests/${candidate.id}`)
    ).body
    if (candidate.type === 'deletion' && decision?.outcome === 'approve') {
      request = candidate
      break
    }
  }
  expect(request, 'a pending approval with a decision prepared by someone else').toBeTruthy()
  await page.goto(`/requests/${request!.id}`)
  const approve = page.getByRole('button', { name: '复核批准' })
  await expect(approve).toBeEnabled()

  const admin = await sessionToken(page, 'admin01')
  await setNetwork(page, admin, { latencyMs: 0, failureRate: 1, offline: false })
  await approvePrepared(page)
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /fetch|network|网络/i })
      .first(),
  ).toBeVisible()
  await setNetwork(page, admin, { latencyMs: 0, failureRate: 0, offline: false })
  await approvePrepared(page)
  await expect(page.getByText('已批准').first()).toBeVisible()
  await expect(approve).toHaveCount(0)

  const detail = (await api<Detail>(page, `/requests/${request!.id}`)).body
  expect(detail.status).toBe('approved')
  expect(detail.timeline.filter((e) => e.action === 'approved')).toHaveLength(1)
})

test('two tabs change the same request: one conflict dialog, nothing lost', async ({ context }) => {
  const first = await context.newPage()
  const second = await context.newPage()
  await signIn(first, 'agent01')
  await signIn(second, 'agent01')
  const request = await mineInReview(first, () => true)
  await first.goto(`/requests/${request.id}`)
  await second.goto(`/requests/${request.id}`)
  for (const tab of [first, second])
    await expect(tab.getByRole('heading', { level: 1 })).toContainText(request.id)

  await first.getByLabel('添加备注').fill('第一个标签页的备注')
  await first.getByRole('button', { name: '添加备注' }).click()
  await expect(
    first.getByTestId('note-text').filter({ hasText: '第一个标签页的备注' }),
  ).toBeVisible()

  // The second tab still holds the old version.
  await second.getByLabel('添加备注').fill('第二个标签页的备注')
  await second.getByRole('button', { name: '添加备注' }).click()
  const dialog = second.getByRole('dialog', { name: '此请求已被他人更改' })
  await expect(dialog).toBeVisible()
  await expectAccessible(second)
  await dialog.getByRole('button', { name: '载入最新并重新提交' }).click()
  await expect(dialog).toBeHidden()
  await expect(second.getByRole('dialog')).toHaveCount(0)
  for (const text of ['第一个标签页的备注', '第二个标签页的备注']) {
    await expect(second.getByTestId('note-text').filter({ hasText: text })).toBeVisible()
  }
  const detail = (
    await api<Detail & { notes: { text: string }[] }>(second, `/requests/${request.id}`)
  ).body
  expect(detail.notes.map((n) => n.text)).toEqual(
    expect.arrayContaining(['第一个标签页的备注', '第二个标签页的备注']),
  )
  expect(detail.timeline.filter((e) => e.action === 'note_added')).toHaveLength(2)
})

test('the session expires while a decision is half written: after signing in again it is still there', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  const request = await mineInReview(page, (t) => t === 'access')
  await page.goto(`/requests/${request.id}`)
  const panel = page.getByRole('region', { name: '拒绝请求' })
  await choose(page, '拒绝依据', '无端重复的请求')
  const reason = panel.getByLabel('发给用户的理由')
  const written = '您在十二个月内就同一事项第四次提出申请，此前三次均已答复。'
  await reason.fill(written)
  await api(page, '/session', { method: 'DELETE' })
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  const modal = page.getByRole('dialog', { name: '会话已过期，请重新登录' })
  await expect(modal).toBeVisible()
  await modal.getByLabel('密码').fill(PASSWORD)
  await modal.getByRole('button', { name: '登录' }).click()
  await expect(modal).toBeHidden()
  await expect(reason).toHaveValue(written)
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  await expect(panel).toHaveCount(0)
  const detail = (
    await api<Detail & { decision: { message: string } }>(page, `/requests/${request.id}`)
  ).body
  expect(detail.preparedBy).toBe('S001')
  expect(detail.decision.message).toBe(written)
})

test('a note with markup shows as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await signIn(page, 'agent01')
  const request = await mineInReview(page, () => true)
  await page.goto(`/requests/${request.id}`)
  const payload = '<img src=x onerror=alert(1)>'
  await page.getByLabel('添加备注').fill(payload)
  await page.getByRole('button', { name: '添加备注' }).click()
  await expect(page.getByTestId('note-text').filter({ hasText: payload })).toHaveText(payload)
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await page.reload()
  await expect(page.getByTestId('note-text').filter({ hasText: payload })).toBeVisible()
  expect(dialogs).toEqual([])
})

test('the built app carries a Content-Security-Policy and nothing violates it', async ({
  page,
}) => {
  const violations: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { cspViolations: string[] }).cspViolations ??= []
      ;(window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      )
    })
  })
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  await signIn(page, 'compliance01')
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(policy).toMatch(/default-src 'self'/)
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
  // The meta policy covers only what follows it: nothing the page loads may come before it.
  const before = await page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!
    return Array.from(
      document.querySelectorAll('script, link[rel="modulepreload"], link[rel="stylesheet"]'),
    )
      .filter((el) => el.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((el) => el.outerHTML)
  })
  expect(before).toEqual([])
  for (const path of ['/workbench', '/queue', '/disclosures', '/audit']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  violations.push(
    ...(await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    )),
  )
  // A library still probes once whether eval is allowed (it catches the refusal and carries on):
  // that report is the policy working, not the app running eval.
  expect(violations.filter((v) => v !== 'script-src eval' && !/unsafe-eval/.test(v))).toEqual([])
})
