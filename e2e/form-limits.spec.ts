import type { Page } from '@playwright/test'
import { api, expect as baseExpect, signIn, test } from './fixtures'

// A field past its limit keeps what was pasted, counts it and says the limit, and a number out of
// range is refused with a message, never quietly changed to the nearest allowed one.

// The first page load seeds the mock backend in the browser; on a shared machine that is slow.
const expect = baseExpect.configure({ timeout: 25_000 })

/** Pastes `text` into the focused field: inserted at once, as a paste is, not typed key by key. */
const paste = (page: Page, text: string) => page.keyboard.insertText(text)

test('a 150-character paste into a disclosure and an incident field is kept, counted and refused with the limit', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const long = '宁波某某信息技术有限公司法务部'.repeat(10)
  expect(long).toHaveLength(150)

  await signIn(page, 'compliance01', '/disclosures')
  await page.getByRole('button', { name: '记录披露' }).click()
  const form = page.getByRole('dialog', { name: '记录披露' })
  await form.getByText('第三方申请', { exact: true }).click()
  const applicant = form.getByLabel('申请人姓名')
  await applicant.click()
  await paste(page, long)
  await expect(applicant).toHaveValue(long)
  await expect(form.getByText('150 / 100')).toBeVisible()
  await form.getByRole('button', { name: '提交复核' }).click()
  await expect(form.getByText(/最多\s*100\s*个字符/)).toBeVisible()
  await expect(form.getByText('请输入申请人联系方式')).toBeVisible()

  await page.goto('/incidents')
  await page.getByRole('button', { name: '记录事件' }).click()
  const drawer = page.getByRole('dialog', { name: '记录安全事件' })
  const title = drawer.getByLabel('事件标题')
  await title.click()
  await paste(page, long)
  await expect(title).toHaveValue(long)
  await expect(drawer.getByText('150 / 120')).toBeVisible()
  await drawer.getByRole('button', { name: '记录', exact: true }).click()
  await expect(drawer.getByText(/最多\s*120\s*个字符/)).toBeVisible()
  await expect(drawer.getByText('请选择发生时间段')).toBeVisible()
})

test('100 extension days are refused with the most allowed, and the typed number stays', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'lead01')
  type Row = { id: string; deadlineAt: string; extensionDays: number }
  const rows = await api<{ items: Row[] }>(page, '/requests?type=copy&status=in_review&pageSize=20')
  const request = rows.body.items.find((r) => r.deadlineAt && r.extensionDays === 0)!
  await page.goto(`/requests/${request.id}`)
  await page.getByRole('button', { name: '延长期限' }).click()
  const dialog = page.getByRole('dialog', { name: '延长期限' })
  const days = dialog.getByLabel('延长工作日数')
  await days.fill('100')
  await days.blur()
  await expect(days).toHaveValue('100')
  await expect(
    dialog.getByText('请输入 1 到 15 之间的整数：最多只能延长 15 个工作日'),
  ).toBeVisible()
})
