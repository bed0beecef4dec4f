import { readFile } from 'node:fs/promises'
import { recordedIncident } from './api-data'
import { api, choose, expect, expectAccessible, signIn, shot, test } from './fixtures'

test('compliance reads the audit log, filters by action, verifies the chain and exports it', async ({
  page,
}) => {
  await signIn(page, 'compliance01')
  await page.getByRole('navigation').getByRole('link', { name: '审计日志' }).click()
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible()
  const table = page.getByRole('table')
  await expect(table.getByText('session.sign_in').first()).toBeVisible()
  await expectAccessible(page)
  await shot(page, 'audit-events', { fullPage: true })

  await page.getByLabel('动作（前缀，如 session.）').fill('session.sign_in')
  await page.getByLabel('动作（前缀，如 session.）').press('Enter')
  await expect(page).toHaveURL(/action=session.sign_in/)
  // The address changes first; the rows of the filter follow once it is drawn and fetched.
  const rows = page.locator('.ant-table-tbody tr.ant-table-row')
  await expect(async () => {
    const actions = await rows.locator('code').allTextContents()
    expect(actions.length).toBeGreaterThan(0)
    expect(new Set(actions)).toEqual(new Set(['session.sign_in']))
  }).toPass({ timeout: 30_000 })
  await expect(rows.filter({ hasText: '合规周' }).first()).toBeVisible()

  await choose(page, '结果', '成功')
  await expect(page).toHaveURL(/outcome=success/)
  // The filtered view survives a reload: it lives in the URL.
  await page.reload()
  await expect(page.getByLabel('动作（前缀，如 session.）')).toHaveValue('session.sign_in')

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 CSV' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^audit-events-\d+\.csv$/)
  const csv = await readFile(await file.path(), 'utf8')
  // UTF-8 with a byte-order mark and Chinese headers, as the Chinese console asked for it.
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFF序号,时间（北京时间）,操作人ID,操作人,角色,动作代码,动作,对象,说明,结果,前一条哈希（prevHash）,哈希（hash）,被哈希的规范 JSON',
  )
  expect(csv).toContain(',合规周,合规经理,session.sign_in,登录,')
  expect(csv).toContain('session.sign_in')
  expect(csv).not.toContain('session.sign_out')

  // The export is itself on the record.
  await page.getByLabel('动作（前缀，如 session.）').fill('audit.export')
  await page.getByLabel('动作（前缀，如 session.）').press('Enter')
  await expect(rows.filter({ hasText: 'audit.export' }).first()).toBeVisible()

  await page.getByRole('tab', { name: '完整性校验' }).click()
  await page.getByRole('button', { name: '在浏览器中校验' }).click()
  await expect(page.getByRole('status').filter({ hasText: '链完整' })).toBeVisible()
  // Away from the button: its hover tint is not what the page shows at rest.
  await page.mouse.move(0, 0)
  await expectAccessible(page)
  await shot(page, 'audit-integrity', { fullPage: true })
})

test('what the backend writes for machines reads in Chinese in the audit log: failed sign-ins, a purge, a refused delete, an incident recorded and edited', async ({
  page,
}) => {
  await signIn(page, 'compliance01')
  for (let i = 0; i < 2; i++) {
    const wrong = { username: 'agent01', password: 'not-the-password' }
    expect((await api(page, '/session', { method: 'POST', body: wrong, token: null })).status).toBe(
      401,
    )
  }
  const purge = await api(page, '/retention/purges', {
    method: 'POST',
    body: { through: '2026-10-07' },
  })
  expect(purge.status).toBe(200)
  expect((await api(page, '/audit-events/1', { method: 'DELETE' })).status).toBe(405)
  const incident = await recordedIncident(page)
  const edit = await api(page, `/incidents/${incident.id}/update`, {
    method: 'POST',
    body: { severity: 'medium', measuresTaken: '已要求对方删除，并已确认删除。' },
    version: incident.version,
  })
  expect(edit.status).toBe(200)

  await page.goto('/audit')
  const rows = page.locator('.ant-table-tbody tr.ant-table-row')
  const row = (action: string) => rows.filter({ has: page.locator('code', { hasText: action }) })
  await expect(row('audit.delete')).toContainText('只能追加，不能修改或删除')
  await expect(row('retention.purged')).toContainText('到期日不晚于 2026-10-07')
  await expect(row('retention.purged')).toContainText(/清除 \d+ 项.*因法律冻结或未结争议暂缓清除/)
  await expect(row('session.sign_in').filter({ hasText: '失败' })).toHaveCount(2)
  await expect(rows.filter({ hasText: '用户名或密码错误（连续第 2 次）' })).toHaveCount(1)
  await expect(row('incident.created')).toContainText('一般：导出文件误发')
  await expect(row('incident.updated')).toContainText('修改了：事件级别、已采取的处置措施')
  await shot(page, 'audit-machine-reasons', { fullPage: true })
})

test('an agent gets the 403 page and the API refuses the audit log', async ({ page }) => {
  await signIn(page, 'agent01')
  await expect(page.getByRole('navigation').getByRole('link', { name: '审计日志' })).toHaveCount(0)
  await page.goto('/audit')
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible()
  const paths = ['/audit-events', '/audit-events/verify', '/audit-events/export.csv']
  const statuses = await Promise.all(paths.map(async (p) => (await api(page, p)).status))
  expect(statuses).toEqual([403, 403, 403])
})
