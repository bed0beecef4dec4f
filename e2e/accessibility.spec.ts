import type { Locator, Page } from '@playwright/test'
import type { Role } from '../src/shared/api/enums'
import { api, expect as baseExpect, choose, expectAccessible, signIn, test } from './fixtures'
import { ACCOUNT, openScreen, pathsFor, settled, visit } from './sweep'

// One sweep: every screen each role can open, and the main dialogs and drawers, with no serious
// or critical axe violation.

const expect = baseExpect.configure({ timeout: 25_000 })
test.describe.configure({ timeout: 300_000 })

async function sweep(page: Page, path: string) {
  await test.step(path, async () => {
    await openScreen(page, path)
    await expectAccessible(page)
  })
}

/** The first request matching a list query, as the person signed in sees it. */
async function firstRequest(page: Page, query: string): Promise<string> {
  const id = (await api<{ items: { id: string }[] }>(page, `/requests?${query}&pageSize=1`)).body
    .items[0]?.id
  expect(id, `a request matching ${query}`).toBeTruthy()
  return id!
}

/** A shortcut typed with the focus on the page, not in the search box or language picker. */
async function pressInMain(page: Page, key: string) {
  await page.locator('#main').focus()
  await page.keyboard.press(key)
}

/** Opens a dialog or drawer, checks it while open (animation done), then closes it by keyboard. */
async function checkDialog(page: Page, open: () => Promise<unknown>, dialog: Locator) {
  await open()
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('.ant-spin-spinning')).toHaveCount(0)
  await page.mouse.move(0, 0)
  await expectAccessible(page)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

for (const role of Object.keys(ACCOUNT) as Role[]) {
  test(`every screen a ${role} can open passes axe`, async ({ page }) => {
    await signIn(page, ACCOUNT[role])
    const paths = pathsFor(role)
    expect(paths.length).toBeGreaterThan(3)
    for (const path of paths) await sweep(page, path)
  })
}

test("an agent's dialogs: shortcuts, reveal, the disclosure statement, an identity document", async ({
  page,
}) => {
  await signIn(page, 'agent01', '/queue?tab=all')
  await settled(page)
  await checkDialog(
    page,
    () => pressInMain(page, '?'),
    page.getByRole('dialog', { name: '键盘快捷键' }),
  )

  await visit(page, '/requests/R000001')
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '查看完整手机号' }).click(),
    page.getByRole('dialog', { name: '查看完整手机号' }),
  )

  await visit(page, '/users/U000001')
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '生成披露记录说明' }).click(),
    page.getByRole('dialog', { name: '披露记录说明' }),
  )

  const mine = await firstRequest(page, 'assignee=me&status=in_review&type=cancellation')
  await visit(page, `/requests/${mine}`)
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '查看 身份证人像面照片' }).click(),
    page.getByRole('dialog', { name: /^身份证人像面照片 · / }),
  )
})

test("a lead's dialogs: assigning a request", async ({ page }) => {
  await signIn(page, 'lead01')
  const id = await firstRequest(page, 'status=in_review')
  await visit(page, `/requests/${id}`)
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '分配', exact: true }).click(),
    page.getByRole('dialog', { name: '分配' }),
  )
})

test("compliance's dialogs: a ledger record, the record form, a new incident", async ({ page }) => {
  await signIn(page, 'compliance01', '/disclosures')
  await settled(page)
  await checkDialog(
    page,
    () =>
      page
        .getByRole('button', { name: /^披露记录 #\d+$/ })
        .first()
        .click(),
    page.getByRole('dialog', { name: /^披露记录 #\d+$/ }),
  )
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '记录披露' }).click(),
    page.getByRole('dialog', { name: '记录披露' }),
  )

  await visit(page, '/incidents')
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '记录事件' }).click(),
    page.getByRole('dialog', { name: '记录安全事件' }),
  )

  await visit(page, '/incidents/I000001')
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '结案' }).click(),
    page.getByRole('dialog', { name: '结案：I000001' }),
  )
})

test("an admin's dialogs: a new staff account, a calendar day", async ({ page }) => {
  await signIn(page, 'admin01', '/admin/staff')
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '新建员工' }).click(),
    page.getByRole('dialog', { name: '新建员工账号' }),
  )
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '更改角色 agent02' }).click(),
    page.getByRole('dialog', { name: '更改 客服小王 的角色' }),
  )

  await visit(page, '/admin/calendar')
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: /^2026-12-31 星期四 / }).click(),
    page.getByRole('dialog', { name: /^编辑 2026-12-31/ }),
  )
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '从 JSON 文件载入…' }).click(),
    page.getByRole('dialog', { name: /^从文件载入 \d{4} 年日历$/ }),
  )
})

test('the main screens and dialogs in English pass axe too', async ({ page }) => {
  await signIn(page, 'lead01')
  await choose(page, '语言', 'English')
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  for (const path of [
    '/workbench',
    '/requests/R000001',
    '/cancellations',
    '/reports',
    '/queue?tab=all',
  ])
    await sweep(page, path)
  await checkDialog(
    page,
    () => pressInMain(page, '?'),
    page.getByRole('dialog', { name: 'Keyboard shortcuts' }),
  )
  await sweep(page, '/users/U000001')
  await checkDialog(
    page,
    () => page.getByRole('button', { name: 'Produce the disclosure statement' }).click(),
    page.getByRole('dialog', { name: 'Disclosure statement' }),
  )
})
