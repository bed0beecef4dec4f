import type { Page } from '@playwright/test'
import {
  api,
  approvePrepared,
  choose,
  expect,
  expectAccessible,
  signIn,
  test,
  shot,
} from './fixtures'

// Consent withdrawal 6(6), correction 6(2), access 6(1) and refusals 6(8) on the request page.

// The first load of each context seeds the mock backend, slow on a shared machine.
test.describe.configure({ timeout: 150_000 })

interface Item {
  id: string
  version: number
}

/** A seeded request of `type` in review for the signed-in agent (claimed first if none is theirs). */
async function inReview(page: Page, type: string): Promise<string> {
  const mine = await api<{ items: Item[] }>(
    page,
    `/requests?type=${type}&status=in_review&assignee=me&pageSize=1`,
  )
  if (mine.body.items[0]) return mine.body.items[0].id
  const any = await api<{ items: Item[] }>(
    page,
    `/requests?type=${type}&status=in_review&pageSize=1`,
  )
  const item = any.body.items[0]
  if (!item) throw new Error(`no seeded ${type} in review`)
  await api(page, `/requests/${item.id}/claim`, { method: 'POST', body: {}, version: item.version })
  return item.id
}

async function open(page: Page, id: string, panel: string) {
  await page.goto(`/requests/${id}`)
  // The browser may have stopped the idle mock worker: a new one reads its database back first.
  await expect(page.getByRole('region', { name: panel })).toBeVisible({ timeout: 30_000 })
  return page.getByRole('region', { name: panel })
}

test('an agent withdraws a consent: it takes effect at once and the history shows it', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  const id = await inReview(page, 'consent_withdrawal')
  const panel = await open(page, id, '撤回授权')
  await expect(panel.getByTestId('consent-states').getByRole('row')).toHaveCount(5)
  const granted = panel.getByRole('checkbox', { disabled: false }).first()
  const label = (await granted.locator('xpath=ancestor::label').innerText()).trim()
  await granted.check()
  // What the withdrawal stops is shown before it is applied, as the requester will read it.
  await expect(panel.getByTestId('withdrawal-effects-preview')).toContainText(`${label}：不再`)
  await expectAccessible(page)
  await shot(page, 'consent-withdrawal', { fullPage: true })
  await panel.getByRole('button', { name: '立即撤回' }).click()
  await expect(panel.getByTestId('withdrawal-record')).toContainText(`撤回：${label}`)
  await expect(panel.getByTestId('withdrawal-record')).toContainText('撤回前基于授权的处理仍然合法')
  await expect(panel.getByTestId('withdrawal-effects')).toContainText(`${label}：不再`)
  // The confirmation sent to the requester is on the timeline, the permission named in words.
  const events = page.getByTestId('timeline-event')
  await expect(events.filter({ hasText: '已撤回授权' })).toContainText(label)
  await expect(events.filter({ hasText: '已向申请人发送撤回确认' })).toContainText(
    `- ${label}：不再`,
  )
  await shot(page, 'consent-withdrawn', { fullPage: true })
  await expect(panel.getByTestId('consent-history')).toContainText(`${label} · 撤回（${id}）`)
  await expect(
    panel.getByTestId('consent-states').getByRole('row', { name: new RegExp(label) }),
  ).toContainText('已撤回')
})

test('a correction with an invalid ID number is refused with the reason; a valid one waits for a lead, who approves it', async ({
  page,
  context,
}) => {
  await signIn(page, 'agent01')
  const id = await inReview(page, 'correction')
  const panel = await open(page, id, '更正个人信息')
  await panel.getByRole('checkbox', { name: '身份证号' }).check()
  await panel.getByLabel('新的身份证号').fill('110101199003071234')
  // The new number is checked against the new card: photos of both sides, fingerprinted here.
  for (const [side, name] of [
    ['新身份证人像面照片', 'new-id-front.jpg'],
    ['新身份证国徽面照片', 'new-id-back.jpg'],
  ] as const)
    await panel
      .getByLabel(side)
      .setInputFiles({ name, mimeType: 'image/jpeg', buffer: Buffer.from(`photo of the ${name}`) })
  await expect(
    panel.getByTestId('id-reverification').getByText(/SHA-256 [0-9a-f]{16}/),
  ).toHaveCount(2)
  await panel.getByLabel('证明材料').fill('身份证正反面照片已核对')
  await expect(panel.getByTestId('correction-diff')).toContainText('110101199003071234')
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  // In the console's words, not the server's or the standard's.
  await expect(panel.getByText('校验位不正确，请核对号码')).toBeVisible()
  await expect(
    page.getByRole('alert').filter({ hasText: /correction cannot be applied/ }),
  ).toBeVisible()
  await shot(page, 'correction-refused', { fullPage: true })
  await panel.getByLabel('新的身份证号').fill('11010119900307803X')
  await expect(
    panel.getByText('手机号和身份证号的更正须由另一位主管复核批准后才写入。'),
  ).toBeVisible()
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  await expect(panel.getByTestId('correction-awaiting-checker')).toBeVisible()
  await expect(panel.getByTestId('correction-diff')).toContainText('110101********803X')
  await expectAccessible(page)
  await shot(page, 'correction-prepared', { fullPage: true })

  // A lead, not the agent, writes it.
  const lead = await context.newPage()
  await signIn(lead, 'lead01', `/requests/${id}`)
  expect(await approvePrepared(lead)).toContain('准备好的更正将写入用户')
  const leadPanel = lead.getByRole('region', { name: '更正个人信息' })
  await expect(leadPanel.getByTestId('correction-record')).toContainText('身份证正反面照片已核对')
  await expect(leadPanel.getByTestId('correction-record')).toContainText(
    '新身份证号已与新身份证照片核对：人像面 new-id-front.jpg',
  )
  await expect(leadPanel.getByTestId('correction-diff')).toContainText('110101********803X')
  expect((await api<{ status: string }>(lead, `/requests/${id}`)).body.status).toBe('completed')
  await shot(lead, 'correction-applied', { fullPage: true })
})

/** An access request of agent01's whose user's profile is still held (no data plan removed it). */
async function accessOfHeldProfile(page: Page): Promise<string> {
  const mine = await api<{ items: Item[] }>(
    page,
    '/requests?type=access&status=in_review&assignee=me&pageSize=20',
  )
  for (const item of mine.body.items) {
    const held = await api<{ items: { category: string; held: boolean }[] }>(
      page,
      `/requests/${item.id}/personal-data`,
    )
    if (held.body.items.find((h) => h.category === 'profile')?.held) return item.id
  }
  throw new Error('no access request in review of a user whose profile is held')
}

test('a missing region is supplemented: the diff shows it as added from nothing, and the timeline names the field', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  // The seeded user who never gave a region (mocks/db/seed-corrections.ts).
  const found = await api<{ items: Item[] }>(
    page,
    `/requests?type=correction&status=in_review&q=${encodeURIComponent('严书宁')}&pageSize=1`,
  )
  const id = found.body.items[0]!.id
  const panel = await open(page, id, '更正个人信息')
  await panel.getByRole('checkbox', { name: '地区（未填写，可补充）' }).check()
  await panel.getByLabel('补充的地区').fill('浙江省杭州市西湖区')
  await expect(
    panel.getByTestId('correction-diff').getByRole('row', { name: /地区/ }),
  ).toContainText('补充（未填写）浙江省杭州市西湖区')
  await panel.getByLabel('证明材料').fill('用户提供的居住证明已核对')
  await expectAccessible(page)
  await shot(page, 'correction-supplement', { fullPage: true })
  await panel.getByRole('button', { name: '写入更正' }).click()
  await expect(panel.getByTestId('correction-record')).toContainText('用户提供的居住证明已核对')
  await expect(page.getByTestId('timeline-event').filter({ hasText: '更正已写入' })).toContainText(
    '地区',
  )
  await shot(page, 'correction-supplemented', { fullPage: true })
})

test('an access request is answered from the template, sent and recorded', async ({ page }) => {
  await signIn(page, 'agent01')
  const id = await accessOfHeldProfile(page)
  const panel = await open(page, id, '访问个人信息')
  const answer = panel.getByLabel('发给用户的答复（短信）')
  await expect(answer).toHaveValue(new RegExp(`编号 ${id}`))
  await expect(answer).toHaveValue(/身份信息：用于实名认证/)
  // Every category of the template is answered, prefilled from the records.
  const categories = panel.getByTestId('access-categories')
  await expect(categories.getByRole('radiogroup')).toHaveCount(11)
  await expect(
    categories.getByRole('radiogroup', { name: '营销画像' }).getByRole('radio', { name: '未持有' }),
  ).toBeChecked()
  await expect(answer).toHaveValue(/营销画像：由第三方服务商持有/)
  await categories
    .getByRole('radiogroup', { name: '身份信息' })
    .getByRole('radio', { name: '未持有' })
    .check()
  await expect(answer).not.toHaveValue(/身份信息：用于实名认证/)
  await expect(answer).toHaveValue(/身份信息：平台未收集或未保存/)
  await expectAccessible(page)
  await shot(page, 'access', { fullPage: true })
  await panel.getByRole('button', { name: '发送答复' }).click()
  await expect(panel.getByTestId('access-record')).toContainText(`编号 ${id}`)
})

test('a refusal names its ground, gives a templated reason, and takes effect once a lead approves', async ({
  page,
  context,
}) => {
  await signIn(page, 'agent01')
  const id = await inReview(page, 'access')
  const panel = await open(page, id, '拒绝请求')
  await choose(page, '拒绝依据', '无端重复的请求')
  await expect(panel.getByLabel('发给用户的理由')).toHaveValue(/无端重复的请求/)
  await expectAccessible(page)
  await shot(page, 'refusal', { fullPage: true })
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  await expect(page.getByRole('region', { name: '拒绝请求' })).toHaveCount(0)

  const lead = await context.newPage()
  await signIn(lead, 'lead01')
  await lead.goto(`/requests/${id}`)
  expect(await approvePrepared(lead, '确认拒绝')).toContain(
    '申请人将收到拒绝通知，写明依据“无端重复的请求”',
  )
  await expect
    .poll(
      async () =>
        (await api<{ status: string; decision: { reasonCode: string } }>(lead, `/requests/${id}`))
          .body,
    )
    .toMatchObject({
      status: 'rejected',
      decision: { reasonCode: 'groundless_repetition' },
    })
})
