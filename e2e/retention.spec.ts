import type { Page } from '@playwright/test'
import { api, browserNow, choose, expect, expectAccessible, signIn, shot, test } from './fixtures'

// Data kept under a retention duty after a cancellation (CONTRACT 2026-12): compliance sees what is
// due for purge by date and category, purges it after a confirmation that says what goes, and the
// user's page then says it was purged, when and by whom.

/** The page's Asia/Shanghai date: the suite's clock, not the machine's. */
async function today(page: Page): Promise<string> {
  return new Date((await browserNow(page)) + 8 * 3_600_000).toISOString().slice(0, 10)
}

test('compliance purges what is due on the retention screen and sees it gone on the user page', async ({
  page,
}) => {
  await signIn(page, 'compliance01')
  const day = await today(page)
  await page.getByRole('navigation').getByRole('link', { name: '保存期限' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '保存期限与清除' })).toBeVisible()
  const summary = page.getByTestId('due-summary')
  await expect(summary).toHaveText(
    '共 3 项：设备信息与系统日志 2 项、任务记录 1 项。 另有 1 项已到期，但因法律保全或未结纠纷、投诉暂缓清除，不会被清除。',
  )

  // The list, narrowed to what is due: the filter lives in the URL.
  const list = page.getByTestId('retention-list')
  const rows = list.locator('.ant-table-tbody tr.ant-table-row')
  await choose(page, '状态', '到期待清除')
  await expect(page).toHaveURL(/state=due/)
  await expect(list).toHaveAttribute('aria-busy', 'false')
  await expect(rows).toHaveCount(3)
  for (const purgeOn of await rows.locator('td:first-child').allTextContents())
    expect(purgeOn).toBe(day)
  const logs = rows.filter({ hasText: '设备信息与系统日志' }).first()
  const userId = (await logs.getByRole('link', { name: /^U\d{6}/ }).textContent())!.slice(0, 7)
  await expect(logs).toContainText('网络日志保存 6 个月（《网络安全法》第二十一条）')
  await expectAccessible(page)
  await shot(page, 'due', { fullPage: true })

  // By keyboard: the confirmation says how many items of which categories go, and what stays.
  await page.getByRole('button', { name: '清除到期数据（3 项）' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: '清除到期数据' })
  await expect(dialog).toContainText(`将清除截至 ${day} 到期的 3 项数据：`)
  await expect(dialog.getByTestId('purge-preview').getByRole('listitem')).toHaveText([
    '设备信息与系统日志 2 项',
    '任务记录 1 项',
  ])
  await expect(dialog).toContainText('1 项因法律保全或未结纠纷、投诉暂缓，不会清除。')
  await expect(dialog).toContainText('清除后无法恢复')
  await expect(page.locator('[class*="-appear-active"], [class*="-enter-active"]')).toHaveCount(0)
  await expectAccessible(page)
  await shot(page, 'confirm', { fullPage: true })
  await dialog.getByRole('button', { name: '确认清除 3 项' }).click()

  await expect(page.getByTestId('purge-result')).toContainText(
    '已清除 3 项：设备信息与系统日志 2 项、任务记录 1 项。',
  )
  await expect(page.getByTestId('purge-result')).toContainText('1 项暂缓清除。')
  await expect(summary).toContainText('没有到期待清除的数据。')
  await expect(page.getByRole('button', { name: '清除到期数据（0 项）' })).toBeDisabled()
  await expect(rows).toHaveCount(0)
  await choose(page, '状态', '已清除')
  await expect(
    rows.filter({ hasText: userId }).filter({ hasText: '设备信息与系统日志' }),
  ).toContainText(`已清除（${day}`)
  await shot(page, 'purged', { fullPage: true })

  // The user's page: what the cancellation removed, and the purge with its day and who did it.
  await rows
    .filter({ hasText: userId })
    .first()
    .getByRole('link', { name: new RegExp(`^${userId}`) })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: `用户 ${userId}` })).toBeVisible()
  await expect(page.getByTestId('removed-idNumber')).toContainText(/^已删除（\d{4}-\d{2}-\d{2}）/)
  await expect(page.getByTestId('removed-phone')).toContainText('已删除（')
  await expect(page.getByRole('button', { name: '查看完整身份证号' })).toHaveCount(0)
  const disposition = page.getByTestId('user-data-disposition')
  await expect(disposition.getByRole('row', { name: /设备信息与系统日志/ })).toContainText(
    `${day} 已清除（到期日 ${day}，合规周）`,
  )
  await expect(disposition.getByRole('row', { name: /支付与收益记录/ })).toContainText(
    /依法保存会计凭证与涉税资料保存 10 年.+保存至 \d{4}-\d{2}-\d{2}/,
  )
  await expectAccessible(page)
  await shot(page, 'user', { fullPage: true })
})

test('an admin reads the retention screen but cannot purge; an agent has no such screen', async ({
  page,
}) => {
  await signIn(page, 'admin01', '/retention')
  await expect(page.getByRole('heading', { level: 1, name: '保存期限与清除' })).toBeVisible()
  await expect(page.getByTestId('due-summary')).toContainText('共 3 项')
  await expect(page.getByText('只有合规经理可以清除数据。')).toBeVisible()
  await expect(page.getByRole('button', { name: /^清除到期数据/ })).toHaveCount(0)

  await page.getByRole('button', { name: '退出登录' }).click()
  await signIn(page, 'agent01')
  await expect(page.getByRole('navigation').getByRole('link', { name: '保存期限' })).toHaveCount(0)
  await page.goto('/retention')
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible()
  expect((await api(page, '/retention')).status).toBe(403)
})
