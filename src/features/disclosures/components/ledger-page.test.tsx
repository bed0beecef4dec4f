import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { useSession } from '../../../shared/auth/session-context'
import { renderWithProviders, signInAs } from '../../../test/render'
import { LedgerPage } from './ledger-page'

beforeEach(() => resetMockBackend())

// As the app's session guard does: the page renders once the session is known.
function SignedIn() {
  return useSession().status === 'signed_in' ? <LedgerPage /> : null
}

const renderLedger = (route = '/disclosures') =>
  renderWithProviders(<SignedIn />, { path: '/disclosures', route })

// Rendering antd tables and forms in jsdom is slow on a busy machine.
describe('LedgerPage', { timeout: 120_000 }, () => {
  it('lists the newest records and opens one with its hash recomputed in the browser', async () => {
    await signInAs('compliance01')
    renderLedger()
    // Label and text queries: role queries over a whole antd table are slow in jsdom.
    const open320 = await screen.findByLabelText('披露记录 #320')
    expect(screen.getByText('共 320 条')).toBeInTheDocument()
    await userEvent.setup({ delay: null }).click(open320)
    expect(await screen.findByText('浏览器重算本条哈希：一致')).toBeInTheDocument()
    expect(screen.getByText('上一条：#319')).toBeInTheDocument()
    expect(screen.getByText('D000320')).toBeInTheDocument()
  })

  it('verifies the chain in the browser, and finds the record that was changed in storage', async () => {
    await signInAs('compliance01')
    renderLedger('/disclosures?tab=integrity')
    const user = userEvent.setup({ delay: null })
    await user.click(await screen.findByRole('button', { name: '在浏览器中校验' }))
    expect(
      await screen.findByText('链完整：已校验 320 条记录', {}, { timeout: 20_000 }),
    ).toBeInTheDocument()
    expect(screen.getByText('完整（320 条）')).toBeInTheDocument()

    const { db } = await getBackend()
    await db.disclosures.update(57, (d) => {
      d.purpose = '事后改写的目的'
    })
    await user.click(screen.getByRole('button', { name: '重新校验' }))
    expect(
      await screen.findByText('链已被篡改：第 57 条起无法验证', {}, { timeout: 20_000 }),
    ).toBeInTheDocument()
    expect(screen.getByTestId('first-broken-seq')).toHaveTextContent('57')
    expect(screen.getByText('记录内容与其哈希不符（记录被修改）')).toBeInTheDocument()
  })

  it('signs a checkpoint only after the browser verified the head', async () => {
    await signInAs('compliance01')
    renderLedger('/disclosures?tab=integrity')
    const user = userEvent.setup({ delay: null })
    const sign = await screen.findByRole('button', { name: '签署检查点（0 条）' })
    expect(sign).toBeDisabled()
    await user.click(screen.getByRole('button', { name: '在浏览器中校验' }))
    await screen.findByText('链完整：已校验 320 条记录', {}, { timeout: 20_000 })
    await user.click(screen.getByRole('button', { name: '签署检查点（320 条）' }))
    expect(await screen.findByText('已签署检查点：320 条记录')).toBeInTheDocument()
    // Beside the one the backend took itself when it seeded the ledger.
    const { witness } = await getBackend()
    const signed = (await witness.read()).checkpoints.filter((c) => c.by === 'S004')
    expect(signed).toMatchObject([{ chain: 'disclosures', count: 320 }])
  })
})
