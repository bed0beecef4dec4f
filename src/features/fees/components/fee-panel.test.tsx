import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { signInAs } from '../../../test/render'
import { renderRequestPanel } from '../../../test/request-panel'
import { FeePanel } from './fee-panel'

/** The in-review request of a seeded user who asked for the same thing again. */
async function seeded(name: string): Promise<string> {
  const { db } = await getBackend()
  const user = db.users.all().find((u) => u.name === name)
  const found = db.requests.all().find((r) => r.userId === user?.id && r.status === 'in_review')
  if (!found) throw new Error(`no seeded request of ${name}`)
  return found.id
}

beforeAll(() => resetMockBackend())

// Rendering antd forms in jsdom is slow on a busy machine.
describe('FeePanel', { timeout: 60_000 }, () => {
  it('offers no quote within the free allowance', async () => {
    await signInAs('agent01')
    renderRequestPanel(FeePanel, await seeded('费用丙'))
    expect(await screen.findByText('在免费次数内，不可收费')).toBeInTheDocument()
    expect(screen.getByTestId('fee-count')).toHaveTextContent('1 次（免费 2 次）')
    expect(screen.queryByRole('button', { name: '发送报价' })).not.toBeInTheDocument()
  })

  it('refuses an amount over the most a fee may be with a message, keeping what was typed', async () => {
    await signInAs('agent01')
    renderRequestPanel(FeePanel, await seeded('费用甲'))
    await screen.findByText('已超出免费次数，可报价成本费')
    const user = userEvent.setup()
    const amount = screen.getByLabelText(/金额（元）/)
    await user.type(amount, '20000')
    await user.tab()
    expect(await screen.findByText('请输入 0.01 到 10000 元之间的金额')).toBeInTheDocument()
    expect(amount).toHaveValue('20000.00')
  })

  it('quotes a fee in yuan past the allowance and then waits for the user', async () => {
    await signInAs('agent01')
    renderRequestPanel(FeePanel, await seeded('费用甲'))
    expect(await screen.findByText('已超出免费次数，可报价成本费')).toBeInTheDocument()
    const user = userEvent.setup()
    await user.type(screen.getByLabelText(/金额（元）/), '8.8')
    await user.type(screen.getByLabelText(/费用依据/), '邮寄纸质副本的成本')
    await user.click(screen.getByRole('button', { name: '发送报价' }))
    await waitFor(() =>
      expect(screen.getByTestId('status')).toHaveTextContent('awaiting_requester'),
    )
    expect(await screen.findByText('等待用户确认：¥8.80')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '用户已接受' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '发送报价' })).not.toBeInTheDocument()
  })
})
