import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetLanguage } from '../../test/language'
import { renderWithProviders, signInAs, WhenSignedIn } from '../../test/render'
import { AppShell } from './app-shell'

// antd's side bar folds below its lg breakpoint, which it asks matchMedia about.
function windowWidth(narrow: boolean) {
  const real = window.matchMedia
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    /max-width: 991/.test(query)
      ? ({
          matches: narrow,
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          addListener: () => undefined,
          removeListener: () => undefined,
        } as unknown as MediaQueryList)
      : real(query),
  )
}

const renderShell = () =>
  renderWithProviders(
    <WhenSignedIn>
      <AppShell />
    </WhenSignedIn>,
    { path: '/queue', route: '/queue?tab=mine' },
  )

describe('the side navigation', { timeout: 90_000 }, () => {
  afterEach(() => vi.restoreAllMocks())

  it("lists the agent's screens as links and marks the one on screen", async () => {
    windowWidth(false)
    await signInAs('agent01')
    renderShell()
    const nav = await screen.findByRole('navigation', { name: '任务易 隐私运营台' })
    const links = within(nav).getAllByRole('link')
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['工作台', '/workbench'],
      ['请求队列', '/queue'],
    ])
    expect(within(nav).getByRole('link', { name: '请求队列' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(within(nav).getByRole('link', { name: '工作台' })).not.toHaveAttribute('aria-current')
  })

  it('takes its links out of the Tab order when the window is too narrow to show them', async () => {
    windowWidth(true)
    await signInAs('agent01')
    renderShell()
    await screen.findByTestId('current-staff')
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(screen.queryByRole('link', { name: '请求队列' })).toBeNull()
  })
})

describe('the language select', { timeout: 90_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks()
    resetLanguage()
  })

  it('names the language in its own words and, reached by keyboard and opened with Enter, switches the console to English', async () => {
    windowWidth(false)
    await signInAs('agent01')
    renderShell()
    const field = await screen.findByRole('combobox', { name: '语言' })
    expect(field).toHaveTextContent('简体中文')
    // A plain field until reached: antd's select is drawn only then.
    expect(field.closest('.ant-select')).toBeNull()
    const user = userEvent.setup()
    act(() => field.focus())
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: '语言' }).closest('.ant-select')).not.toBeNull(),
    )
    await waitFor(() => expect(screen.getByRole('combobox', { name: '语言' })).toHaveFocus())
    await user.keyboard('{Enter}')
    await screen.findByRole('listbox')
    await user.click(within(document.body).getByTitle('English'))
    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(
      screen.getByRole('combobox', { name: 'Language' }).closest('.ant-select'),
    ).toHaveTextContent('English')
  })
})
