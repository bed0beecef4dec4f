import {
  api,
  expect,
  expectAccessible,
  PASSWORD,
  signIn,
  STAFF,
  test,
  type Username,
} from './fixtures'

const MENUS: Record<Username, string[]> = {
  agent01: ['工作台', '请求队列'],
  agent02: ['工作台', '请求队列'],
  lead01: ['工作台', '请求队列', '注销复核', '报表'],
  compliance01: ['工作台', '请求队列', '披露台账', '安全事件', '报表', '审计日志', '保存期限'],
  compliance02: ['工作台', '请求队列', '披露台账', '安全事件', '报表', '审计日志', '保存期限'],
  admin01: [
    '工作台',
    '请求队列',
    '安全事件',
    '报表',
    '审计日志',
    '保存期限',
    '员工',
    '工作日历',
    '设置',
  ],
}

for (const username of Object.keys(STAFF) as Username[]) {
  test(`${username} signs in and sees the menu of their role`, async ({ page }) => {
    await signIn(page, username)
    await expect(page.getByTestId('current-staff')).toContainText(STAFF[username].role)
    const menu = page.getByRole('navigation').getByRole('link')
    await expect(menu).toHaveText(MENUS[username])
  })
}

test('agent01 lands on their queue, which shows rows', async ({ page }) => {
  await signIn(page, 'agent01')
  await expect(page).toHaveURL(/\/queue\?tab=mine/)
  await expect(page.getByRole('heading', { name: '请求队列' })).toBeVisible()
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible()
  expect(await page.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0)
  await expectAccessible(page)
})

test('a wrong password gets a clear message', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('用户名').fill('agent01')
  await page.getByLabel('密码').fill('wrong-password')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误')
  await expectAccessible(page)
})

test('sign out revokes the token on the server', async ({ page }) => {
  await signIn(page, 'agent01')
  const token = await page.evaluate(() => sessionStorage.getItem('console.token'))
  expect(token).toBeTruthy()
  await page.getByRole('button', { name: '退出登录' }).click()
  await expect(page.getByLabel('用户名')).toBeVisible()
  // The tab forgot its token on signing out: ask with the one it had.
  expect((await api(page, '/session', { token })).status).toBe(401)
  // The next person at this desk starts at their own home, not at the page the last one left.
  await expect(page).toHaveURL(/\/sign-in$/)
  await page.getByLabel('用户名').fill('compliance01')
  await page.getByLabel('密码').fill(PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page).toHaveURL(/\/workbench$/)
})
