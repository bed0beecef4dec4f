import { suiteNow } from '../../../test/test-clock-install'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { createIncident } from '../../../../mocks/handlers/incident-test-api'
import { resetMockBackend, server } from '../../../../mocks/node'

import { renderWithProviders, signInAs } from '../../../test/render'
import { IncidentDetailPage } from './incident-detail-page'

// The incident page shows when the report to the regulator is due (overdue in red, in words), and
// says why an incident whose failed notices nobody announced cannot be closed; an announcement
// published with the times its form starts from is not refused for their order.

const HOUR = 3_600_000

beforeEach(() => {
  resetMockBackend()
})

function renderIncident(id: string, tab?: string) {
  return renderWithProviders(<IncidentDetailPage id={id} />, {
    path: '/incidents/:incidentId',
    route: `/incidents/${id}${tab ? `?tab=${tab}` : ''}`,
  })
}

describe('the incident page', { timeout: 90_000 }, () => {
  it('shows an overdue report to the regulator, in the header and with its rule', async () => {
    const now = suiteNow()
    const { id } = await createIncident('compliance01', {
      severity: 'high',
      discoveredAt: new Date(now - 5 * HOUR).toISOString(),
      occurredFrom: new Date(now - 6 * HOUR).toISOString(),
      occurredTo: new Date(now - 5 * HOUR).toISOString(),
    })
    await signInAs('compliance01')
    renderIncident(id, 'regulator')
    const tag = await screen.findByTestId('regulator-due')
    expect(tag).toHaveAttribute('data-status', 'overdue')
    expect(tag).toHaveTextContent(
      /^监管报告已逾期 1 小时 0 分（应在 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前提交）$/,
    )
    const notice = screen.getByTestId('regulator-due-notice')
    expect(notice).toHaveAttribute('role', 'alert')
    expect(notice).toHaveTextContent(
      '依据《国家网络安全事件报告管理办法》（2025），重大事件须在发现后 4 小时内向属地省级网信部门报告',
    )
  })

  it('counts down a report still due, and says a general incident has no set time', async () => {
    const now = suiteNow()
    const due = await createIncident('compliance01', {
      severity: 'medium',
      discoveredAt: new Date(now - HOUR).toISOString(),
    })
    await signInAs('compliance01')
    const { unmount } = renderIncident(due.id)
    expect(await screen.findByTestId('regulator-due')).toHaveTextContent(
      /^监管报告须在 .+ 前提交（还剩 (2 小时 59 分|3 小时 0 分)）$/,
    )
    unmount()
    const general = await createIncident('compliance01', { severity: 'low' })
    renderIncident(general.id)
    expect(await screen.findByTestId('regulator-due')).toHaveTextContent('一般事件：未设报告时限')
  })

  it('says why an incident with failed notices and no announcement cannot be closed', async () => {
    await signInAs('compliance01')
    const ui = userEvent.setup({ delay: null })
    renderIncident('I000001')
    expect(await screen.findByTestId('regulator-due')).toHaveTextContent(/^已按时向监管部门报告/)
    await ui.click(screen.getByRole('button', { name: '结案' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog).toHaveTextContent('通知发送失败的用户已通过公告告知')
    await ui.type(within(dialog).getByLabelText(/结案说明/), '用户已告知，处置完毕。')
    await ui.click(within(dialog).getByRole('button', { name: '结案' }))
    expect(await within(dialog).findByRole('alert', {}, { timeout: 30_000 })).toHaveTextContent(
      '还不能结案：有用户的通知发送失败，又没有发布公告。请重试失败的通知直到送达，或发布公告告知这些用户。',
    )
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      /有 \d+ 条通知发送失败，这些用户尚未被告知：请重试失败的通知直到送达，或发布公告/,
    )
  })
})

describe(
  'an announcement published with the times the form starts from',
  { timeout: 90_000 },
  () => {
    it('is accepted, and sends both times to the minute the form shows', async () => {
      await signInAs('compliance01')
      const sent: { publishAt?: string; impracticalAt?: string }[] = []
      const record = ({ request }: { request: Request }) => {
        if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/announcement'))
          void request
            .clone()
            .json()
            .then((body: { publishAt?: string; impracticalAt?: string }) => sent.push(body))
      }
      server.events.on('request:start', record)
      try {
        const ui = userEvent.setup({ delay: null })
        renderIncident('I000001', 'announcement')
        await ui.click(await screen.findByRole('button', { name: '按事件记录生成' }))
        await ui.type(screen.getByLabelText(/难以逐一告知的原因/), '部分用户的短信无法送达。')
        await ui.click(screen.getByRole('button', { name: '发布公告' }))
        expect(
          await screen.findByTestId('announcement', {}, { timeout: 30_000 }),
        ).toHaveTextContent('部分用户的短信无法送达')
      } finally {
        server.events.removeListener('request:start', record)
      }
      expect(sent).toHaveLength(1)
      const [{ publishAt, impracticalAt }] = sent as [{ publishAt: string; impracticalAt: string }]
      expect(publishAt).toMatch(/T\d\d:\d\d:00\.000Z$/)
      expect(impracticalAt).toBe(publishAt)
    })
  },
)
