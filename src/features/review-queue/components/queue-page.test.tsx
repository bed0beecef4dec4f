import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders, signInAs, WhenSignedIn } from '../../../test/render'
import { QueuePage } from './queue-page'

describe('QueuePage', { timeout: 90_000 }, () => {
  it('tells the agent on every row what they can do next: 处理 their own open work, 认领 the unowned', async () => {
    await signInAs('agent01')
    renderWithProviders(
      <WhenSignedIn>
        <QueuePage />
      </WhenSignedIn>,
      { path: '/queue', route: '/queue?tab=all' },
    )
    // Selector queries: role queries walk the whole accessibility tree and are slow in jsdom.
    const queue = await screen.findByTestId('queue')
    const rows = await waitFor(() => {
      expect(queue).toHaveAttribute('aria-busy', 'false')
      const found = [...queue.querySelectorAll<HTMLElement>('tbody tr.ant-table-row')]
      expect(found.length).toBeGreaterThan(0)
      return found
    })
    let own = 0
    let unowned = 0
    for (const row of rows) {
      const text = row.textContent ?? ''
      const id = row.querySelector('a')?.textContent ?? ''
      const finished = /已完成|已驳回|已撤回|已关闭|已合并/.test(text)
      const workOn = within(row).queryByLabelText(`处理 ${id}`)
      if (text.includes('客服小李') && !finished) {
        own += 1
        expect(workOn).toHaveAttribute('href', `/requests/${id}`)
        expect(workOn).toHaveTextContent('处理')
      } else {
        expect(workOn).toBeNull()
        if (text.includes('未分配') && !finished) {
          unowned += 1
          expect(within(row).getByText(/认\s*领/)).toBeInTheDocument()
        }
      }
    }
    // The seeded first page holds both kinds, so neither branch above went untested.
    expect(own).toBeGreaterThan(0)
    expect(unowned).toBeGreaterThan(0)
  })
})
