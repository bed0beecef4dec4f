import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { signInAs } from '../../../test/render'
import { renderRequestPanel } from '../../../test/request-panel'
import { CorrectionPanel } from './correction-panel'

beforeAll(() => resetMockBackend())
afterEach(() => cleanup())

/** agent01's correction in review, its user's region emptied: a field to supplement. */
async function withEmptyRegion(): Promise<{ id: string; userId: string }> {
  const { db } = await getBackend()
  const found = db.requests
    .all()
    .find((r) => r.type === 'correction' && r.status === 'in_review' && r.assigneeId === 'S001')
  if (!found) throw new Error('no seeded correction in review for agent01')
  await db.users.update(found.userId, (draft) => {
    draft.region = ''
  })
  return { id: found.id, userId: found.userId }
}

describe('CorrectionPanel', { timeout: 60_000 }, () => {
  it('supplements an empty field, shows it as supplemented from nothing, and writes it', async () => {
    const { id, userId } = await withEmptyRegion()
    await signInAs('agent01')
    const ui = userEvent.setup()
    renderRequestPanel(CorrectionPanel, id)
    await ui.click(await screen.findByRole('checkbox', { name: '地区（未填写，可补充）' }))
    await ui.type(await screen.findByLabelText(/补充的地区/), '浙江省杭州市西湖区')
    const row = within(screen.getByTestId('correction-diff')).getByRole('row', { name: /地区/ })
    expect(row).toHaveTextContent('地区补充（未填写）浙江省杭州市西湖区')
    await ui.type(screen.getByLabelText(/证明材料/), '用户提供的居住证明已核对')
    await ui.click(screen.getByRole('button', { name: '写入更正' }))
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('completed'))
    expect((await getBackend()).db.users.get(userId)?.region).toBe('浙江省杭州市西湖区')
    expect(
      within(screen.getByTestId('correction-diff')).getByRole('row', { name: /地区/ }),
    ).toHaveTextContent('地区补充（未填写）浙江省杭州市西湖区')
  })
  it('re-verifies a new phone number by the code sent to it before the change is prepared', async () => {
    const { db } = await getBackend()
    const request = db.requests
      .all()
      .find((r) => r.type === 'correction' && r.status === 'in_review' && r.assigneeId === 'S001')!
    await signInAs('agent01')
    const ui = userEvent.setup()
    renderRequestPanel(CorrectionPanel, request.id)
    await ui.click(await screen.findByRole('checkbox', { name: '手机号' }))
    await ui.type(await screen.findByLabelText(/新的手机号/), '13912345678')
    await ui.type(screen.getByLabelText(/证明材料/), '用户来电，已核对身份证原件')
    await ui.click(screen.getByRole('button', { name: '发送验证码到新手机号' }))
    expect(await screen.findByTestId('phone-code-sent')).toHaveTextContent(
      '验证码已发送至 139****5678',
    )
    const sms = db.smsOutbox
      .all()
      .filter((m) => m.to === '13912345678')
      .at(-1)!
    const code = sms.text.match(/验证码 (\d{6})/)![1]!
    await ui.type(
      screen.getByLabelText(/新手机号收到的验证码/),
      code === '000000' ? '111111' : '000000',
    )
    await ui.click(screen.getByRole('button', { name: '提交主管复核' }))
    expect(await screen.findByText('验证码不正确')).toBeInTheDocument()
    await ui.clear(screen.getByLabelText(/新手机号收到的验证码/))
    await ui.type(screen.getByLabelText(/新手机号收到的验证码/), code)
    await ui.click(screen.getByRole('button', { name: '提交主管复核' }))
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('pending_approval'))
    expect(screen.getByTestId('correction-diff')).toHaveTextContent('139****5678')
  })
})
