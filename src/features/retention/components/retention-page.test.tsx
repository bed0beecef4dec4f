import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { resetMockBackend } from '../../../../mocks/node'
import { renderWithProviders, signInAs } from '../../../test/render'
import { RetentionPage } from './retention-page'

beforeAll(() => resetMockBackend())

describe('RetentionPage', { timeout: 90_000 }, () => {
  it('an admin sees what is due but has no purge to press', async () => {
    await signInAs('admin01')
    renderWithProviders(<RetentionPage />, { path: '/retention', route: '/retention' })
    expect(await screen.findByTestId('due-summary')).toHaveTextContent(
      '共 3 项：设备信息与系统日志 2 项、任务记录 1 项。',
    )
    expect(screen.getByText('只有合规经理可以清除数据。')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^清除到期数据/ })).not.toBeInTheDocument()
  })

  it('compliance confirms what goes, then reads the outcome in words', async () => {
    await signInAs('compliance01')
    const ui = userEvent.setup()
    renderWithProviders(<RetentionPage />, { path: '/retention', route: '/retention?state=due' })
    const list = await screen.findByTestId('retention-list')
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(4))

    await ui.click(await screen.findByRole('button', { name: '清除到期数据（3 项）' }))
    // (Under test every antd id is "test-id", so the dialog is found by role and its title read.)
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText('清除到期数据')).toBeInTheDocument()
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['设备信息与系统日志 2 项', '任务记录 1 项'])
    expect(dialog).toHaveTextContent('1 项因法律保全或未结纠纷、投诉暂缓，不会清除。')
    await ui.click(within(dialog).getByRole('button', { name: '确认清除 3 项' }))

    expect(await screen.findByTestId('purge-result')).toHaveTextContent(
      '已清除 3 项：设备信息与系统日志 2 项、任务记录 1 项。1 项暂缓清除。',
    )
    await waitFor(() =>
      expect(screen.getByTestId('due-summary')).toHaveTextContent('没有到期待清除的数据。'),
    )
    await waitFor(() =>
      expect(within(list).getByText('没有符合条件的保存记录')).toBeInTheDocument(),
    )
  })
})
