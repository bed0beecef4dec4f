import type { Locator, Page } from '@playwright/test'
import { expect as baseExpect, expectAccessible, signIn, switchToEnglish, test } from './fixtures'
import { firstRequest, openScreen, settled, visit } from './sweep'

// The dialogs and drawers the layout sweep (screens.spec.ts) does not open, and the English
// console, with no serious or critical axe violation. Every screen each role can open, and the
// dialogs it does open, are checked for the same in that sweep.

const expect = baseExpect.configure({ timeout: 25_000 })
test.describe.configure({ timeout: 300_000 })

test('the check fails on a serious violation and names it with where it is', async ({ page }) => {
  await page.setContent(
    '<html lang="zh-CN"><head><title>检查</title></head><body><main><h1>检查</h1>' +
      '<p id="faint" style="color:#c8c8c8;background:#fff">浅灰色的说明文字</p>' +
      '<input id="nameless" type="text"></main></body></html>',
  )
  const failure = await expectAccessible(page).then(
    () => 'no failure',
    (error: Error) => error.message,
  )
  expect(failure).toContain('color-contrast: #faint')
  expect(failure).toContain('label: #nameless')
})

async function sweep(page: Page, path: string) {
  await test.step(path, async () => {
    await openScreen(page, path)
    await expectAccessible(page)
  })
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

test("an agent's dialogs: shortcuts, the disclosure statement, an identity document", async ({
  page,
}) => {
  await signIn(page, 'agent01', '/queue?tab=all')
  await settled(page)
  await checkDialog(
    page,
    () => pressInMain(page, '?'),
    page.getByRole('dialog', { name: '键盘快捷键' }),
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

test("compliance's dialogs: closing an incident", async ({ page }) => {
  await signIn(page, 'compliance01', '/incidents/I000001')
  await settled(page)
  await checkDialog(
    page,
    () => page.getByRole('button', { name: '结案' }).click(),
    page.getByRole('dialog', { name: '结案：I000001' }),
  )
})

test("an admin's dialogs: a role change, a calendar day", async ({ page }) => {
  await signIn(page, 'admin01', '/admin/staff')
  await settled(page)
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
})

test('the main screens and dialogs in English pass axe too', async ({ page }) => {
  await signIn(page, 'lead01')
  await switchToEnglish(page)
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
