import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { resetMockBackend } from '../../../../mocks/node'
import { renderWithProviders, signInAs, WhenSignedIn } from '../../../test/render'
import { WorkbenchPage } from './workbench-page'

async function renderAs(username: string) {
  await signInAs(username)
  renderWithProviders(
    <WhenSignedIn>
      <WorkbenchPage />
    </WhenSignedIn>,
  )
}

describe('the home screen of each role', () => {
  // Seeding the backend happens on its first request: outside the tests' own time.
  beforeAll(async () => {
    resetMockBackend()
    await signInAs('agent01')
  }, 60_000)

  it('gives an agent their figures, each a link into the filtered queue', async () => {
    await renderAs('agent01')
    // Label queries: role queries walk the whole accessibility tree and are slow in jsdom.
    // Each figure says whose requests it counts: an agent's are their own.
    const overdue = await screen.findByLabelText(/^已逾期: \d+（我的）$/)
    expect(overdue).toHaveAttribute('href', '/queue?tab=overdue&assignee=me')
    // Both the figure and its row in the by-status table open the same list: requests waiting
    // on the requester are the agent's own, but not in 我的待办 (nothing there for them to do).
    const awaiting = [
      screen.getByLabelText(/^等待申请人: \d+（我的）$/),
      screen.getByLabelText(/^等待申请人: \d+$/),
    ]
    for (const link of awaiting)
      expect(link).toHaveAttribute('href', '/queue?tab=all&status=awaiting_requester&assignee=me')
    expect(screen.getByLabelText(/^今日到期: \d+/)).toHaveAttribute(
      'href',
      '/queue?tab=all&assignee=me&due=today',
    )
    expect(screen.queryByText('团队积压（类型 × 状态）')).toBeNull()
  })

  it('gives a lead the backlog with a link per type and status', async () => {
    await renderAs('lead01')
    const cell = await screen.findByLabelText(/^删除个人信息 · 审核中：\d+ 条$/)
    expect(cell).toHaveAttribute('href', '/queue?tab=all&type=deletion&status=in_review')
    expect(screen.getByText('待我复核的决定', { selector: 'h2' })).toBeInTheDocument()
  })

  it('gives compliance the disclosures of the month by basis and the chains’ state', async () => {
    await renderAs('compliance01')
    expect(await screen.findByLabelText(/^用户明确同意: \d+$/)).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/disclosures\?basis=consent&from=\d{4}-\d\d-01&to=/),
    )
    expect(await screen.findByTestId('chain-disclosures')).toHaveTextContent('完整')
  })

  it('gives an admin the calendar years and the network state', async () => {
    await renderAs('admin01')
    expect(await screen.findByTestId('network-state')).toHaveTextContent('正常')
    expect(await screen.findByText('已载入（官方）')).toBeInTheDocument()
    expect(screen.getByText('未载入')).toBeInTheDocument()
  })
})
