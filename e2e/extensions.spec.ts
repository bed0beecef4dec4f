import { api, expect as baseExpect, expectAccessible, signIn, test } from './fixtures'

// CONTRACT 2026-12 amendment: a cancellation's deadline never passes the 10th working day from
// receipt; another type is extended once, by at most 15 working days, with a reason the requester
// is told along with the new deadline.

// The first page load seeds the mock backend in the browser; on a shared machine that is slow.
const expect = baseExpect.configure({ timeout: 25_000 })

type Row = { id: string; userId: string; deadlineAt: string; extensionDays: number }

test('a lead extends a copy request once and the requester is told the new deadline and why', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'lead01')
  const rows = await api<{ items: Row[] }>(page, '/requests?type=copy&status=in_review&pageSize=20')
  const request = rows.body.items.find((r) => r.deadlineAt && r.extensionDays === 0)!
  await page.goto(`/requests/${request.id}`)
  await page.getByRole('button', { name: '延长期限' }).click()
  const dialog = page.getByRole('dialog', { name: '延长期限' })
  await expect(dialog.getByTestId('extension-limit')).toContainText(
    '每个请求只能延长一次，最多 15 个工作日',
  )
  const days = dialog.getByLabel('延长工作日数')
  await days.fill('20')
  await days.blur()
  // Too many days are refused with a message, never quietly changed to the most allowed.
  await expect(days).toHaveValue('20')
  await expect(
    dialog.getByText('请输入 1 到 15 之间的整数：最多只能延长 15 个工作日'),
  ).toBeVisible()
  await days.fill('5')
  await expect(dialog.getByTestId('extension-new-deadline')).toContainText('延长后的期限：')
  await dialog.getByLabel('延长原因（将告知用户）').fill('需要向合作方调取纸质档案')
  await expectAccessible(page)
  await dialog.getByRole('button', { name: '提交' }).click()
  await expect(dialog).toBeHidden()

  const after = (await api<Row>(page, `/requests/${request.id}`)).body
  expect(after.extensionDays).toBe(5)
  const deadline = after.deadlineAt.slice(0, 10)
  const events = page.getByTestId('timeline-event')
  const extended = events.filter({ hasText: '延长期限' })
  await expect(extended.getByTestId('timeline-facts')).toHaveText(
    `延长 5 个工作日，新期限 ${deadline}`,
  )
  await expect(extended).toContainText('需要向合作方调取纸质档案')
  await expect(events.filter({ hasText: '已向申请人发送延期通知' })).toContainText(
    '延长原因：需要向合作方调取纸质档案',
  )

  // A second extension is refused, and the dialog says why.
  await page.getByRole('button', { name: '延长期限' }).click()
  await expect(dialog.getByTestId('extension-refused')).toContainText(
    '此请求已延长过一次（5 个工作日）；注销以外的请求只能延长一次。',
  )
  await expect(dialog.getByRole('button', { name: '提交' })).toBeDisabled()
  await dialog.getByRole('button', { name: '取消' }).click()

  await page.goto(`/users/${request.userId}`)
  const notice = page.getByTestId('user-notice').filter({ hasText: request.id }).first()
  await expect(notice).toContainText('延期通知')
  const [y, m, d] = deadline.split('-').map(Number)
  await expect(notice).toContainText(`新的办理期限为 ${y}年${m}月${d}日`)
})

test('a cancellation due on its 10th working day cannot be extended, and the dialog says so', async ({
  page,
}) => {
  await signIn(page, 'lead01')
  const rows = await api<{ items: (Row & { pausedDays: number })[] }>(
    page,
    '/requests?type=cancellation&status=in_review&pageSize=50',
  )
  const request = rows.body.items.find((r) => r.pausedDays === 0 && r.extensionDays === 0)!
  await page.goto(`/requests/${request.id}`)
  await page.getByRole('button', { name: '延长期限' }).click()
  const dialog = page.getByRole('dialog', { name: '延长期限' })
  await expect(dialog.getByTestId('extension-refused')).toContainText(
    `已到收到申请后的第 10 个工作日（${request.deadlineAt.slice(0, 10)}）：隐私政策 6(5) 承诺 10 个工作日内办结，不能再延长。`,
  )
  await expect(dialog.getByRole('button', { name: '提交' })).toBeDisabled()
  await expectAccessible(page)
})
