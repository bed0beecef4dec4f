import { act, render, screen } from '@testing-library/react'
import { ConfigProvider, theme } from 'antd'
import { useContext } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LocaleProvider } from '../i18n/locale-provider'
import { AntdProvider } from './antd-provider'

/** A system setting for motion that a test can change while the console is open. */
function systemMotion(reduce: boolean) {
  const listeners = new Set<() => void>()
  const query = {
    get matches() {
      return reduce
    },
    media: '(prefers-reduced-motion: reduce)',
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }
  vi.spyOn(window, 'matchMedia').mockImplementation((media: string) =>
    media === query.media
      ? (query as unknown as MediaQueryList)
      : ({ matches: false } as MediaQueryList),
  )
  return {
    set(next: boolean) {
      reduce = next
      listeners.forEach((listener) => listener())
    },
  }
}

function MotionProbe() {
  const { token } = theme.useToken()
  const { wave } = useContext(ConfigProvider.ConfigContext)
  return (
    <>
      <output aria-label="motion">{String(token.motion)}</output>
      <output aria-label="click ripple">{wave?.disabled ? 'off' : 'on'}</output>
    </>
  )
}

const renderConsole = () =>
  render(
    <LocaleProvider>
      <AntdProvider>
        <MotionProbe />
      </AntdProvider>
    </LocaleProvider>,
  )

describe('less motion when the system asks for it', () => {
  afterEach(() => vi.restoreAllMocks())

  it('keeps antd motion for people who have not asked for less', () => {
    systemMotion(false)
    renderConsole()
    expect(screen.getByLabelText('motion')).toHaveTextContent('true')
    expect(screen.getByLabelText('click ripple')).toHaveTextContent('on')
  })

  it('turns antd motion off for people who asked for less, and follows a change made while open', () => {
    const setting = systemMotion(true)
    renderConsole()
    expect(screen.getByLabelText('motion')).toHaveTextContent('false')
    act(() => setting.set(false))
    expect(screen.getByLabelText('motion')).toHaveTextContent('true')
    act(() => setting.set(true))
    expect(screen.getByLabelText('motion')).toHaveTextContent('false')
  })

  it('leaves no ripple where a click lands for people who asked for less motion', () => {
    const setting = systemMotion(true)
    renderConsole()
    expect(screen.getByLabelText('click ripple')).toHaveTextContent('off')
    act(() => setting.set(false))
    expect(screen.getByLabelText('click ripple')).toHaveTextContent('on')
  })
})
