import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useSession } from '../auth/session-context'
import { renderWithProviders, signInAs } from '../../test/render'
import { useStaffName } from './use-staff-name'
import { useTakeOver } from './use-take-over'

// Seeded staff of the contract: S002 客服小王 (agent02), S003 主管陈 (lead01).

function Claim({ assigneeId, log }: { assigneeId: string | null; log: string[] }) {
  const takeOver = useTakeOver()
  const name = useStaffName()
  return (
    <>
      <p data-testid="owner">{name(assigneeId)}</p>
      <button
        type="button"
        onClick={() => takeOver({ id: 'R000042', assigneeId }, () => log.push('taken'))}
      >
        认领
      </button>
    </>
  )
}

/** The screen once the session and the staff list (for the owner's name) have loaded. */
async function renderClaim(assigneeId: string | null, log: string[], owner: string) {
  function Signed() {
    return useSession().staff ? <Claim assigneeId={assigneeId} log={log} /> : null
  }
  const view = renderWithProviders(<Signed />)
  await screen.findByText(owner, {}, { timeout: 30_000 })
  return view
}

describe('useTakeOver', { timeout: 60_000 }, () => {
  it("claims a request that is nobody's, or already the caller's, without asking", async () => {
    await signInAs('lead01')
    const log: string[] = []
    const ui = userEvent.setup()
    const first = await renderClaim(null, log, '—')
    await ui.click(screen.getByRole('button', { name: '认领' }))
    first.unmount()
    await renderClaim('S003', log, '主管陈')
    await ui.click(screen.getByRole('button', { name: '认领' }))
    expect(log).toEqual(['taken', 'taken'])
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it("asks first, naming the owner, before taking someone else's request; cancelling takes nothing", async () => {
    await signInAs('lead01')
    const log: string[] = []
    const ui = userEvent.setup()
    await renderClaim('S002', log, '客服小王')
    await ui.click(screen.getByRole('button', { name: '认领' }))
    let dialog = await screen.findByRole('dialog', { name: '接手 客服小王 的请求 R000042？' })
    expect(dialog).toHaveTextContent('客服小王 将不能再操作它')
    await ui.click(within(dialog).getByRole('button', { name: '取消' }))
    expect(log).toEqual([])
    await ui.click(screen.getByRole('button', { name: '认领' }))
    dialog = await screen.findByRole('dialog', { name: '接手 客服小王 的请求 R000042？' })
    await ui.click(within(dialog).getByRole('button', { name: '确认接手' }))
    expect(log).toEqual(['taken'])
  })
})
