import { api, expect, expectAccessible, signIn, test } from './fixtures'

test('a route the role may not open shows 403, and the API refuses whatever the UI does', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await page.goto('/admin/settings')
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible()
  // The shell keeps working around it.
  await expect(page.getByRole('navigation').getByRole('link', { name: '请求队列' })).toBeVisible()
  expect(
    (await api(page, '/settings', { method: 'PUT', body: { cancellationTargetDays: 1 } })).status,
  ).toBe(403)
  await expectAccessible(page)
})

test('a 401 mid-session opens the sign-in modal over the page and keeps a half-written note', async ({
  page,
}) => {
  await signIn(page, 'agent01')
  await page.locator('tbody tr.ant-table-row a').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('R')
  const note = page.getByLabel('添加备注')
  await note.fill('用户来电说明情况，稍后回电')
  // The server forgets the session (as after its idle timeout), the page does not know yet.
  await api(page, '/session', { method: 'DELETE' })
  await page.getByRole('button', { name: '添加备注' }).click()
  const modal = page.getByRole('dialog', { name: '会话已过期，请重新登录' })
  await expect(modal).toBeVisible()
  await expect(note).toHaveValue('用户来电说明情况，稍后回电')
  await modal.getByLabel('密码').fill('Demo@2026')
  await modal.getByRole('button', { name: '登录' }).click()
  await expect(modal).toBeHidden()
  await expect(note).toHaveValue('用户来电说明情况，稍后回电')
  await page.getByRole('button', { name: '添加备注' }).click()
  await expect(page.getByTestId('note-text').first()).toHaveText('用户来电说明情况，稍后回电')
})

test('an unknown route says so inside the shell', async ({ page }) => {
  await signIn(page, 'lead01')
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible()
})

test('a second tab shares the session; signing out or expiring in one ends it in both', async ({
  page,
  context,
}) => {
  await signIn(page, 'agent01')
  const second = await context.newPage()
  await second.goto('/queue?tab=all')
  await expect(second.getByTestId('current-staff')).toContainText('客服小李')
  await expect(second.getByLabel('用户名')).toHaveCount(0)

  // The server forgets the session; the tab that finds out tells the other.
  await api(second, '/session', { method: 'DELETE' })
  await second.reload()
  await expect(second.getByLabel('用户名')).toBeVisible()
  await page.bringToFront()
  await expect(page.getByRole('dialog', { name: '会话已过期，请重新登录' })).toBeVisible()
  // Signing in again in one tab brings the other back with it.
  const modal = page.getByRole('dialog', { name: '会话已过期，请重新登录' })
  await modal.getByLabel('密码').fill('Demo@2026')
  await modal.getByRole('button', { name: '登录' }).click()
  await expect(modal).toBeHidden()
  await expect(second.getByTestId('current-staff')).toContainText('客服小李')

  await second.getByRole('button', { name: '退出登录' }).click()
  await expect(second.getByLabel('用户名')).toBeVisible()
  await expect(page.getByLabel('用户名')).toBeVisible()
})
