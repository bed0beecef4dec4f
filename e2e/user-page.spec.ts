import type { Page } from '@playwright/test'
import {
  api,
  browserNow,
  expect as baseExpect,
  expectAccessible,
  sessionToken,
  signIn,
  switchToEnglish,
  test,
  shot,
} from './fixtures'

// The first page load seeds the mock backend in the browser; on a shared machine that is slow.
const expect = baseExpect.configure({ timeout: 25_000 })

const CONFIDENTIAL = '宁波市公安局江北分局（保密调取）'
const CONSENTED = '某健康保险股份有限公司'

/**
 * Records, as compliance01 in this page's backend, a consent disclosure the user may know about
 * and a confidential legal-process one they may not.
 */
async function recordDisclosures(page: Page, userId: string) {
  const token = await sessionToken(page, 'compliance01')
  const post = async (body: unknown) =>
    (await api(page, '/disclosures', { method: 'POST', body, token })).status
  const common = {
    userIds: [userId],
    dataItems: ['name', 'phone'],
    disclosedAt: new Date((await browserNow(page)) - 86_400_000).toISOString(),
  }
  const statuses = [
    await post({
      ...common,
      basis: 'legal_process',
      recipient: { name: CONFIDENTIAL, type: 'authority', contact: '0574-87000000' },
      legalDocument: {
        authority: CONFIDENTIAL,
        documentType: '协助查询通知书',
        documentNumber: '甬公(江)查字〔2026〕7号',
        provision: '《中华人民共和国刑事诉讼法》第一百四十四条',
      },
      purpose: '配合刑事案件调查',
      confidential: true,
    }),
    await post({
      ...common,
      basis: 'consent',
      recipient: { name: CONSENTED, type: 'company', contact: 'service@example.cn' },
      purpose: '用户同意的保险投保',
      consentReference: 'CONSENT-E2EUSER1',
    }),
  ]
  expect(statuses).toEqual([201, 201])
}

test("an agent goes from a request to its user's page, sees the user's requests and gives them their disclosure statement", async ({
  page,
}) => {
  test.setTimeout(150_000)
  await signIn(page, 'agent01')
  const request = (await api<{ id: string; userId: string }>(page, '/requests/R000001')).body
  const { userId } = request
  const requests = (
    await api<{ total: number; items: { id: string }[] }>(page, `/requests?q=${userId}&pageSize=10`)
  ).body
  expect(requests.items.map((r) => r.id)).toContain('R000001')
  await recordDisclosures(page, userId)

  await page.goto('/requests/R000001')
  await page.getByRole('link', { name: userId, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/users/${userId}$`))
  await expect(page.getByRole('heading', { level: 1, name: `用户 ${userId}` })).toBeVisible()

  // Masked as everywhere: phone, ID number and birth date only through the audited reveal, with
  // the age group in place of the birth date.
  await expect(page.getByTestId('masked-phone')).toHaveText(/^\d{3}\*{4}\d{4}$/)
  await expect(page.getByTestId('masked-idNumber')).toHaveText(/^\d{6}\*{8}[\dX]{4}$/)
  await expect(page.getByTestId('masked-birthDate')).toHaveText('****-**-**')
  await expect(page.getByRole('button', { name: '查看完整手机号' })).toBeVisible()
  await expect(page.getByRole('button', { name: '查看完整出生日期' })).toBeVisible()

  const table = page.getByTestId('user-requests')
  await expect(table).toHaveAttribute('aria-busy', 'false')
  await expect(table.locator('tr.ant-table-row')).toHaveCount(requests.items.length)
  await expect(page.getByText(`共 ${requests.total} 条`)).toBeVisible()
  await expect(table.getByRole('link', { name: 'R000001' })).toHaveAttribute(
    'href',
    '/requests/R000001',
  )
  await page.mouse.move(0, 0)
  await expectAccessible(page)
  await shot(page, 'userpage-page', { fullPage: true })

  await page.getByRole('button', { name: '生成披露记录说明' }).click()
  const statement = page.getByRole('article', { name: '个人信息对外披露记录说明' })
  await expect(statement).toBeVisible()
  await expect(statement).toContainText(userId)
  await expect(statement.getByText(/^生成时间：.*（北京时间）$/)).toBeVisible()
  await expect(statement.getByRole('cell', { name: new RegExp(CONSENTED) })).toBeVisible()
  await expect(statement).not.toContainText(CONFIDENTIAL)
  await expectAccessible(page)
  await shot(page, 'userpage-statement')

  // Printing shows the statement alone.
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('#root')).toBeHidden()
  await expect(statement).toBeVisible()
  await shot(page, 'userpage-print')
  await page.emulateMedia({ media: 'screen' })
  await page.getByRole('button', { name: '关闭', exact: true }).click()
  await expect(statement).toBeHidden()
})

test('a user is found by id, from the page and from the header, in either language', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'lead01')
  await page.getByRole('searchbox', { name: '搜索' }).fill('u000002')
  await page.getByRole('searchbox', { name: '搜索' }).press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: '用户 U000002' })).toBeVisible()

  const find = page.getByRole('searchbox', { name: '查找用户' })
  await find.fill('张三')
  await find.press('Enter')
  await expect(
    page.getByRole('alert').filter({ hasText: '请输入用户ID，格式如 U000001' }),
  ).toBeVisible()
  await expect(find).toHaveAttribute('aria-invalid', 'true')
  await find.fill('U000003')
  await find.press('Enter')
  await expect(page).toHaveURL(/\/users\/U000003$/)
  await expect(page.getByRole('heading', { level: 1, name: '用户 U000003' })).toBeVisible()

  await switchToEnglish(page)
  await expect(page.getByRole('heading', { level: 1, name: 'User U000003' })).toBeVisible()
  await expect(page.getByRole('heading', { name: "This user's requests" })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Disclosure statement' })).toBeVisible()
  await expect(page.getByTestId('user-requests')).toHaveAttribute('aria-busy', 'false')
  await page.mouse.move(0, 0)
  await expectAccessible(page)
  await shot(page, 'userpage-en', { fullPage: true })

  await page.goto('/users/U999999')
  await expect(page.getByRole('alert').filter({ hasText: 'U999999' })).toBeVisible()
})
