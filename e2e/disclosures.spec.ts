import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { parseCsv } from '../src/shared/lib/csv'
import {
  api,
  expect as baseExpect,
  choose,
  expectAccessible,
  signIn,
  switchToEnglish,
  test,
  shot,
} from './fixtures'

// Every page load here starts the mock backend in the browser (thousands of seeded users and
// requests); on a busy machine that outlasts the default wait.
const expect = baseExpect.configure({ timeout: 25_000 })

async function accessible(page: Page) {
  await page.mouse.move(0, 0)
  await expectAccessible(page)
}

/** How many records the ledger holds now: numbers and counts follow from it, never from the seed. */
async function ledgerSize(page: Page): Promise<number> {
  return (await api<{ total: number }>(page, '/disclosures?pageSize=1')).body.total
}

async function openRecordForm(page: Page) {
  await page.getByRole('button', { name: '记录披露' }).click()
  const form = page.getByRole('dialog', { name: '记录披露' })
  await expect(form).toBeVisible()
  return form
}

async function pickUser(form: Locator, userId: string) {
  await choose(form, '被披露信息的用户', userId, { search: userId })
  // Tab, not Escape: Escape would also close the drawer the form is in.
  await form.getByLabel('被披露信息的用户').press('Tab')
}

test('a third-party application counts as disclosed only after a second compliance manager approves it', async ({
  page,
}) => {
  // Two sign-ins, three page loads and three axe passes, one over a long form.
  test.setTimeout(300_000)
  await signIn(page, 'compliance01', '/disclosures')
  await expect(page.getByRole('heading', { name: '披露台账' })).toBeVisible()
  const before = await ledgerSize(page)
  await expect(page.getByText(`共 ${before} 条`)).toBeVisible()
  await accessible(page)
  await shot(page, 'ledger')

  const form = await openRecordForm(page)
  await form.getByText('第三方申请', { exact: true }).click()
  await pickUser(form, 'U000002')
  await form.getByLabel('接收方名称').fill('李四')
  await choose(form, '接收方类型', '个人')
  await form.getByLabel('接收方联系方式').fill('13912345678')
  await form.getByLabel('姓名', { exact: true }).check()
  await form.getByLabel('手机号码', { exact: true }).check()
  await form.getByLabel('披露目的').fill('申请人提起民事诉讼')
  await form.getByLabel('申请人姓名').fill('李四')
  await form.getByLabel('申请人身份证号码').fill('11010519491231002X')
  await form.getByLabel('申请人联系方式').fill('13912345678')
  await form
    .getByLabel('申请事由（纠纷或被侵犯的权益）')
    .fill('任务报酬纠纷，需对方真实姓名以提起诉讼')
  await form.locator('input[type=file]').setInputFiles({
    name: '起诉状.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('起诉状'),
  })
  await expect(form.getByText(/^sha256:[0-9a-f]{64}$/)).toBeVisible()
  await accessible(page)
  await shot(page, 'record-form')
  await form.getByRole('button', { name: '提交复核' }).click()
  const submitted = page.getByText(/^申请 A\d{6} 已提交，等待另一位合规经理复核$/)
  await expect(submitted).toBeVisible()
  const applicationId = (await submitted.textContent())!.match(/A\d{6}/)![0]
  // The application the server holds is the one just filled in.
  expect((await api(page, `/disclosures/applications/${applicationId}`)).body).toMatchObject({
    userIds: ['U000002'],
    recipient: { name: '李四' },
  })

  const row = page.getByRole('row', { name: new RegExp(applicationId) })
  await expect(row.getByRole('button', { name: '复核通过' })).toBeDisabled()
  expect(await ledgerSize(page)).toBe(before)
  await shot(page, 'applications')

  await page.getByRole('button', { name: '退出登录' }).click()
  await signIn(page, 'compliance02', '/disclosures?tab=applications')
  await page
    .getByRole('row', { name: new RegExp(applicationId) })
    .getByRole('button', { name: '复核通过' })
    .click()
  await page.getByRole('tooltip').getByRole('button', { name: '确定', exact: true }).click()
  // Approved, it becomes the ledger's next record.
  const number = before + 1
  await expect(page.getByText(`已通过，台账记录 #${number}`)).toBeVisible()

  await page.goto('/disclosures')
  const record = page.getByRole('row', { name: new RegExp(`#${number}\\b`) })
  await expect(record).toContainText('第三方申请')
  await expect(record).toContainText('合规周')
  await expect(record).toContainText('合规吴')
  await record.getByRole('button', { name: `披露记录 #${number}` }).click()
  const drawer = page.getByRole('dialog', { name: `披露记录 #${number}` })
  await expect(drawer.getByText('浏览器重算本条哈希：一致')).toBeVisible()
  await expect(drawer.getByText('110105********002X')).toBeVisible()
  await accessible(page)
  await shot(page, 'record-drawer')
})

test('the browser verifies the whole ledger and compliance signs a checkpoint', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'compliance01', '/disclosures?tab=integrity')
  // The seed's 320 records, and on a backend that is not reset what earlier runs recorded too.
  const count = await ledgerSize(page)
  await page.getByRole('button', { name: '在浏览器中校验' }).click()
  await expect(page.getByText(`链完整：已校验 ${count} 条记录`)).toBeVisible()
  await expect(page.getByText(`完整（${count} 条）`)).toBeVisible()
  await page.getByRole('button', { name: `签署检查点（${count} 条）` }).click()
  await expect(page.getByText(`已签署检查点：${count} 条记录`)).toBeVisible()
  await page.getByRole('button', { name: '重新校验' }).click()
  await expect(
    page.getByRole('cell', { name: new RegExp(`^${count} 条 · .* · 合规周$`) }).first(),
  ).toBeVisible()
  await accessible(page)
  await shot(page, 'integrity')

  await switchToEnglish(page)
  await expect(page.getByRole('heading', { name: 'Disclosure ledger' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Integrity' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Verify again' })).toBeVisible()
  await page.getByRole('tab', { name: 'Ledger' }).click()
  await expect(page.getByRole('columnheader', { name: 'Recipient' })).toBeVisible()
  await accessible(page)
  await shot(page, 'ledger-en')
})

test('an agent can neither open the ledger nor export it', async ({ page }) => {
  await signIn(page, 'agent01')
  await expect(page.getByRole('navigation').getByRole('link', { name: '披露台账' })).toHaveCount(0)
  await page.goto('/disclosures')
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible()
  expect((await api(page, '/disclosures')).status).toBe(403)
  const exported = await api(page, '/disclosures/export.csv')
  expect(exported.status).toBe(403)
  expect(exported.body).toMatchObject({ code: 'FORBIDDEN' })
})

test('the exported CSV neutralises a recipient named like a spreadsheet formula', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const evil = '=HYPERLINK("http://evil.example","点我")'
  await signIn(page, 'compliance01', '/disclosures')
  const next = (await ledgerSize(page)) + 1
  const form = await openRecordForm(page)
  await pickUser(form, 'U000003')
  await form.getByLabel('接收方名称').fill(evil)
  await form.getByLabel('接收方联系方式').fill('service@example.cn')
  await form.getByLabel('姓名', { exact: true }).check()
  await form.getByLabel('披露目的').fill('用户同意的保险投保')
  await form.getByLabel('同意记录编号').fill('CONSENT-E2E001')
  await form.getByRole('button', { name: '记录' }).click()
  await expect(page.getByText(`已记录 #${next}`)).toBeVisible()
  const drawer = page.getByRole('dialog', { name: `披露记录 #${next}` })
  await drawer.getByRole('button', { name: '关闭' }).click()
  await expect(drawer).toBeHidden()

  // The closed drawer hands focus back when its animation ends, which closes a list opened before.
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0)
  // Chosen once the filter shows it: the address changes first, and the page exports the filter
  // it has drawn, so an export clicked in between would be of the whole ledger.
  await choose(page, '依据', '同意')
  await expect(page).toHaveURL(/basis=consent/)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 CSV' }).click()
  const file = await (await download).path()
  const csv = await readFile(file, 'utf8')
  // UTF-8 with a byte-order mark, in the Chinese the console speaks.
  expect(csv.startsWith('\uFEFF序号,记录编号,提供时间（北京时间）,')).toBe(true)
  const [header, ...rows] = parseCsv(csv)
  const column = header!.indexOf('接收方')
  expect(rows.every((r) => r[header!.indexOf('提供依据')] === '用户明确同意')).toBe(true)
  expect(rows.map((r) => r[column])).toContain(`'${evil}`)
  expect(rows.map((r) => r[column])).not.toContain(evil)
})

test('an agent gives a user their disclosure statement from the request page', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, 'agent01')
  const { items } = (
    await api<{ items: { id: string; userId: string }[] }>(page, '/requests?type=copy&pageSize=100')
  ).body
  let requestId = ''
  for (const r of items) {
    const statement = (await api<{ items: unknown[] }>(page, `/users/${r.userId}/disclosures`)).body
    if (statement.items.length > 0) {
      requestId = r.id
      break
    }
  }
  expect(requestId).not.toBe('')
  await page.goto(`/requests/${requestId}`)
  await page.getByRole('button', { name: '披露记录说明' }).click()
  await page.getByRole('button', { name: '生成披露记录说明' }).click()
  const statement = page.getByRole('article', { name: '个人信息对外披露记录说明' })
  await expect(statement).toBeVisible()
  await expect(statement.getByText(/^生成时间：.*（北京时间）$/)).toBeVisible()
  await expect(statement.getByRole('row').nth(1)).toBeVisible()
  await accessible(page)
  await shot(page, 'statement')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('#root')).toBeHidden()
  await expect(statement).toBeVisible()
  await shot(page, 'statement-print')
})
