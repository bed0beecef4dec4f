import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { act } from '../../../../mocks/handlers/incident-test-api'
import { renderWithProviders, signInAs } from '../../../test/render'
import { IncidentDetailPage } from './incident-detail-page'

// A backend of its own for each test: a notice the first test sends is still being delivered, and
// while one is, the page reloads the incident on a timer, which could take in the change the
// second test makes behind its back before it sends.
beforeEach(() => resetMockBackend())

const INCOMPLETE =
  '【事件情况】接口配置错误，手机号可能外泄。\n【涉及的个人信息】手机号。\n【已采取措施】已关闭接口。\n【防范建议】警惕诈骗电话。\n【联系我们】客服热线 400-000-0000。'

/** The incident's campaigns tab, as compliance01 sees it. */
async function openCampaigns() {
  await signInAs('compliance01')
  const ui = userEvent.setup()
  renderWithProviders(<IncidentDetailPage id="I000001" />, {
    path: '/incidents/:incidentId',
    route: '/incidents/I000001?tab=campaigns',
  })
  return ui
}

// Rendering antd forms in jsdom is slow on a busy machine.
describe('sending a notice from the incident page', { timeout: 90_000 }, () => {
  it('refuses a notice without remedies, then sends the one drafted from the record', async () => {
    const ui = await openCampaigns()
    const text = await screen.findByRole('textbox', { name: '通知内容（中文）' })
    await ui.click(text)
    await ui.paste(INCOMPLETE)
    const check = screen.getByTestId('template-check-zh-CN')
    expect(
      within(check)
        .getByText(/【补救措施】/)
        .closest('li'),
    ).toHaveAttribute('data-state', 'missing')
    expect(within(check).getByText('缺少或为空：对用户的补救措施')).toBeInTheDocument()

    const send = screen.getByRole('button', { name: /^发送给 \d+ 名受影响用户$/ })
    await ui.click(send)
    expect(
      await screen.findByText('缺少或为空：对用户的补救措施', {
        selector: '.ant-form-item-explain-error',
      }),
    ).toBeInTheDocument()
    const { db } = await getBackend()
    expect(db.incidents.get('I000001')!.campaigns).toHaveLength(1)

    await ui.click(screen.getByRole('button', { name: '按事件记录生成' }))
    await waitFor(() => expect(within(check).getByText('六要素齐全，可以发送')).toBeInTheDocument())
    await ui.click(send)
    // The send is hashed into the idempotency store, which yields to the timers: on a busy machine
    // the default second of findBy* can run out while the page is still rendering the answer.
    expect(
      await screen.findByRole('heading', { name: /I000001-C2 · 短信/ }, { timeout: 30_000 }),
    ).toBeInTheDocument()
    const stored = db.incidents.get('I000001')!
    expect(stored.campaigns.at(-1)).toMatchObject({
      id: 'I000001-C2',
      channel: 'sms',
      sentBy: 'S004',
      recipients: stored.affectedCount,
    })
    expect(stored.campaigns.at(-1)!.templateZh).toContain('【补救措施】')
  })

  it('shows what someone else changed meanwhile and sends again on the latest version', async () => {
    const ui = await openCampaigns()
    await ui.click(await screen.findByRole('button', { name: '按事件记录生成' }))
    const { db } = await getBackend()
    const seen = db.incidents.get('I000001')!.version
    const before = db.incidents.get('I000001')!.campaigns.length
    const edited = await act('admin01', '/incidents/I000001/update', { severity: 'critical' }, seen)
    expect(edited.status).toBe(200)

    await ui.click(screen.getByRole('button', { name: /^发送给 \d+ 名受影响用户$/ }))
    // antd gives every generated id the same value under test, so the dialog is found by its text.
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('此事件已被他人更改')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(
      within(dialog).getByText(`您看到的是第 ${seen} 版，现在是第 ${seen + 1} 版。`, {
        exact: false,
      }),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('修改记录 (severity)')
    expect(db.incidents.get('I000001')!.campaigns).toHaveLength(before)

    await ui.click(within(dialog).getByRole('button', { name: '在最新版本上重新提交' }))
    expect(
      await screen.findByRole('heading', { name: new RegExp(`I000001-C${before + 1} · 短信`) }),
    ).toBeInTheDocument()
    expect(db.incidents.get('I000001')!.version).toBe(seen + 2)
  })
})
