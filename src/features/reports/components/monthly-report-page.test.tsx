import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorResponse } from '../../../../mocks/http/route'
import { resetMockBackend, server } from '../../../../mocks/node'
import { renderWithProviders, signInAs } from '../../../test/render'
import { MonthlyReportPage } from './monthly-report-page'

describe('the monthly report', () => {
  beforeAll(async () => {
    resetMockBackend()
    await signInAs('lead01')
  }, 60_000)

  it('shows the month from the URL with every section', async () => {
    await signInAs('lead01')
    renderWithProviders(<MonthlyReportPage />, { route: '/?month=2026-10' })
    expect(
      await screen.findByRole('heading', { level: 1, name: '月度合规报表 · 2026-10' }),
    ).toBeInTheDocument()
    const requests = await screen.findByRole('table', { name: '请求（按类型与结果）' })
    expect(within(requests).getAllByRole('row')).toHaveLength(8)
    expect(
      screen.getByText('统计期间：2026-10-01 至 2026-10-31（北京时间）', { exact: false }),
    ).toBeInTheDocument()
    for (const name of [
      '处理时长（工作日）',
      '按期率',
      '拒绝（按理由）',
      '对外提供（按依据）',
      '查看完整信息（按人员）',
    ]) {
      expect(screen.getByRole('table', { name })).toBeInTheDocument()
    }
  })

  it('says in its own words that the export failed, with the server’s message and correlation id', async () => {
    server.use(
      http.get('*/api/reports/monthly.csv', () =>
        errorResponse(500, 'INTERNAL', 'The server failed to handle this request', 'c-export-test'),
      ),
    )
    await signInAs('compliance01')
    const user = userEvent.setup()
    renderWithProviders(<MonthlyReportPage />, { route: '/?month=2026-10' })
    await screen.findByRole('table', { name: '请求（按类型与结果）' })
    await user.click(screen.getByRole('button', { name: /导出 CSV/ }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '服务器处理失败，请稍后重试；如仍失败，请把关联编号告诉技术支持。',
    )
    expect(screen.getByTestId('error-detail')).toHaveTextContent(
      'The server failed to handle this request',
    )
    expect(screen.getByTestId('correlation-id')).toHaveTextContent('c-export-test')
  })
})
