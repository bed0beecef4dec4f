import type { BrowserContext, Page } from '@playwright/test'
import { idCheckChar, makeIdNumber } from '../src/shared/lib/id-number'
import { api, expect, expectAccessible, signIn, test } from './fixtures'
import { userWhere } from './api-data'
import { RequestPage } from './pages/console'
import type { PlatformUser } from '../src/shared/api/schemas'

// A fresh browser context seeds its mock backend on the first request, and every page load reads
// it back from IndexedDB: on a busy machine that outlasts the fixture's sign-in wait.
test.describe.configure({ timeout: 180_000 })

const adult = (u: PlatformUser) => !u.guardian && !u.deceased && u.ageGroup === 'adult'

/** Registers a hotline request, as intake would, and opens its page. */
async function openNewRequest(page: Page, userId: string, requesterType: string): Promise<string> {
  const { id } = await RequestPage.register(page, 'copy', userId, {
    channel: 'hotline',
    requesterType,
  })
  await page.goto(`/requests/${id}`)
  // The first page of a fresh browser context waits for its mock backend to seed.
  await expect(page.getByRole('region', { name: '身份核验' })).toBeVisible({ timeout: 30_000 })
  return id
}

/** Everything the app left in the browser outside the mock backend's own database. */
async function storedOutsideMock(page: Page, context: BrowserContext): Promise<string> {
  const inPage = await page.evaluate(async () => {
    const parts: string[] = []
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++)
        parts.push(`${store.key(i)}=${store.getItem(store.key(i) ?? '')}`)
    }
    parts.push(document.cookie)
    for (const info of await indexedDB.databases()) {
      if (!info.name || info.name.startsWith('mock')) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const read = db.transaction(name).objectStore(name).getAll()
          read.onsuccess = () => resolve(read.result)
          read.onerror = () => reject(read.error)
        })
        parts.push(`${info.name}/${name}: ${JSON.stringify(all)}`)
      }
      db.close()
    }
    return parts.join('\n')
  })
  return `${inPage}\n${JSON.stringify(await context.cookies())}`
}

function expectNoPersonalNumbers(stored: string, revealed: string[] = []) {
  // Session tokens and fingerprints are random hex: their digits can fall into the shape of a
  // phone number by chance, so they are set aside before looking for personal numbers.
  stored = stored.replace(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g, '<hex>')
  expect(stored).not.toMatch(/\d{17}[\dX]/)
  expect(stored).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/)
  for (const value of revealed) expect(stored).not.toContain(value)
}

test('an agent verifies a self request: bad ID numbers are flagged exactly, an SMS code passes it', async ({
  page,
  context,
}) => {
  await signIn(page, 'agent01')
  const user = await userWhere(page, adult)
  await openNewRequest(page, user.id, 'self')
  const panel = page.getByRole('region', { name: '身份核验' })
  await expect(panel.getByTestId('requirement-user_identity')).toContainText('缺少')

  await panel.getByRole('radio', { name: '实名核验' }).check()
  await panel.getByLabel('申请人提供的姓名').fill(user.name)
  const idField = panel.getByLabel('账号用户的身份证号（申请人提供）')
  await idField.fill('110105194912310021')
  await expect(panel.getByTestId('auto-checks')).toContainText(
    '号码无效：身份证号校验位不正确，请核对号码',
  )
  await idField.fill('11010519491231002')
  await expect(panel.getByTestId('auto-checks')).toContainText('号码无效：身份证号应为 18 位')
  const feb30 = '33010619990230123'
  await idField.fill(feb30 + idCheckChar(feb30))
  await expect(panel.getByTestId('auto-checks')).toContainText(
    '号码无效：身份证号中的出生日期不是真实日期',
  )
  await expectAccessible(page)

  // The real-name attempt is set aside; the requester read back the SMS code instead.
  await panel.getByRole('radio', { name: '短信验证码' }).check()
  await panel.getByRole('checkbox', { name: '姓名与身份证号实名核验' }).uncheck()
  await expect(panel.getByTestId('requirement-user_identity')).toContainText('已满足')
  await panel.getByRole('button', { name: '记录核验结果' }).click()

  await expect(page.getByTestId('status-tag').filter({ hasText: '审核中' }).first()).toBeVisible()
  await expect(panel.getByTestId('identity-check-record').first()).toContainText('通过')
  await expect(panel.getByTestId('identity-check-record').first()).toContainText('短信验证码')
  await expect(page.getByTestId('timeline-event').first()).toContainText('身份核验通过')
  await expect(panel.getByRole('button', { name: '记录核验结果' })).toHaveCount(0)
  expectNoPersonalNumbers(await storedOutsideMock(page, context))
})

test('a guardian request cannot pass without proof of guardianship', async ({ page }) => {
  await signIn(page, 'agent01')
  const minor = await userWhere(page, (u) => u.guardian !== null)
  const id = await openNewRequest(page, minor.id, 'guardian')
  const panel = page.getByRole('region', { name: '身份核验' })
  await expect(panel.getByTestId('requirement-guardianship')).toContainText('缺少')
  await expect(panel.getByRole('checkbox', { name: /户口簿/ })).toBeDisabled()

  await panel.getByRole('radio', { name: '短信验证码' }).check()
  await panel.getByRole('checkbox', { name: '申请人本人身份证号' }).check()
  await panel
    .getByRole('textbox', { name: '申请人自己的身份证号（监护人、近亲属或代理人）' })
    .fill(makeIdNumber('330106', '19800315', '021'))
  await panel.getByRole('button', { name: '记录核验结果' }).click()
  await expect(panel.getByRole('alert')).toContainText('missing guardianship')
  await expect(panel.getByTestId('missing-from-server')).toContainText(
    '监护关系证明（户口簿或出生医学证明）',
  )
  await expect(panel.getByTestId('correlation-id')).toHaveText(/^c-/)
  expect((await api<{ status: string }>(page, `/requests/${id}`)).body.status).toBe(
    'identity_pending',
  )

  // The household register arrives and is recorded; then the check passes.
  await panel.getByRole('button', { name: '登记收到的材料' }).click()
  const dialog = page.getByRole('dialog', { name: '登记收到的材料' })
  const kind = dialog.getByRole('combobox', { name: '材料类型 1' })
  await kind.fill('户口簿')
  await kind.press('Enter')
  await expect(dialog.getByTitle('户口簿')).toBeVisible()
  await dialog.getByLabel('文件 1').setInputFiles({
    name: 'household-register.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 placeholder'),
  })
  await expect(dialog.getByText(/SHA-256 [0-9a-f]{16}/)).toBeVisible()
  await expectAccessible(page)
  await dialog.getByRole('button', { name: '提交' }).click()
  await expect(dialog).toBeHidden()
  await expect(panel.getByText('household-register.pdf')).toBeVisible()

  await panel.getByRole('button', { name: '查看 户口簿' }).click()
  const viewer = page.getByRole('dialog', { name: /户口簿 · household-register.pdf/ })
  await viewer.getByRole('button', { name: '放大' }).click()
  await viewer.getByRole('button', { name: '向右旋转' }).click()
  await expect(viewer.getByTestId('viewer-state')).toHaveText('缩放 125% · 90°')
  await expect(viewer.getByRole('img', { name: /占位示意图/ })).toBeVisible()
  await expectAccessible(page)
  await viewer.getByRole('button', { name: '关闭' }).click()
  await expect(viewer).toBeHidden()

  await panel.getByRole('checkbox', { name: '户口簿' }).check()
  await expect(panel.getByTestId('requirement-guardianship')).toContainText('已满足')
  await panel.getByRole('button', { name: '记录核验结果' }).click()
  await expect(page.getByTestId('status-tag').filter({ hasText: '审核中' }).first()).toBeVisible()
  expect((await api<{ status: string }>(page, `/requests/${id}`)).body.status).toBe('in_review')
})

test('a reveal is audited with its reason, hides after 60 seconds and leaves nothing in the browser @mock', async ({
  page,
  context,
}) => {
  await signIn(page, 'agent01')
  const user = await userWhere(page, adult)
  const id = await openNewRequest(page, user.id, 'self')
  const phone = page.getByTestId('masked-phone')
  const masked = (await phone.textContent()) ?? ''
  expect(masked).toMatch(/^1\d{2}\*{4}\d{4}$/)

  await page.getByRole('button', { name: '查看完整手机号' }).click()
  const dialog = page.getByRole('dialog', { name: '查看完整手机号' })
  await dialog.getByRole('button', { name: '查看' }).click()
  await expect(dialog.getByText('请填写具体说明，至少 5 个字')).toBeVisible()
  await dialog.getByRole('radio', { name: '用户来电核对' }).check()
  await dialog.getByLabel('具体说明').fill('来电核对预留手机号')
  await expectAccessible(page)
  await dialog.getByRole('button', { name: '查看' }).click()
  await expect(phone).toHaveText(/^1\d{10}$/)
  const revealed = (await phone.textContent()) ?? ''
  expect(revealed.slice(-4)).toBe(masked.slice(-4))
  expect(page.url()).not.toContain(revealed)

  const compliance = await context.newPage()
  await signIn(compliance, 'compliance01')
  const events = await api<{
    items: { action: string; actorId: string; target: string; reason: string }[]
  }>(compliance, '/audit-events?pageSize=50')
  expect(events.status).toBe(200)
  const reveal = events.body.items.find((e) => e.action === 'user.reveal.phone')
  expect(reveal).toMatchObject({
    actorId: 'S001',
    target: `${user.id} (${id})`,
    reason: '用户来电核对：来电核对预留手机号',
  })
  expect(JSON.stringify(events.body)).not.toContain(revealed)

  await page.clock.fastForward('01:01')
  await expect(phone).toHaveText(masked)
  expectNoPersonalNumbers(await storedOutsideMock(page, context), [revealed])
  expectNoPersonalNumbers(await storedOutsideMock(compliance, context), [revealed])
})
