import type { Locator, Page } from '@playwright/test'
import { api, choose, expect, expectAccessible, signIn, shot, test } from './fixtures'

// Long text keeps its place: a field says its limit and refuses more instead of cutting it, and
// a long name or reason stays in its own cell, so dates, labels and columns beside it keep their
// width on a 1280×800 screen.

test.use({ viewport: { width: 1280, height: 800 } })

type User = { id: string; name: string; ageGroup: string; accountStatus: string }
type Detail = { id: string; version: number; userId: string; type: string; status: string }

/** How many lines the text in an element takes (a cell may be taller than its text). */
async function lines(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const style = getComputedStyle(el)
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5
    const text = document.createRange()
    text.selectNodeContents(el)
    return Math.round(text.getBoundingClientRect().height / lineHeight)
  })
}

/** A seeded adult with no open request of `type`: registering one for them is no duplicate. */
async function adultWithout(page: Page, type: string): Promise<User> {
  const users = (await api<{ items: User[] }>(page, '/users?accountStatus=active&pageSize=200'))
    .body.items
  for (const user of users.filter((u) => u.ageGroup === 'adult')) {
    const open = await api<{ total: number }>(
      page,
      `/requests?q=${user.id}&type=${type}&status=identity_pending,awaiting_requester,in_review,pending_approval,approved&pageSize=1`,
    )
    if (open.body.total === 0) return user
  }
  throw new Error(`no seeded adult without an open ${type} request`)
}

async function openIntake(page: Page, type: string, userId: string) {
  await page.getByRole('button', { name: '登记请求' }).click()
  await expect(page.getByRole('heading', { name: /登记请求（/ })).toBeVisible()
  await choose(page, '类型', type)
  await page.getByRole('combobox', { name: '平台用户' }).fill(userId)
  await page.locator('.ant-select-item-option').filter({ hasText: userId }).click()
}

test('a long applicant name is refused past its limit, and at the limit leaves the request page, the audit log and the ledger drawer in shape', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await signIn(page, 'agent01')
  const user = await adultWithout(page, 'copy')
  await openIntake(page, '个人信息副本', user.id)

  // 150 characters, as the applicant's name was given: kept as typed, counted and refused.
  const name = page.getByLabel('申请人姓名（非本人时填写）')
  const tooLong = '欧阳'.repeat(75)
  await name.fill(tooLong)
  await expect(name).toHaveValue(tooLong)
  await expect(page.getByText('150 / 100')).toBeVisible()
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page.getByText(/最多\s*100\s*个字符/)).toBeVisible()
  await expect(page).not.toHaveURL(/\/requests\/R\d{6}$/)
  await expectAccessible(page)
  await shot(page, 'intake-too-long', { fullPage: true })

  const atLimit = '欧阳'.repeat(50)
  await name.fill(atLimit)
  await expect(page.getByText('100 / 100')).toBeVisible()
  await page.getByRole('button', { name: '登记', exact: true }).click()
  // The request page loads its code on first use, slowly on a busy machine.
  await expect(page).toHaveURL(/\/requests\/R\d{6}$/, { timeout: 30_000 })
  const id = page.url().split('/').pop()!
  const created = (await api<Detail & { requesterName: string }>(page, `/requests/${id}`)).body
  expect(created.requesterName).toBe(atLimit)

  // Identity passes by SMS code, which gives the request its dates.
  const verified = await api<Detail>(page, `/requests/${id}/identity-checks`, {
    method: 'POST',
    body: { method: 'sms_code', evidence: ['sms_code'], outcome: 'pass' },
    version: created.version,
  })
  expect(verified.status).toBe(200)

  // A lead extends it with a long reason.
  await page.getByRole('button', { name: '退出登录' }).click()
  await signIn(page, 'lead01', `/requests/${id}`)
  const reason = '需要向合作方调取纸质档案并逐页核对原件与扫描件是否一致'.repeat(12)
  await page.getByRole('button', { name: '延长期限' }).click()
  const dialog = page.getByRole('dialog', { name: '延长期限' })
  await dialog.getByLabel('延长工作日数').fill('5')
  await dialog.getByLabel('延长原因（将告知用户）').fill(reason)
  await expect(dialog.getByText(`${reason.length} / 1000`)).toBeVisible()
  await dialog.getByRole('button', { name: '提交' }).click()
  await expect(dialog).toBeHidden()

  // The request page: the name stays in its cell, each date on at most two lines.
  const requester = page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: /^申请人$/ }) })
  await expect(requester).toContainText(atLimit.slice(0, 10))
  for (const label of ['收到时间', '起算时间', '目标日期', '最终期限']) {
    const value = requester
      .locator('.ant-descriptions-item-container')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('.ant-descriptions-item-content')
    await expect(value).toContainText(/\d{4}-\d{2}-\d{2}/)
    expect(await lines(value), label).toBeLessThanOrEqual(2)
  }
  await expectAccessible(page)
  await shot(page, 'request-long-name', { fullPage: true })

  // The audit log: the long reason does not squeeze the other columns.
  await page.getByRole('button', { name: '退出登录' }).click()
  await signIn(page, 'compliance01', '/audit')
  const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: id }).first()
  await expect(row).toBeVisible()
  for (const cell of await row.locator('td').all()) {
    const width = (await cell.boundingBox())?.width ?? 0
    expect(width).toBeGreaterThanOrEqual(72)
  }
  await expectAccessible(page)
  await shot(page, 'audit-long-reason', { fullPage: true })

  // The ledger's drawer: every label on one line.
  await page.goto('/disclosures')
  await page
    .getByRole('button', { name: /^披露记录 #\d+$/ })
    .first()
    .click()
  const drawer = page.getByRole('dialog', { name: /^披露记录 #\d+$/ })
  await expect(drawer.getByText('记录编号', { exact: true })).toBeVisible()
  for (const label of await drawer.locator('.ant-descriptions-item-label').all())
    expect(await lines(label), (await label.textContent()) ?? '').toBe(1)
  await expectAccessible(page)
  await shot(page, 'ledger-drawer', { fullPage: true })
})

test('registering a request for a user with an open one of the same type warns before it is registered', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  const open = (
    await api<{ items: Detail[] }>(
      page,
      '/requests?type=copy&status=in_review&duplicate=false&pageSize=1',
    )
  ).body.items[0]!
  await openIntake(page, '个人信息副本', open.userId)

  const warning = page.getByTestId('intake-duplicates')
  await expect(warning).toContainText('可能重复：该用户已有')
  await expect(warning).toContainText('未结束的个人信息副本请求')
  await expect(warning.getByRole('link', { name: open.id })).toBeVisible()
  await expect(warning).toContainText(/登记后新请求将标记为 R\d{6} 的重复请求/)
  await expectAccessible(page)
  await shot(page, 'intake-duplicate', { fullPage: true })

  // What the warning said is what registering does.
  const flaggedAs = (await warning.textContent())!.match(/标记为 (R\d{6}) 的重复请求/)![1]
  await page.getByRole('button', { name: '登记', exact: true }).click()
  await expect(page).toHaveURL(/\/requests\/R\d{6}$/)
  const id = page.url().split('/').pop()!
  const created = (await api<{ duplicateOf: string | null }>(page, `/requests/${id}`)).body
  expect(created.duplicateOf).toBe(flaggedAs)
})
