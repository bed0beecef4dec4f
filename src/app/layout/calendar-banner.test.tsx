import { useQuery } from '@tanstack/react-query'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetMockBackend } from '../../../mocks/node'
import { call } from '../../../mocks/test-client'
import { calendarQueries } from '../../shared/api/calendar'
import { useSession } from '../../shared/auth/session-context'
import { renderWithProviders, signInAs } from '../../test/render'
import { CalendarBanner } from './calendar-banner'

function Banner() {
  // Says when the calendar status has arrived, so that "no banner" is not read before it could show.
  const status = useQuery(calendarQueries.status())
  return (
    <>
      {status.data && <output data-testid="calendar-status-loaded" />}
      <CalendarBanner />
    </>
  )
}

function SignedIn() {
  return useSession().status === 'signed_in' ? <Banner /> : null
}

async function bannerAs(username: string) {
  await signInAs(username)
  renderWithProviders(<SignedIn />)
}

afterEach(() => {
  sessionStorage.clear()
  vi.useRealTimers()
  resetMockBackend()
})

describe('CalendarBanner', () => {
  it('asks for next year while this year is loaded (the suite clock is in November 2026)', async () => {
    await bannerAs('agent01')
    expect(await screen.findByTestId('calendar-banner')).toHaveTextContent(
      '2027 年的官方工作日历尚未载入',
    )
  })

  it("from 1 January asks for this year's calendar, not the year after", async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2027-01-04T10:00:00+08:00'))
    await bannerAs('admin01')
    const banner = await screen.findByTestId('calendar-banner')
    expect(banner).toHaveTextContent('2027 年的官方工作日历尚未载入')
    expect(banner).not.toHaveTextContent('2028')
  })

  it('an agent closes it for the session; a new render of the shell keeps it closed', async () => {
    const user = userEvent.setup({ delay: null })
    await bannerAs('agent01')
    const banner = await screen.findByTestId('calendar-banner')
    await user.click(
      within(banner).getByRole('button', { name: '关闭此提示（本次登录内不再显示）' }),
    )
    await waitFor(() => expect(screen.queryByTestId('calendar-banner')).toBeNull())
    cleanup()
    renderWithProviders(<SignedIn />)
    await screen.findByTestId('calendar-status-loaded')
    expect(screen.queryByTestId('calendar-banner')).toBeNull()
  })

  it('an admin cannot close it: it stays until the year is loaded', async () => {
    await bannerAs('admin01')
    const banner = await screen.findByTestId('calendar-banner')
    expect(within(banner).queryByRole('button')).toBeNull()
    expect(within(banner).getByRole('link', { name: '工作日历' })).toBeInTheDocument()
  })

  it('goes once both years are loaded', async () => {
    const loaded = await call('admin01', 'PUT', '/calendar/2027', { holidays: {}, workdays: {} }, 0)
    expect(loaded.status).toBe(200)
    await bannerAs('agent01')
    await screen.findByTestId('calendar-status-loaded')
    expect(screen.queryByTestId('calendar-banner')).toBeNull()
  })
})
