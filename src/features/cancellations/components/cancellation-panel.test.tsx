import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { cancellationChecklist } from '../../../shared/lib/cancellation-checklist'
import { signInAs } from '../../../test/render'
import { expectNoPanelOnOtherTypes, renderRequestPanel } from '../../../test/request-panel'
import { CancellationPanel } from './cancellation-panel'

async function seeded(blocked: boolean): Promise<string> {
  const { db } = await getBackend()
  const found = db.requests.all().find((r) => {
    if (r.type !== 'cancellation' || r.status !== 'in_review' || r.assigneeId !== 'S001')
      return false
    const { blocking } = cancellationChecklist(r, db.users.get(r.userId)!)
    return blocked ? blocking.join() === 'no_unfinished_tasks' : blocking.length === 0
  })
  if (!found) throw new Error('no such seeded cancellation')
  return found.id
}

beforeAll(() => resetMockBackend())

// Rendering antd forms in jsdom is slow on a busy machine.
describe('CancellationPanel', { timeout: 60_000 }, () => {
  it('shows what blocks the cancellation and allows only a rejection that says why', async () => {
    const id = await seeded(true)
    await signInAs('agent01')
    renderRequestPanel(CancellationPanel, id)
    expect(await screen.findByText('1 项阻止注销')).toBeInTheDocument()
    const tasks = screen
      .getAllByTestId('cancellation-check')
      .find((li) => li.dataset.check === 'no_unfinished_tasks')!
    expect(tasks.dataset.ok).toBe('false')
    expect(within(tasks).getByText('阻止注销')).toBeInTheDocument()
    expect(
      within(tasks).getByText(/作为零工 \d+ 个、作为发布方 \d+ 个未完成任务/),
    ).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '批准注销' })).toBeDisabled()
    expect(screen.getByRole('radio', { name: '拒绝注销' })).toBeChecked()
    const message = screen.getByLabelText(/发给用户的通知/) as HTMLTextAreaElement
    expect(message.value).toContain('原因：存在阻止注销的事项。您还有未完成的任务')
    await userEvent.setup().click(screen.getByRole('button', { name: '提交主管复核' }))
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('pending_approval'))
    expect(await screen.findByText('已准备的决定')).toBeInTheDocument()
  })

  it('prepares an approval from the template, in the language the user reads', async () => {
    const id = await seeded(false)
    await signInAs('agent01')
    const ui = userEvent.setup()
    renderRequestPanel(CancellationPanel, id)
    expect(await screen.findByText('全部检查通过，可以批准注销')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '批准注销' })).toBeChecked()
    await ui.click(screen.getByRole('radio', { name: 'English' }))
    const message = screen.getByLabelText(/发给用户的通知/) as HTMLTextAreaElement
    await waitFor(() =>
      expect(message.value).toMatch(
        new RegExp(
          `^Hello\\. Your account cancellation request of .* \\(ref\\. ${id}\\) has been approved`,
        ),
      ),
    )
    await ui.clear(message)
    await ui.type(message, 'Your account is cancelled.')
    await ui.click(screen.getByRole('button', { name: '提交主管复核' }))
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('pending_approval'))
    const stored = (await getBackend()).db.requests.get(id)!
    expect(stored.decision).toMatchObject({
      outcome: 'approve',
      message: 'Your account is cancelled.',
    })
    expect(stored.preparedBy).toBe('S001')
  })

  it('renders nothing for other request types', () =>
    expectNoPanelOnOtherTypes(CancellationPanel, '账号注销审核'))
})
