import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { api, expect, expectAccessible, shot, test } from './fixtures'
import { RequestPage, SignInPage } from './pages/console'
import { copySmsTo } from './pages/mock-outboxes'

// A copy of personal information (policy 6(7)): the agent previews it masked and issues a link;
// the user opens the link without any staff session, enters the SMS code and gets the ZIP.

// The first load of each context seeds the mock backend, slow on a shared machine.
test.describe.configure({ timeout: 180_000 })

interface Item {
  id: string
  userId: string
  version: number
}

async function copyInReview(page: Page): Promise<Item> {
  const list = await api<{ items: Item[] }>(page, '/requests?type=copy&status=in_review&pageSize=1')
  const item = list.body.items[0]
  if (!item) throw new Error('no seeded copy request in review')
  return item
}

/** The names and contents of a stored ZIP, read from its central directory. */
function unzip(bytes: Buffer): Map<string, string> {
  const files = new Map<string, string>()
  const end = bytes.length - 22
  expect(bytes.readUInt32LE(end)).toBe(0x06054b50)
  let at = bytes.readUInt32LE(end + 16)
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const nameLength = bytes.readUInt16LE(at + 28)
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const local = bytes.readUInt32LE(at + 42)
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28)
    files.set(name, bytes.subarray(start, start + bytes.readUInt32LE(local + 18)).toString('utf8'))
    at += 46 + nameLength
  }
  return files
}

test('an agent previews a masked copy and sends a link; the user downloads the ZIP with the SMS code @mock', async ({
  page,
  context,
}) => {
  await new SignInPage(page).signIn('agent01')
  const request = await copyInReview(page)
  const panel = (await RequestPage.goto(page, request.id)).section('个人信息副本')
  await expect(panel).toBeVisible({ timeout: 30_000 })
  await expect(panel.getByRole('checkbox', { name: '身份信息（必含）' })).toBeDisabled()
  await panel.getByRole('checkbox', { name: '联系方式' }).check()
  await panel.getByRole('checkbox', { name: '任务记录' }).check()
  // Before the link goes out, staff see what is in the copy and what is not, and why.
  const coverage = panel.getByTestId('copy-coverage')
  await expect(coverage.getByRole('row', { name: /联系方式 包含 1/ })).toBeVisible()
  await expect(coverage.getByRole('row', { name: /营销画像 不包含/ })).toContainText(
    '由第三方服务商持有',
  )
  await expect(coverage.getByRole('row', { name: /支付与收益记录 不包含/ })).toContainText(
    /本次未申请|平台未持有/,
  )
  const preview = panel.getByTestId('copy-preview')
  await expect(preview).toContainText('手机号')
  await expect(preview).toContainText(/\d{6}\*{8}[\dX]{4}/)
  await expect(preview).toContainText(/1\d{2}\*{4}\d{4}/)
  await expect(preview).not.toContainText(/\d{17}[\dX]/)
  await expectAccessible(page)
  await shot(panel, 'copy-preview')

  // Days out of range are refused with the range, never changed to the nearest allowed number.
  await panel.getByLabel('链接有效期（天）').fill('100')
  await panel.getByRole('button', { name: '发出下载链接' }).click()
  await expect(panel.getByText('请输入 1 到 30 之间的整数')).toBeVisible()
  await expect(panel.getByLabel('链接有效期（天）')).toHaveValue('100')
  await panel.getByLabel('链接有效期（天）').fill('5')
  await panel.getByRole('button', { name: '发出下载链接' }).click()
  const link = panel.getByTestId('copy-link')
  await expect(link).toContainText('有效')
  await expect(link.getByTestId('copy-downloads')).toContainText('尚未下载')
  await expect(page.getByTestId('timeline-event').first()).toContainText('已发出副本下载链接')
  await shot(page, 'copy-panel', { fullPage: true })

  const sms = await copySmsTo(page, request.userId)
  expect(await panel.textContent()).not.toContain(sms.code)
  const user = await context.newPage()
  await user.goto(sms.path)
  await expect(user.getByRole('heading', { name: '下载您的个人信息副本' })).toBeVisible({
    timeout: 30_000,
  })
  await expect(user.getByTestId('current-staff')).toHaveCount(0)
  await expectAccessible(user)
  await user.getByLabel('短信验证码').fill(sms.code === '000000' ? '111111' : '000000')
  await user.getByRole('button', { name: '验证并获取副本' }).click()
  await expect(user.getByRole('alert')).toContainText('验证码不正确，还可以尝试 4 次')
  await user.getByLabel('短信验证码').fill(sms.code)
  await user.getByRole('button', { name: '验证并获取副本' }).click()
  await expect(user.getByText('副本已准备好')).toBeVisible()
  const summary = user.getByTestId('copy-summary')
  await expect(summary).toContainText('个人信息副本摘要')
  await expect(summary).toContainText(/\d{17}[\dX]/)
  await expect(summary.getByTestId('copy-summary-coverage')).toContainText(
    '由第三方服务商持有，平台未保存',
  )

  const [download] = await Promise.all([
    user.waitForEvent('download'),
    user.getByRole('link', { name: /下载压缩包/ }).click(),
  ])
  const fileName = `personal-data-copy-${request.id}`
  expect(download.suggestedFilename()).toBe(`${fileName}.zip`)
  const files = unzip(readFileSync(await download.path()))
  const json = JSON.parse(files.get(`${fileName}.json`)!) as {
    requestId: string
    summary: { category: string; included: boolean; records: number }[]
    data: { contact: { phone: string }; task_history?: { counterpartyPhone: string }[] }
  }
  const included = json.summary.filter((c) => c.included).map((c) => c.category)
  expect(included.slice(0, 3)).toEqual(['profile', 'identity', 'contact'])
  // The JSON and one CSV file per category in the copy.
  expect([...files.keys()]).toEqual([
    `${fileName}.json`,
    ...included.map((c) => `${fileName}-${c}.csv`),
  ])
  expect(json.requestId).toBe(request.id)
  expect(json.data.contact.phone).toMatch(/^1\d{10}$/)
  expect(files.get(`${fileName}-contact.csv`)).toMatch(/^\uFEFFphone\r\n1\d{10}\r\n$/)
  for (const task of json.data.task_history ?? [])
    expect(task.counterpartyPhone).toMatch(/^1\d{2}\*{4}\d{4}$/)
  // The pointer leaves the button it clicked, whose hover colour is a passing state.
  await user.mouse.move(0, 0)
  await expectAccessible(user)
  await shot(user, 'copy-public', { fullPage: true })
  await user.emulateMedia({ media: 'print' })
  await shot(user, 'copy-print', { fullPage: true })

  await page.reload()
  await expect(page.getByTestId('copy-downloads')).not.toContainText('尚未下载', {
    timeout: 30_000,
  })
  await expect(page.getByTestId('timeline-event').first()).toContainText('用户已下载副本')
})

test('an expired link is refused even with the right code @mock', async ({ page, context }) => {
  await new SignInPage(page).signIn('agent01')
  const request = await copyInReview(page)
  const issued = await api<{ status: string }>(page, `/requests/${request.id}/copy-link`, {
    method: 'POST',
    body: { categories: [], expiresInDays: 1 },
    version: request.version,
  })
  expect(issued.body.status).toBe('completed')
  const sms = await copySmsTo(page, request.userId)
  await page.clock.fastForward(2 * 86_400_000)
  const user = await context.newPage()
  await user.goto(sms.path)
  await user.getByLabel('短信验证码').fill(sms.code, { timeout: 30_000 })
  await user.getByRole('button', { name: '验证并获取副本' }).click()
  await expect(user.getByRole('alert')).toContainText(/此链接已于 .* 过期，无法再使用/)
  await expect(user.getByLabel('短信验证码')).toHaveCount(0)
  await expectAccessible(user)
})
