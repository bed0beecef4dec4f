import type { Locator, Page } from '@playwright/test'
import type { Role } from '../src/shared/api/enums'
import { expect as baseExpect, expectAccessible, signIn, test } from './fixtures'
import { layoutProblems } from './layout-check'
import { ACCOUNT, firstRequest, openScreen, pathsFor, settled } from './sweep'

// Every screen each role can open, and the main dialogs and drawers, on the two screens the
// console is used on: a 1280×800 laptop and a 1920×1080 monitor. Each is photographed whole for a
// person to look at, measured for what they would see wrong (see layout-check.ts) and checked
// with axe. A screen is loaded once and the window resized around it.

const expect = baseExpect.configure({ timeout: 25_000 })
test.describe.configure({ timeout: 420_000 })

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const

/**
 * At each size: the screen is measured until it has settled into shape, then photographed, whole
 * or (under a dialog, whose mask covers the window only) as the window shows it.
 */
async function atEverySize(
  page: Page,
  name: string,
  drawn: () => Promise<void>,
  { fullPage = true } = {},
) {
  for (const size of SIZES) {
    await test.step(`${name} at ${size.width}×${size.height}`, async () => {
      await page.setViewportSize(size)
      await drawn()
      await page.mouse.move(0, 0)
      await expect
        .configure({ soft: true })
        .poll(() => layoutProblems(page), { message: name })
        .toEqual([])
      const file = test
        .info()
        .outputPath(`${name.replace(/[^\w-]+/g, '_')}-${size.width}x${size.height}.png`)
      // Once per screen: what axe judges does not change with the window's size.
      if (size === SIZES[0]) await expectAccessible(page)
      await page.screenshot({ path: file, fullPage })
      await test.info().attach(`${name} ${size.width}×${size.height}`, {
        path: file,
        contentType: 'image/png',
      })
    })
  }
}

/** A dialog or drawer opened, checked at every size once its animation is over, then closed. */
async function checkDialog(
  page: Page,
  name: string,
  open: () => Promise<unknown>,
  dialog: Locator,
) {
  await open()
  await atEverySize(
    page,
    name,
    async () => {
      await expect(dialog).toBeVisible()
      await expect(dialog.locator('.ant-spin-spinning')).toHaveCount(0)
      await expect(page.locator('[class*="-appear-active"], [class*="-enter-active"]')).toHaveCount(
        0,
      )
    },
    { fullPage: false },
  )
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
}

for (const role of Object.keys(ACCOUNT) as Role[]) {
  test(`every screen ${ACCOUNT[role]} can open keeps its shape at 1280×800 and 1920×1080`, async ({
    page,
  }) => {
    await signIn(page, ACCOUNT[role])
    for (const path of pathsFor(role)) {
      await openScreen(page, path)
      await atEverySize(page, `${role}${path}`, () => settled(page))
    }
  })
}

test("an agent's dialogs keep their shape: the full phone number and the request's keys", async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await openScreen(page, '/requests/R000001')
  await checkDialog(
    page,
    'reveal',
    () => page.getByRole('button', { name: '查看完整手机号' }).click(),
    page.getByRole('dialog', { name: '查看完整手机号' }),
  )
})

test("a lead's dialogs keep their shape: taking over, assigning, approving cancellations in bulk", async ({
  page,
}) => {
  await signIn(page, 'lead01')
  const theirs = await firstRequest(page, 'assignee=S002&status=in_review')
  await openScreen(page, `/requests/${theirs}`)
  const bar = page.getByTestId('action-bar')
  await checkDialog(
    page,
    'take-over',
    () => bar.getByRole('button', { name: '接手', exact: true }).click(),
    page.getByRole('dialog', { name: `接手 客服小王 的请求 ${theirs}？` }),
  )
  await checkDialog(
    page,
    'assign',
    () => bar.getByRole('button', { name: '分配', exact: true }).click(),
    page.getByRole('dialog', { name: '分配' }),
  )

  await openScreen(page, '/cancellations')
  const selectable = page.locator('.ant-table-tbody input[type="checkbox"]:not([disabled])')
  await selectable.first().check()
  await checkDialog(
    page,
    'bulk-approve',
    () => page.getByRole('button', { name: /^批准所选（1）$/ }).click(),
    page.getByRole('dialog', { name: '批准 1 件注销？' }),
  )
})

test("compliance's drawers keep their shape: a ledger record, recording a disclosure and an incident", async ({
  page,
}) => {
  await signIn(page, 'compliance01', '/disclosures')
  await settled(page)
  await checkDialog(
    page,
    'ledger-record',
    () =>
      page
        .getByRole('button', { name: /^披露记录 #\d+$/ })
        .first()
        .click(),
    page.getByRole('dialog', { name: /^披露记录 #\d+$/ }),
  )
  await checkDialog(
    page,
    'record-disclosure',
    () => page.getByRole('button', { name: '记录披露' }).click(),
    page.getByRole('dialog', { name: '记录披露' }),
  )

  await openScreen(page, '/incidents')
  await checkDialog(
    page,
    'incident',
    () => page.getByRole('button', { name: '记录事件' }).click(),
    page.getByRole('dialog', { name: '记录安全事件' }),
  )
})

test("an admin's dialogs keep their shape: a staff account, the calendar file, saving the deadlines", async ({
  page,
}) => {
  await signIn(page, 'admin01', '/admin/staff')
  await settled(page)
  await checkDialog(
    page,
    'staff',
    () => page.getByRole('button', { name: '新建员工' }).click(),
    page.getByRole('dialog', { name: '新建员工账号' }),
  )

  await openScreen(page, '/admin/calendar')
  await checkDialog(
    page,
    'calendar-upload',
    () => page.getByRole('button', { name: '从 JSON 文件载入…' }).click(),
    page.getByRole('dialog', { name: /^从文件载入 \d{4} 年日历$/ }),
  )

  await openScreen(page, '/admin/settings')
  await page.getByLabel('账号注销期限（工作日）').fill('9')
  await checkDialog(
    page,
    'sla-settings',
    () => page.getByRole('button', { name: /^保\s*存$/ }).click(),
    page.getByRole('dialog', { name: '保存设置？' }),
  )
})
