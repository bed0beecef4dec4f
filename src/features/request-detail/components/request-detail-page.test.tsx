import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../../../../mocks/backend-instance'
import { resetMockBackend } from '../../../../mocks/node'
import { renderWithProviders, signInAs } from '../../../test/render'
import { RequestDetailPage } from './request-detail-page'

beforeAll(() => resetMockBackend())

describe('RequestDetailPage', { timeout: 60_000 }, () => {
  it("shows a rejection's ground in words, on the page and in the timeline, never its code", async () => {
    const { db } = await getBackend()
    const request = db.requests.all().find((r) => r.type === 'copy' && r.status === 'in_review')!
    await db.requests.update(request.id, (draft) => {
      const at = new Date().toISOString()
      draft.status = 'pending_approval'
      draft.preparedBy = 'S001'
      draft.decision = {
        outcome: 'reject',
        reasonCode: 'groundless_repetition',
        message: '同一内容本月已提供两次',
        preparedAt: at,
      }
      draft.timeline.push({
        at,
        actorId: 'S001',
        action: 'decision_prepared_reject',
        reason: 'groundless_repetition',
      })
    })
    await signInAs('lead01')
    renderWithProviders(<RequestDetailPage id={request.id} />)
    const card = (await screen.findByText('拒绝决定')).closest('.ant-card') as HTMLElement
    expect(within(card).getByText('无端重复的请求')).toBeInTheDocument()
    expect(within(card).getByText('同一内容本月已提供两次')).toBeInTheDocument()
    const prepared = screen
      .getAllByTestId('timeline-event')
      .find((e) => e.textContent?.includes('准备拒绝决定'))!
    expect(prepared).toHaveTextContent('无端重复的请求')
    expect(document.body).not.toHaveTextContent('groundless_repetition')
  })
})
