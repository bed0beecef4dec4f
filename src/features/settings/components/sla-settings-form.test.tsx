import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { resetMockBackend } from '../../../../mocks/node'
import { call } from '../../../../mocks/test-client'
import { apiRequest } from '../../../shared/api/http-client'
import { settingsSchema } from '../../../shared/api/schemas'
import { renderWithProviders, signInAs } from '../../../test/render'
import { SlaSettingsForm } from './sla-settings-form'

const TARGET = '账号注销目标（工作日）'
const DEADLINE = '账号注销期限（工作日）'
const serverSettings = () => apiRequest(settingsSchema, '/settings')
// antd validates asynchronously; on a busy machine that takes longer than the default second.

async function setNumber(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const input = screen.getByLabelText(label)
  await user.clear(input)
  if (value) await user.type(input, value)
}

// Each test seeds a fresh backend and drives antd by events: slow on a busy machine.
describe('SLA and fee settings', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    resetMockBackend()
    await signInAs('admin01')
  })

  async function renderForm() {
    const user = userEvent.setup({ delay: null })
    renderWithProviders(<SlaSettingsForm />)
    await waitFor(() => expect(screen.getByLabelText(DEADLINE)).toHaveValue('10'))
    return user
  }

  it('refuses a value outside the contract bounds and sends nothing', async () => {
    const user = await renderForm()
    await setNumber(user, DEADLINE, '11')
    await setNumber(user, '每位用户每年免费请求次数（超出可收取成本费）', '')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('请输入 1–10 之间的整数')).toBeInTheDocument()
    expect(await screen.findByText('请输入 1–20 之间的整数')).toBeInTheDocument()
    expect(screen.queryByRole('status')).toBeNull()
    expect((await serverSettings()).cancellationDeadlineDays).toBe(10)
  })

  it('says the contract under each bounded field and refuses what passes it', async () => {
    const user = await renderForm()
    // The rules stand under their fields before anything is typed.
    expect(
      screen.getByText('最多 10 个工作日：隐私政策 6(5) 承诺在收到注销申请后 10 个工作日内办结'),
    ).toBeInTheDocument()
    expect(screen.getByText('最多 15 个工作日（自身份核验通过起算）')).toBeInTheDocument()
    expect(
      screen.getAllByText(/最多 4 小时：较大及以上事件最迟在发现后 4 小时内报告/),
    ).toHaveLength(3)
    await setNumber(user, '其他请求期限（身份核验通过后，工作日）', '16')
    await setNumber(user, '较大事件向监管部门报告的时限（发现后，小时）', '5')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('请输入 1–15 之间的整数')).toBeInTheDocument()
    expect(await screen.findByText('请输入 1–4 之间的整数')).toBeInTheDocument()
    expect(screen.queryByRole('status')).toBeNull()
    expect(await serverSettings()).toMatchObject({
      otherDeadlineDays: 15,
      regulatorReportHoursMedium: 4,
    })
  })

  it('refuses a free allowance of 0 and says why', async () => {
    const user = await renderForm()
    const why = '至少 1 次：合理的请求免费（隐私政策 6(8)），只有超出免费次数的副本与访问请求可收费'
    // The reason stands under the field before anything is typed.
    expect(screen.getByText(why)).toBeInTheDocument()
    await setNumber(user, '每位用户每年免费请求次数（超出可收取成本费）', '0')
    await user.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(() => expect(screen.getAllByText(why)).toHaveLength(2))
    expect(screen.queryByRole('status')).toBeNull()
    expect((await serverSettings()).freeRequestsPerYear).toBe(2)
  })

  it('refuses a cancellation target later than its deadline', async () => {
    const user = await renderForm()
    await setNumber(user, DEADLINE, '6')
    await setNumber(user, TARGET, '8')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('目标不能晚于期限（6 个工作日）')).toBeInTheDocument()
    // Raising the deadline re-checks the target without touching it.
    await setNumber(user, DEADLINE, '9')
    await waitFor(() => expect(screen.queryByText(/目标不能晚于期限/)).toBeNull())
    expect((await serverSettings()).cancellationTargetDays).toBe(3)
  })

  it('saves valid settings and says how many open requests were recomputed', async () => {
    const user = await renderForm()
    await setNumber(user, DEADLINE, '8')
    await user.click(screen.getByRole('button', { name: '保存' }))
    const confirm = await screen.findByRole('dialog', { name: '保存设置？' })
    expect(confirm).toHaveTextContent(
      /保存后，[1-9]\d* 个进行中请求的目标日期或期限将按新设置改变，立即生效。/,
    )
    await user.click(within(confirm).getByRole('button', { name: '确认保存' }))
    expect(await screen.findByRole('status')).toHaveTextContent(
      /设置已保存；[1-9]\d* 个进行中请求的期限已重新计算/,
    )
    expect(await serverSettings()).toMatchObject({
      cancellationDeadlineDays: 8,
      cancellationTargetDays: 3,
    })
  })

  it('asks first, and saves nothing when the admin cancels', async () => {
    const user = await renderForm()
    await setNumber(user, DEADLINE, '8')
    await user.click(screen.getByRole('button', { name: '保存' }))
    const confirm = await screen.findByRole('dialog', { name: '保存设置？' })
    expect(await serverSettings()).toMatchObject({ cancellationDeadlineDays: 10, version: 1 })
    await user.click(within(confirm).getByRole('button', { name: /取\s*消/ }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.queryByRole('status')).toBeNull()
    expect(await serverSettings()).toMatchObject({ cancellationDeadlineDays: 10, version: 1 })
  })

  it('a save over another admin’s change is refused with a clear message, and the latest is shown', async () => {
    const user = await renderForm()
    // Another admin saves first, from another browser.
    const { version: _v, ...values } = await serverSettings()
    const other = await call('admin01', 'PUT', '/settings', { ...values, otherDeadlineDays: 12 }, 1)
    expect(other.status).toBe(200)

    await setNumber(user, DEADLINE, '8')
    await user.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '此内容在您载入后已被他人更改，您的更改未保存',
    )
    expect(await serverSettings()).toMatchObject({
      cancellationDeadlineDays: 10,
      otherDeadlineDays: 12,
      version: 2,
    })
    await waitFor(() => expect(screen.getByLabelText(/其他请求期限/)).toHaveValue('12'))
  })
})
