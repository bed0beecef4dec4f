import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { renderWithProviders } from '../../test/render'
import { DateRangeFilter } from './date-range-filter'

function Harness({
  initial,
  onChange,
}: {
  initial?: [string, string]
  onChange(from?: string, to?: string): void
}) {
  const [range, setRange] = useState<{ from?: string; to?: string }>({
    from: initial?.[0],
    to: initial?.[1],
  })
  return (
    <DateRangeFilter
      label="收到日期"
      from={range.from}
      to={range.to}
      onChange={(from, to) => {
        setRange({ from, to })
        onChange(from, to)
      }}
    />
  )
}

describe('DateRangeFilter', () => {
  it('shows the chosen range before the picker has loaded', () => {
    renderWithProviders(
      <Harness initial={['2026-11-01', '2026-11-20']} onChange={() => undefined} />,
    )
    expect(screen.getByRole('textbox', { name: '收到日期' })).toHaveValue('2026-11-01 → 2026-11-20')
  })

  it('swaps in the picker on focus, open and focused on its first date, and reports the range typed into it', async () => {
    const changes: [string | undefined, string | undefined][] = []
    renderWithProviders(<Harness onChange={(from, to) => changes.push([from, to])} />)
    const user = userEvent.setup()
    fireEvent.focus(screen.getByRole('textbox', { name: '收到日期' }))
    const start = await screen.findByPlaceholderText('开始日期')
    await waitFor(() => expect(start).toHaveFocus())
    // Open at once, as a click on the picker itself would open it.
    await waitFor(() => expect(document.querySelector('.ant-picker-dropdown')).not.toBeNull())
    await user.type(start, '2026-11-02{Enter}')
    const end = screen.getByPlaceholderText('结束日期')
    await user.type(end, '2026-11-06{Enter}')
    await waitFor(() => expect(changes).toEqual([['2026-11-02', '2026-11-06']]))
  })
})
