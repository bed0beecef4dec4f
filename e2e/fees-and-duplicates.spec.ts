import type { Page } from '@playwright/test'
import { userFor } from './api-data'
import { api, expect, expectAccessible, signIn, shot, test } from './fixtures'
import { RequestPage } from './pages/console'

// Repeated requests (policy 6(8)): a cost fee past the free allowance, and duplicates merged.

interface Detail {
  id: string
  userId: string
  version: number
  status: string
  deadlineAt: string | null
  pausedDays: number
  duplicateOf: string | null
  mergedInto?: string | null
  notes: { text: string }[]
  timeline: { action: string; reason: string | null }[]
}

/** A full page load, which is slow on a busy machine. */
async function open(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible({
    timeout: 45_000,
  })
}

/** A request of mine in review whose user is past the free allowance for its type. */
async function chargeableRequest(page: Page): Promise<Detail> {
  const list = (
    await api<{ items: { id: string }[] }>(
      page,
      '/requests?assignee=me&status=in_review&pageSize=200',
    )
  ).body
  for (const item of list.items) {
    const fee = (await api<{ feeMayBeQuoted: boolean }>(page, `/requests/${item.id}/fee`)).body
    if (fee.feeMayBeQuoted) return (await api<Detail>(page, `/requests/${item.id}`)).body
  }
  throw new Error('no seeded request past the free allowance')
}

test('a cost fee pauses the request until the user accepts, and the deadline moves on @mock', async ({
  page,
}) => {
  // A Monday; three days on is Thursday, three working days of pause.
  await page.clock.setSystemTime(new Date('2026-12-07T10:00:00+08:00'))
  await signIn(page, 'agent01')
  const request = await chargeableRequest(page)
  await open(page, `/requests/${request.id}`)

  const panel = page.getByRole('region', { name: '费用（隐私政策第六条第（八）项）' })
  await expect(panel.getByTestId('fee-count')).toContainText('（免费 2 次）')
  await expect(panel.getByText('已超出免费次数，可报价成本费')).toBeVisible()
  await panel.getByLabel('金额（元）').fill('12.5')
  await panel.getByLabel('费用依据（向用户说明的成本构成）').fill('调取并整理近一年的操作记录')
  await panel.getByRole('button', { name: '发送报价' }).click()

  await expect(panel.getByText('等待用户确认：¥12.50')).toBeVisible()
  expect((await api<Detail>(page, `/requests/${request.id}`)).body.status).toBe(
    'awaiting_requester',
  )
  await expect(page.getByTestId('timeline-event').first()).toContainText('报价成本费')
  await expectAccessible(page)
  await shot(panel, 'fees-quoted')

  // The user calls back three days later; the session has long idled out by then.
  await page.clock.fastForward(72 * 3_600_000)
  await signIn(page, 'agent01')
  await open(page, `/requests/${request.id}`)
  await panel.getByRole('button', { name: '用户已接受' }).click()
  const dialog = page.getByRole('dialog', { name: '记录用户接受费用' })
  await dialog.getByLabel('备注（可选）').fill('用户来电确认接受')
  await expectAccessible(page)
  await dialog.getByRole('button', { name: '确认' }).click()

  await expect(dialog).toBeHidden()
  await expect(panel.getByText('已接受')).toBeVisible()
  await expect(panel.getByText('用户来电确认接受')).toBeVisible()
  await expect(page.getByTestId('timeline-event').first()).toContainText('用户接受费用')
  const after = (await api<Detail>(page, `/requests/${request.id}`)).body
  expect(after.status).toBe('in_review')
  expect(after.pausedDays).toBe(request.pausedDays + 3)
  expect(Date.parse(after.deadlineAt ?? '')).toBeGreaterThan(Date.parse(request.deadlineAt ?? ''))
  await shot(panel, 'fees-accepted')
})

test('a duplicate is marked in the queue and merged into the open request', async ({ page }) => {
  await signIn(page, 'agent01')
  // The same user asks twice for the same thing: the second request, with a note of its own to
  // see carried across, is flagged as a duplicate of the first, still open.
  const { id: userId } = await userFor(page, 'access', () => true)
  const into = (await RequestPage.register(page, 'access', userId)).id
  const registered = await RequestPage.register(page, 'access', userId)
  const note = '用户来信再次申请查阅个人信息'
  const noted = await api<Detail>(page, `/requests/${registered.id}/notes`, {
    method: 'POST',
    body: { text: note },
    version: registered.version,
  })
  expect(noted.status).toBe(200)
  const duplicate = noted.body
  expect(duplicate.duplicateOf).toBe(into)

  await open(page, `/queue?q=${duplicate.id}`)
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: duplicate.id, exact: true }) })
  await expect(
    row.getByRole('img', { name: `可能重复：同一用户的同类请求 ${into} 仍在处理中` }),
  ).toBeVisible()
  await expectAccessible(page)

  await row.getByRole('link', { name: duplicate.id, exact: true }).click()
  const banner = page.getByRole('region', { name: '重复请求' })
  // The request page loads its code on first use, slowly on a busy machine.
  await expect(banner).toContainText(into, { timeout: 45_000 })
  await banner.getByRole('button', { name: `合并到 ${into}` }).click()
  const confirm = page.getByRole('dialog', { name: `将 ${duplicate.id} 合并到 ${into}？` })
  await expectAccessible(page)
  await shot(page, 'fees-merge-confirm')
  await confirm.getByRole('button', { name: `合并到 ${into}` }).click()

  await expect(page.getByText(`此请求已合并到 ${into}，在该请求中继续处理。`)).toBeVisible()
  expect((await api<Detail>(page, `/requests/${duplicate.id}`)).body.status).toBe('withdrawn')
  await page.getByRole('link', { name: into, exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(into)
  await expect(page.getByTestId('timeline-event').first()).toContainText('合并入重复请求')
  await expect(page.getByText(`${duplicate.id}: ${note}`)).toBeVisible()
})
