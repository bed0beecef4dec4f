import type { Page } from '@playwright/test'
import {
  api,
  approvePrepared,
  browserNow,
  choose,
  expect,
  expectAccessible,
  signIn,
  test,
  shot,
} from './fixtures'
import { userWhere } from './api-data'
import { RequestPage } from './pages/console'

// What the law forbids staff to do, tried as staff would do it, and what the requester is owed
// when they are refused (PIPL arts. 47, 49, 50; CONTRACT 2026-12).

test.describe.configure({ timeout: 180_000 })

/** A request registered for the user over the hotline, as intake would. */
async function registeredRequest(page: Page, type: string, userId: string): Promise<string> {
  return (await RequestPage.register(page, type, userId, { channel: 'hotline' })).id
}

const header = (page: Page, id: string) => page.getByRole('article', { name: new RegExp(id) })

test('a lead cannot have a frozen user’s data deleted: the checks show the court freeze and the deletion is refused', async ({
  page,
}) => {
  await signIn(page, 'lead01')
  const frozen = await userWhere(page, (u) => u.legalHold !== null && u.accountStatus === 'active')
  const id = await registeredRequest(page, 'deletion', frozen.id)
  await page.goto(`/requests/${id}`)
  const identity = page.getByRole('region', { name: '身份核验' })
  await identity.getByRole('radio', { name: '短信验证码' }).check({ timeout: 30_000 })
  await identity.getByRole('button', { name: '记录核验结果' }).click()
  await expect(header(page, id).getByText('审核中', { exact: true })).toBeVisible()

  const panel = page.getByRole('region', { name: '删除个人信息' })
  const checks = panel.getByTestId('deletion-checks')
  await expect(checks).toContainText('无法律冻结')
  await expect(checks).toContainText('法院协助冻结')
  await panel.getByRole('radio', { name: /未经明示同意收集、使用个人信息/ }).check()
  await panel.getByLabel('证据').fill('用户来电称从未同意营销画像，要求删除')
  await panel.getByRole('button', { name: '提交主管复核' }).click()
  await expect(
    page.getByRole('alert').filter({ hasText: '前提条件未满足，不能批准' }),
  ).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'frozen-deletion', { fullPage: true })
  const after = (
    await api<{ status: string; decision: unknown; dataPlan: unknown }>(page, `/requests/${id}`)
  ).body
  expect(after).toMatchObject({ status: 'in_review', decision: null })
  expect(after.dataPlan ?? null).toBeNull()
})

test('an agent cannot register a next-of-kin request for a living user, in the form or at the server', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  const living = await userWhere(
    page,
    (u) => !u.deceased && u.ageGroup === 'adult' && u.accountStatus === 'active',
  )
  const before = (await api<{ total: number }>(page, `/requests?q=${living.id}&pageSize=1`)).body
    .total

  await page.getByRole('button', { name: '登记请求' }).click()
  await expect(page.getByRole('heading', { name: /登记请求（/ })).toBeVisible()
  await choose(page, '类型', '个人信息副本')
  await page.getByRole('combobox', { name: '平台用户' }).fill(living.id)
  await page.locator('.ant-select-item-option').filter({ hasText: living.id }).click()
  await choose(page, '申请人', '近亲属')
  await expect(
    page.getByText('该用户未登记为已故（需有死亡证明记录）：近亲属不能代其提出申请'),
  ).toBeVisible()
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page).not.toHaveURL(/\/requests\/R\d{6}$/)
  await expectAccessible(page)
  await shot(page, 'next-of-kin-living', { fullPage: true })

  // The form only explains; the server is what refuses, whoever calls it.
  const direct = await api<{ code: string }>(page, '/requests', {
    method: 'POST',
    body: {
      type: 'copy',
      userId: living.id,
      requesterType: 'next_of_kin',
      channel: 'letter',
      receivedAt: new Date(await browserNow(page)).toISOString(),
    },
  })
  expect(direct.status).toBe(409)
  expect(direct.body.code).toBe('REQUESTER_NOT_ELIGIBLE')
  expect(
    (await api<{ total: number }>(page, `/requests?q=${living.id}&pageSize=1`)).body.total,
  ).toBe(before)
})

test('a failed identity check reaches the requester as a notice with its ground and remedies, once a lead approves', async ({
  page,
  context,
}) => {
  await signIn(page, 'agent01')
  const user = await userWhere(
    page,
    (u) => !u.deceased && u.ageGroup === 'adult' && u.accountStatus === 'active',
  )
  const id = await registeredRequest(page, 'copy', user.id)
  await page.goto(`/requests/${id}`)
  const identity = page.getByRole('region', { name: '身份核验' })
  await identity.getByRole('radio', { name: '短信验证码' }).check({ timeout: 30_000 })
  await identity.getByText('不通过', { exact: true }).click()
  await expect(identity.getByRole('radio', { name: '不通过' })).toBeChecked()
  await identity
    .getByLabel('给申请人的说明（申请人可见）')
    .fill('来电人无法说出注册手机号收到的验证码')
  await identity.getByRole('button', { name: '记录核验结果' }).click()
  // One person cannot end the request: the rejection waits for a lead.
  await expect(header(page, id).getByText('待复核', { exact: true })).toBeVisible()

  const lead = await context.newPage()
  await signIn(lead, 'lead01', `/requests/${id}`)
  expect(await approvePrepared(lead, '确认拒绝')).toContain('依据“身份核验未通过”')
  await expect(header(lead, id).getByText('已拒绝', { exact: true })).toBeVisible()
  await expect(
    lead.getByTestId('timeline-event').filter({ hasText: '已向申请人发送拒绝通知' }),
  ).toBeVisible()

  await lead.goto(`/users/${user.id}`)
  const notice = lead.getByTestId('user-notice').filter({ hasText: id }).first()
  await expect(notice).toContainText('依据：身份核验未通过。')
  await expect(notice).toContainText('原因：来电人无法说出注册手机号收到的验证码')
  await expect(notice).toContainText('《中华人民共和国个人信息保护法》第五十条')
  await expectAccessible(lead)
  await shot(lead, 'identity-failed-notice', { fullPage: true })
})
