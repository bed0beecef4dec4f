import type { Page } from '@playwright/test'
import {
  api,
  choose,
  expect,
  expectAccessible as axeCheck,
  PASSWORD,
  sessionToken,
  signIn,
  test,
  shot,
} from './fixtures'
import { activationCodeSentTo } from './pages/mock-outboxes'

// Hand-made test data, not the official 2027 calendar. 2027-01-01 is a Friday, 2027-01-09 a Saturday.
const GOOD_2027 = JSON.stringify(
  { year: 2027, holidays: { '2027-01-01': '测试假日' }, workdays: { '2027-01-09': '测试调休' } },
  null,
  2,
)
const BAD_2027 = `{
  "year": 2027,
  "holidays": {
    "2027-01-01": "测试假日",
    "2027-02-30": "不存在的日期",
    "2026-12-31": "上一年"
  },
  "workdays": {
    "2027-01-04": "周一不能调休"
  }
}`

// A full page load starts the mock backend in the browser (seed or IndexedDB), and the first
// request waits for it: on a busy machine that takes longer than the default 10 seconds.
const LOAD = { timeout: 45_000 }
test.describe.configure({ timeout: 150_000 })

/** axe on the page at rest: a button still under the mouse shows antd's lighter hover colour. */
async function expectAccessible(page: Page) {
  await page.mouse.move(0, 0)
  await axeCheck(page)
}

async function uploadCalendar(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: '从 JSON 文件载入…' }).click()
  const dialog = page.getByRole('dialog', { name: '从文件载入 2027 年日历' })
  await dialog
    .getByLabel('日历文件')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  // The chosen file is named beside the picker, whose captions are the console's, not the browser's.
  await expect(dialog.locator('.file-picker')).toHaveText(`选择文件${name}`)
  await dialog.getByRole('button', { name: '载入' }).click()
  return dialog
}

test('from 1 January of a year not yet published, deadlines are provisional and the admin is asked for that year @mock', async ({
  page,
  context,
}) => {
  // The clock is moved on explicitly to Monday 4 January 2027: the seed carries no 2027 calendar.
  await context.clock.setSystemTime(new Date('2027-01-04T09:00:00+08:00'))
  await signIn(page, 'admin01')
  const banner = page.getByTestId('calendar-banner')
  await expect(banner).toContainText('2027 年的官方工作日历尚未载入', LOAD)
  await expect(banner).not.toContainText('2028')

  // An agent registers a hotline call received this morning; the admin then reads it.
  const token = await sessionToken(page, 'agent01')
  const users = await api<{ items: { id: string }[] }>(
    page,
    '/users?accountStatus=active&pageSize=1',
  )
  const created = await api<{ id: string; calendarProvisional: boolean; deadlineAt: string }>(
    page,
    '/requests',
    {
      method: 'POST',
      token,
      body: {
        type: 'cancellation',
        userId: users.body.items[0]?.id,
        requesterType: 'self',
        channel: 'hotline',
        receivedAt: '2027-01-04T09:00:00+08:00',
      },
    },
  )
  expect(created.status).toBe(201)
  // Weekends alone are known: the 10th working day after Monday the 4th is Monday the 18th.
  expect(created.body).toMatchObject({
    calendarProvisional: true,
    deadlineAt: '2027-01-18T23:59:59.999+08:00',
  })
  await page.goto(`/requests/${created.body.id}`)
  await expect(page.getByText('2027-01-18').first()).toBeVisible(LOAD)
  await expect(page.getByText(/暂定/).first()).toBeVisible()

  // The calendar opens on this year, ready to take the State Council's notice.
  await page.getByTestId('calendar-banner').getByRole('link', { name: '工作日历' }).click()
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible()
  await expect(page.getByTestId('calendar-source')).toContainText('未载入')
  await page.getByRole('button', { name: '从 JSON 文件载入…' }).click()
  await expect(page.getByRole('dialog', { name: '从文件载入 2027 年日历' })).toBeVisible()
  await shot(page, 'calendar-2027-not-loaded', { fullPage: true })
})

// Needs a backend on which 2027 was never loaded: a deployed one keeps a year once any run has
// loaded it, and no API unloads a year, so only the mock's fresh seed has it.
test('admin loads a 2027 calendar from a JSON file and the banner disappears @mock', async ({
  page,
}) => {
  await signIn(page, 'admin01')
  const banner = page.getByTestId('calendar-banner')
  await expect(banner).toContainText('2027 年的官方工作日历尚未载入')
  await banner.getByRole('link', { name: '工作日历' }).click()
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible()
  await choose(page, '年份', '2027 年')
  await expect(page).toHaveURL(/year=2027/)
  await expect(page.getByTestId('calendar-source')).toContainText('未载入')
  await expectAccessible(page)

  const dialog = await uploadCalendar(page, 'calendar-2027.json', GOOD_2027)
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: '已保存 2027 年日历' })).toContainText(
    /\d+ 个进行中请求的期限已重新计算/,
  )
  await expect(banner).toBeHidden()
  await expect(page.getByTestId('calendar-source')).toContainText('管理员维护')
  await expect(
    page.getByRole('button', { name: '2027-01-09 星期六 调休上班 测试调休' }),
  ).toBeVisible()
  await expect(
    page.getByRole('row', { name: '2027-01-01 星期五 节假日 测试假日', exact: true }),
  ).toBeVisible()
  await shot(page, 'calendar-2027-loaded', { fullPage: true })

  // It stays loaded: the banner does not come back after a reload.
  await page.reload()
  await expect(page.getByTestId('calendar-source')).toContainText('管理员维护', LOAD)
  await expect(banner).toBeHidden()
  expect((await api(page, '/calendar/2027')).body).toMatchObject({
    loaded: true,
    source: 'admin',
  })
})

test('a bad calendar file shows each bad line and changes nothing', async ({ page }) => {
  await signIn(page, 'admin01', '/admin/calendar?year=2027')
  // "Nothing" is what was there before: 2027 not loaded on a fresh backend, but a deployed one may
  // have it loaded by an earlier run.
  const source = page.getByTestId('calendar-source')
  await expect(source).toContainText(/未载入|管理员维护|官方日历/)
  const before = {
    source: (await source.textContent()) ?? '',
    calendar: (await api(page, '/calendar/2027')).body,
  }
  const dialog = await uploadCalendar(page, 'bad-2027.json', BAD_2027)
  const problems = dialog.getByTestId('calendar-problems').getByRole('listitem')
  await expect(dialog.getByRole('alert')).toContainText('文件中有 3 处错误，日历未做任何更改')
  await expect(problems).toHaveText([
    /^第 5 行: .*2027-02-30/,
    /^第 6 行: .*2026-12-31/,
    /^第 9 行: .*2027-01-04.*调休上班日必须是周六或周日/,
  ])
  await expectAccessible(page)
  await shot(page, 'calendar-bad-file')

  await dialog.getByRole('button', { name: '取消' }).click()
  await expect(dialog).toBeHidden()
  await expect(source).toHaveText(before.source)
  expect((await api(page, '/calendar/2027')).body).toEqual(before.calendar)
})

test('admin marks one day as a holiday and back, by keyboard', async ({ page }) => {
  await signIn(page, 'admin01', '/admin/calendar?year=2026')
  await expect(page.getByTestId('calendar-source')).toContainText('官方日历')
  // 2026-12-31 is a Thursday: a working day in the official calendar.
  const day = page.getByRole('button', { name: /^2026-12-31 星期四 工作日$/ })
  await day.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('button', { name: /^2026-12-30 / })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  const editor = page.getByRole('dialog', { name: '编辑 2026-12-31（星期四）' })
  await expect(editor.getByRole('radio', { name: '调休上班日' })).toBeDisabled()
  await editor.getByRole('radio', { name: '节假日' }).check()
  await editor.getByRole('button', { name: /保\s*存/ }).click()
  await expect(editor).toContainText('请输入名称')
  await editor.getByLabel('名称').fill('测试假日')
  await editor.getByRole('button', { name: /保\s*存/ }).click()
  await expect(editor).toBeHidden()
  await expect(page.getByRole('status')).toContainText('已保存 2026 年日历')
  await expect(page.getByTestId('calendar-source')).toContainText('管理员维护')
  await expect(
    page.getByRole('button', { name: '2026-12-31 星期四 节假日 测试假日' }),
  ).toBeVisible()

  await page.getByRole('button', { name: '2026-12-31 星期四 节假日 测试假日' }).click()
  await editor.getByRole('radio', { name: /普通日/ }).check()
  await editor.getByRole('button', { name: /保\s*存/ }).click()
  await expect(editor).toBeHidden()
  await expect(page.getByRole('button', { name: '2026-12-31 星期四 工作日' })).toBeVisible()
})

test('admin creates a staff member who activates their own account; once deactivated they cannot sign in @mock', async ({
  page,
  context,
}) => {
  await signIn(page, 'admin01')
  await page.getByRole('navigation').getByRole('link', { name: '员工' }).click()
  await expect(page.getByRole('heading', { name: '员工' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: '新建员工' }).click()
  const dialog = page.getByRole('dialog', { name: '新建员工账号' })
  // The admin chooses no password: there is nowhere to type one.
  await expect(dialog.getByRole('textbox', { name: /密码/ })).toHaveCount(0)
  await dialog.getByLabel('用户名').fill('agent09')
  await dialog.getByLabel('显示名').fill('客服小周')
  await dialog.getByLabel('本人手机号或工作邮箱').fill('139 0000 9999')
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(dialog).toContainText('请输入 11 位手机号或邮箱地址')
  await dialog.getByLabel('本人手机号或工作邮箱').fill('13900009999')
  await expectAccessible(page)
  await shot(page, 'staff-create')
  await dialog.getByRole('button', { name: /保\s*存/ }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByText('已创建 客服小周（agent09），激活码已发送给其本人（不会显示给您）'),
  ).toBeVisible()
  const row = page.getByRole('row', { name: /agent09/ })
  await expect(row).toContainText('客服小周')
  await expect(row).toContainText('客服专员')
  await expect(row).toContainText('启用')
  await expect(row).toContainText('待激活')

  // The new member, in a second tab of the same browser (same mock backend), opened on the
  // sign-in page so as not to take up the admin's session, cannot sign in before activating;
  // they activate with the code from their own phone and then sign in.
  const other = await context.newPage()
  await other.goto('/sign-in')
  await other.getByLabel('用户名').fill('agent09')
  await other.getByLabel('密码').fill('Welcome#2027x')
  await other.getByRole('button', { name: '登录' }).click()
  await expect(other.getByRole('alert')).toContainText('用户名或密码错误', LOAD)
  await other.getByRole('link', { name: '首次登录？激活账号' }).click()
  await expect(other.getByRole('heading', { name: '激活账号' })).toBeVisible()
  await expectAccessible(other)
  const code = await activationCodeSentTo(other, 'agent09')
  await other.getByLabel('用户名').fill('agent09')
  await other.getByLabel('激活码').fill(code)
  await other.getByLabel('新密码', { exact: true }).fill('weak')
  await other.getByLabel('再次输入新密码').fill('weak')
  await other.getByRole('button', { name: '激活并设置密码' }).click()
  await expect(other.getByLabel('新密码', { exact: true })).toHaveAccessibleDescription(
    '10–64 个字符；至少一个大写字母；至少一个数字；至少一个符号（如 @ # ! -）',
  )
  await other.getByLabel('新密码', { exact: true }).fill('Welcome#2027x')
  await other.getByLabel('再次输入新密码').fill('Welcome#2027x')
  await other.getByRole('button', { name: '激活并设置密码' }).click()
  await expect(other.getByRole('status')).toHaveText('账号已激活。请用新密码登录。')
  await other.getByRole('link', { name: '去登录' }).click()
  await other.getByLabel('用户名').fill('agent09')
  await other.getByLabel('密码').fill('Welcome#2027x')
  await other.getByRole('button', { name: '登录' }).click()
  await expect(other.getByTestId('current-staff')).toContainText('客服小周', LOAD)

  await row.getByRole('button', { name: '停用 agent09' }).click()
  await page.getByRole('tooltip').getByRole('button', { name: '确定' }).click()
  await expect(row).toContainText('已停用')
  await expect(row.getByRole('button', { name: '重新启用 agent09' })).toBeVisible()
  await shot(page, 'staff-list', { fullPage: true })

  // Their open session no longer works, and they cannot sign in again.
  await other.reload()
  await expect(other.getByRole('button', { name: '登录' })).toBeVisible(LOAD)
  await other.getByLabel('用户名').fill('agent09')
  await other.getByLabel('密码').fill('Welcome#2027x')
  await other.getByRole('button', { name: '登录' }).click()
  await expect(other.getByRole('alert')).toContainText('用户名或密码错误')

  // A password reset: a new code goes to the member, never shown here.
  await row.getByRole('button', { name: '重新发送激活码 agent09' }).click()
  await page
    .getByRole('tooltip')
    .filter({ hasText: '给 客服小周 发送新的激活码？' })
    .getByRole('button', { name: '确定' })
    .click()
  await expect(page.getByText('新的激活码已发送给 客服小周 本人（不会显示给您）')).toBeVisible()
  await expect(row).toContainText('待激活')

  // The admin's own row offers nothing that could lock them out, and the API refuses it too.
  await expect(page.getByRole('row', { name: /admin01/ })).toContainText(
    '不能更改自己的角色或停用自己的账号',
  )
  // Sent with the version the staff page loaded, so it is the lock-out rule that answers.
  const self = (
    await api<{ items: { id: string; version: number }[] }>(page, '/staff')
  ).body.items.find((s) => s.id === 'S005')
  expect(
    (
      await api(page, '/staff/S005', {
        method: 'PATCH',
        body: { active: false },
        version: self?.version,
      })
    ).status,
  ).toBe(409)
})

// Ends by resetting the demo data, which only the mock can do: on a shared backend it would wipe
// every other run's data (and a real backend has no reset).
test("admin changes the cancellation deadline setting and a request's deadline changes @mock", async ({
  page,
}) => {
  await signIn(page, 'admin01')
  type Row = { id: string; deadlineAt: string }
  const list = await api<{ items: Row[] }>(
    page,
    '/requests?type=cancellation&status=in_review&pageSize=1',
  )
  const request = list.body.items[0]!
  const shown = (iso: string) => `${iso.slice(0, 10)} 23:59`
  const deadlineRow = page.getByRole('row').filter({ hasText: '最终期限' })

  await page.goto(`/requests/${request.id}`)
  await expect(deadlineRow).toContainText(shown(request.deadlineAt), LOAD)

  await page.getByRole('navigation').getByRole('link', { name: '设置' }).click()
  const deadline = page.getByLabel('账号注销期限（工作日）')
  await expect(deadline).toHaveValue('10')
  // Policy 6(5) promises a cancellation within 10 working days: the form says so and refuses more.
  await expect(
    page.getByText('最多 10 个工作日：隐私政策 6(5) 承诺在收到注销申请后 10 个工作日内办结'),
  ).toBeVisible()
  await deadline.fill('11')
  await page.getByRole('button', { name: /^保\s*存$/ }).click()
  await expect(page.getByText('请输入 1–10 之间的整数')).toBeVisible()
  await deadline.fill('8')
  await page.getByRole('button', { name: /^保\s*存$/ }).click()
  await page
    .getByRole('dialog', { name: '保存设置？' })
    .getByRole('button', { name: '确认保存' })
    .click()
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toContainText(
    /[1-9]\d* 个进行中请求的期限已重新计算/,
  )
  await expectAccessible(page)

  const after = (await api<Row>(page, `/requests/${request.id}`)).body
  expect(after.deadlineAt < request.deadlineAt).toBe(true)
  await page.goto(`/requests/${request.id}`)
  await expect(deadlineRow).toContainText(shown(after.deadlineAt), LOAD)
  await expect(deadlineRow).not.toContainText(shown(request.deadlineAt))

  // Resetting the demo data puts the setting and the deadline back, and every screen reloads.
  await page.getByRole('navigation').getByRole('link', { name: '设置' }).click()
  await expect(deadline).toHaveValue('8')
  await page.getByRole('button', { name: '重置演示数据…' }).click()
  const confirm = page.getByRole('dialog').filter({ hasText: '确定重置全部演示数据？' })
  // The reset needs the word typed out: the button stays disabled until it is.
  await expect(confirm.getByRole('button', { name: '重置' })).toBeDisabled()
  await confirm.getByLabel('请输入 RESET 以确认').fill('RESET')
  await confirm.getByRole('button', { name: '重置' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: '演示数据已重置为初始种子' }),
  ).toBeVisible(LOAD)
  await expect(deadline).toHaveValue('10')
  expect((await api<Row>(page, `/requests/${request.id}`)).body.deadlineAt).toBe(request.deadlineAt)
})

test('offline network conditions make the queue show an error with a retry; turning them off recovers @mock', async ({
  page,
}) => {
  await signIn(page, 'admin01')
  await page.getByRole('navigation').getByRole('link', { name: '设置' }).click()
  const network = page.locator('#network')
  await expect(network.getByTestId('network-state')).toHaveText('网络正常')
  await network.getByRole('switch', { name: '离线' }).click()
  await network.getByRole('button', { name: '应用' }).click()
  const tag = page.getByTestId('network-status-tag')
  await expect(tag).toHaveText('网络故障模拟：离线')
  await expect(network.getByTestId('network-state')).toHaveText('故障模拟已开启')
  await expectAccessible(page)
  await shot(page, 'settings-offline', { fullPage: true })

  await page.getByRole('navigation').getByRole('link', { name: '请求队列' }).click()
  // The queue retries a network failure a few times with backoff before it gives up.
  const retry = page.getByRole('alert').getByRole('button', { name: '重试' })
  await expect(retry).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('tbody tr.ant-table-row')).toHaveCount(0)
  await shot(page, 'queue-offline')

  await tag.click()
  await expect(page).toHaveURL(/\/admin\/settings/)
  await page.locator('#network').getByRole('button', { name: '全部关闭' }).click()
  await expect(tag).toBeHidden()
  await page.goBack()
  await expect(page.getByRole('heading', { name: '请求队列' })).toBeVisible()
  await expect(page.locator('tbody tr.ant-table-row').first()).toBeVisible()
  await expect(page.getByRole('alert').getByRole('button', { name: '重试' })).toBeHidden()
})

test('an agent opening /admin/calendar sees the 403 page and the API answers 403 @mock', async ({
  page,
}) => {
  await signIn(page, 'agent01', '/admin/calendar')
  await expect(page.getByRole('heading', { name: '无权访问' })).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('link', { name: '工作日历' })).toHaveCount(0)
  await expectAccessible(page)
  expect(
    (await api(page, '/calendar/2027', { method: 'PUT', body: { text: GOOD_2027 } })).status,
  ).toBe(403)
  expect(
    (
      await api(page, '/staff', {
        method: 'POST',
        body: { username: 'sneaky', displayName: 'x', role: 'admin', password: PASSWORD },
      })
    ).status,
  ).toBe(403)
  expect(
    (
      await api(page, '/admin/network-conditions', {
        method: 'PUT',
        body: { latencyMs: 0, failureRate: 0, offline: true },
      })
    ).status,
  ).toBe(403)
  expect((await api(page, '/calendar/2027')).body).toMatchObject({ loaded: false })
})
