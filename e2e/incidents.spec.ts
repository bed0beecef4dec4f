import type { Locator, Page } from '@playwright/test'
import { recordedIncident } from './api-data'
import {
  api,
  browserNow,
  choose,
  expect,
  expectAccessible,
  OPEN_OPTIONS,
  signIn,
  test,
  shot,
} from './fixtures'

const REGION = '浙江省宁波市海曙区'
const MASKED_PHONE = /^1\d{2}\*{4}\d{4}$/

/** axe on what is on screen, without the pointer resting on a button in its hover colour. */
async function accessible(page: Page) {
  await page.mouse.move(0, 0)
  await expectAccessible(page)
}

const minutesAgo = (now: number, m: number) => {
  const d = new Date(now - m * 60_000 + 8 * 3_600_000)
  return d.toISOString().slice(0, 16).replace('T', ' ')
}

async function fillDate(input: Locator, value: string) {
  await input.click()
  await input.fill(value)
  await input.press('Enter')
}

async function campaignSettled(campaign: Locator) {
  await expect(campaign.getByTestId('campaign-counts')).toHaveAttribute('data-settled', 'true', {
    timeout: 20_000,
  })
  const count = async (status: string) =>
    Number((await campaign.locator(`[data-status="${status}"]`).textContent())?.replace(/\D/g, ''))
  return { delivered: await count('delivered'), failed: await count('failed') }
}

test('compliance records an incident, selects the affected users, sends an SMS and publishes an announcement', async ({
  page,
}) => {
  // The whole journey, with two rounds of the live delivery simulation and an axe scan per step.
  test.slow()
  await signIn(page, 'compliance01')
  await page.getByRole('link', { name: '安全事件' }).click()
  await expect(page.getByRole('heading', { name: '安全事件', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'I000001' })).toBeVisible()
  await accessible(page)
  await shot(page, 'list', { fullPage: true })

  await page.getByRole('button', { name: '记录事件' }).click()
  const drawer = page.getByRole('dialog', { name: '记录安全事件' })
  await drawer.getByLabel('事件标题').fill('客服系统日志接口未鉴权')
  await choose(page, '事件级别', '重大')
  const occurred = drawer.locator('.ant-picker-range')
  const now = await browserNow(page)
  await fillDate(occurred.locator('input').first(), minutesAgo(now, 3000))
  await fillDate(occurred.locator('input').nth(1), minutesAgo(now, 2000))
  await drawer.getByRole('combobox', { name: '涉及的个人信息类别' }).click()
  await page.locator(OPEN_OPTIONS).filter({ hasText: '联系方式' }).click()
  await page.keyboard.press('Escape')
  await drawer
    .getByLabel('事件经过')
    .fill('客服系统的一个日志查询接口在配置变更后无需登录即可访问。')
  await drawer.getByLabel('可能造成的影响').fill('用户手机号可能被他人看到，可能收到诈骗电话。')
  await drawer.getByLabel('已采取的处置措施').fill('已关闭该接口并排查访问日志。')
  await drawer.getByLabel('将要采取的措施').fill('上线前增加接口鉴权检查。')
  await drawer.getByLabel('给用户的防范建议').fill('请警惕冒充平台的来电，不要透露验证码。')
  await drawer.getByLabel('对用户的补救措施').fill('可免费开通来电风险提醒服务一年。')
  await accessible(page)
  await shot(page, 'create')
  await drawer.getByRole('button', { name: '记录' }).click()
  await expect(
    page.getByRole('heading', { name: '客服系统日志接口未鉴权', level: 1 }),
  ).toBeVisible()
  await expect(page).toHaveURL(/\/incidents\/I000003$/)
  // A 重大 incident is reported to the regulator within 4 hours of its discovery.
  await expect(page.getByTestId('regulator-due')).toHaveAttribute('data-status', 'due')
  await expect(page.getByTestId('regulator-due')).toContainText(
    /^监管报告须在 .+ 前提交（还剩 .+）$/,
  )

  await page.getByRole('tab', { name: /受影响用户/ }).click()
  await choose(page, '地区', REGION)
  await expect(page.getByTestId('affected-preview')).toContainText(
    /符合条件 \d+ 人，其中 0 人已在名单中/,
  )
  const matched = Number(
    (await page.getByTestId('affected-preview').textContent())?.match(/符合条件 (\d+) 人/)?.[1],
  )
  expect(matched).toBeGreaterThan(50)
  await page.getByRole('button', { name: '加入受影响用户' }).click()
  await expect(page.getByRole('tab', { name: `受影响用户 (${matched})` })).toBeVisible()
  await expect(page.getByText(`共 ${matched} 条`)).toBeVisible()
  const phones = await page
    .locator('section[aria-labelledby="affected-list-title"] tbody tr td:nth-child(3)')
    .allTextContents()
  expect(phones.length).toBeGreaterThan(0)
  for (const phone of phones) expect(phone).toMatch(MASKED_PHONE)
  await accessible(page)
  await shot(page, 'users', { fullPage: true })

  await page.getByRole('tab', { name: /通知用户/ }).click()
  await page.getByRole('button', { name: '按事件记录生成' }).click()
  await expect(page.getByTestId('template-check-zh-CN')).toContainText('六要素齐全，可以发送')
  // The draft names the categories involved and whom to ask (PIPL art. 57).
  await expect(page.getByRole('textbox', { name: '通知内容（中文）' })).toHaveValue(
    /【涉及的个人信息】本次事件涉及您的联系方式。[\s\S]*【联系我们】如有疑问，请联系任务易客服/,
  )
  await page.getByRole('button', { name: `发送给 ${matched} 名受影响用户` }).click()
  const campaign = page.getByTestId('campaign').filter({ hasText: 'I000003-C1' })
  await expect(campaign.getByRole('heading', { name: /I000003-C1 · 短信/ })).toBeVisible()
  const first = await campaignSettled(campaign)
  expect(first.delivered + first.failed).toBe(matched)
  expect(first.failed).toBeGreaterThan(0)
  await expect(campaign.getByRole('progressbar', { name: '送达进度' })).toBeVisible()
  const deliveries = campaign.getByTestId('deliveries')
  await expect(deliveries.getByText(`共 ${matched} 条`)).toBeVisible()
  for (const address of await deliveries.locator('tbody tr td:nth-child(3)').allTextContents())
    expect(address).toMatch(MASKED_PHONE)
  await accessible(page)
  await shot(page, 'campaign', { fullPage: true })

  await campaign.getByRole('button', { name: `重试失败的 ${first.failed} 条` }).click()
  await expect(campaign).toContainText('已人工重试 1 次')
  const second = await campaignSettled(campaign)
  expect(second.failed).toBeLessThan(first.failed)
  expect(second.delivered + second.failed).toBe(matched)

  await page.getByRole('tab', { name: '公告' }).click()
  await page.getByRole('button', { name: '按事件记录生成' }).click()
  await page.getByRole('checkbox', { name: '官方网站' }).check()
  await page.getByLabel('难以逐一告知的原因').fill('部分受影响用户已更换手机号，短信无法送达。')
  await accessible(page)
  await page.getByRole('button', { name: '发布公告' }).click()
  const announcement = page.getByTestId('announcement')
  await expect(announcement).toContainText('App 公告栏、官方网站')
  await expect(announcement).toContainText('部分受影响用户已更换手机号')
  await shot(page, 'announcement', { fullPage: true })

  await page.getByRole('tab', { name: '处理记录' }).click()
  await expect(page.getByTestId('timeline-event').first()).toContainText('发布公告')
  await expect(page.getByTestId('timeline-event')).toHaveCount(5)
})

test('a notice without the remedies element is refused, in the form and by the server', async ({
  page,
}) => {
  await signIn(page, 'compliance01', '/incidents/I000001?tab=campaigns')
  const incomplete =
    '【事件情况】接口配置错误，手机号可能外泄。\n【涉及的个人信息】手机号。\n【已采取措施】已关闭接口。\n【防范建议】警惕诈骗电话。\n【联系我们】客服热线 400-000-0000。'
  await page.getByRole('textbox', { name: '通知内容（中文）' }).fill(incomplete)
  const check = page.getByTestId('template-check-zh-CN')
  await expect(check.locator('[data-element="remedies"]')).toHaveAttribute('data-state', 'missing')
  await expect(check).toContainText('缺少或为空：对用户的补救措施')
  await page.getByRole('button', { name: /^发送给 \d+ 名受影响用户$/ }).click()
  await expect(page.getByText('缺少或为空：对用户的补救措施').first()).toBeVisible()
  await expect(page.getByTestId('campaign')).toHaveCount(1)
  await accessible(page)
  await shot(page, 'refused', { fullPage: true })

  const incident = await api<{ version: number }>(page, '/incidents/I000001')
  const refused = await api<{ code: string; details: { missing: Record<string, string[]> } }>(
    page,
    '/incidents/I000001/campaigns',
    {
      method: 'POST',
      body: { channel: 'sms', templateZh: incomplete },
      version: incident.body.version,
    },
  )
  expect(refused.status).toBe(400)
  expect(refused.body.code).toBe('NOTICE_INCOMPLETE')
  expect(refused.body.details.missing.templateZh).toEqual(['remedies'])
})

test('a CSV import reports each bad line with its reason and keeps the good ones', async ({
  page,
}) => {
  await signIn(page, 'compliance01')
  const created = await recordedIncident(page)
  await page.goto(`/incidents/${created.id}?tab=users`)
  const csv = ['userId', 'U000001', 'U12', 'U000002', 'U000001', 'U999999', 'U000003,多余'].join(
    '\n',
  )
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'affected.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(page.getByText('已选择：affected.csv，6 行数据')).toBeVisible()
  await page.getByRole('button', { name: '导入', exact: true }).click()
  const result = page.getByTestId('import-result')
  await expect(result).toContainText('已导入 3 人；0 人已在名单中；3 行未导入')
  const rows = result.locator('tbody tr')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(0)).toContainText('3U12不是有效的用户ID')
  await expect(rows.nth(1)).toContainText('5U000001与第 2 行重复')
  await expect(rows.nth(2)).toContainText('6U999999平台上没有此用户')
  await expect(page.getByText('共 3 条')).toBeVisible()
  await accessible(page)
  await shot(page, 'import', { fullPage: true })
})

test('a follow-up report to the regulator is recorded with its attachment; the incident closes once an announcement tells the users whose SMS failed', async ({
  page,
}) => {
  await signIn(page, 'compliance01', '/incidents/I000001?tab=regulator')
  await page.getByRole('button', { name: '记录一份报告' }).click()
  await page.getByRole('combobox', { name: '报告的部门' }).fill('宁波市互联网信息办公室')
  await page.getByLabel('受理编号').fill('NBWX-2026-0140')
  await page.getByLabel('报告内容').fill('补充报告：用户告知完成情况及失败重试结果。')
  await page.locator('input[type="file"]').setInputFiles({
    name: '补充报告.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 follow-up'),
  })
  await expect(page.getByText(/sha256:[0-9a-f]{64}/)).toBeVisible()
  await accessible(page)
  await shot(page, 'regulator', { fullPage: true })
  await page.getByRole('button', { name: '提交' }).click()
  await expect(page.getByTestId('regulator-report')).toHaveCount(2)
  await expect(page.getByTestId('regulator-report').nth(1)).toContainText('补充报告.pdf')

  // The first report was made within the 4 hours a 重大 incident allows.
  await expect(page.getByTestId('regulator-due-notice')).toContainText('已按时向监管部门报告')

  // Some SMS of the seeded campaign failed and no announcement told those users: no closing yet.
  await page.getByRole('button', { name: '结案' }).click()
  const dialog = page.getByRole('dialog', { name: '结案：I000001' })
  await dialog.getByLabel('结案说明').fill('用户已告知，监管报告已提交。')
  await dialog.getByRole('button', { name: '结案' }).click()
  await expect(dialog.getByRole('alert')).toContainText(
    '还不能结案：有用户的通知发送失败，又没有发布公告。',
  )
  await expect(dialog.getByRole('status')).toContainText(
    /有 \d+ 条通知发送失败，这些用户尚未被告知/,
  )
  await accessible(page)
  await dialog.getByRole('button', { name: '取消' }).click()

  await page.getByRole('tab', { name: '公告' }).click()
  await page.getByRole('button', { name: '按事件记录生成' }).click()
  await page.getByLabel('难以逐一告知的原因').fill('部分受影响用户的短信无法送达，无法逐一告知。')
  await page.getByRole('button', { name: '发布公告' }).click()
  await expect(page.getByTestId('announcement')).toContainText('部分受影响用户的短信无法送达')

  await page.getByRole('button', { name: '结案' }).click()
  await dialog.getByLabel('结案说明').fill('用户已告知（短信与公告），监管报告已提交。')
  await dialog.getByRole('button', { name: '结案' }).click()
  await expect(page.getByText(/本事件已于 .* 结案，记录只读。/)).toBeVisible()
  await expect(page.getByRole('button', { name: '记录一份报告' })).toHaveCount(0)
  await accessible(page)
})

test('the incident screens are closed to agents and leads', async ({ page }) => {
  await signIn(page, 'lead01')
  await expect(page.getByRole('link', { name: '安全事件' })).toHaveCount(0)
  await page.goto('/incidents/I000001')
  await expect(page.getByText('无权访问')).toBeVisible()
})
