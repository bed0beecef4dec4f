import { ConfigProvider } from 'antd'
import type { Locale } from 'antd/es/locale'
import zhCN from 'antd/es/locale/zh_CN'
import type { ReactNode } from 'react'
import { registerMessages, useResourceBundle } from '../i18n/i18n'
import { FeedbackProvider } from './feedback'
import { usePrefersReducedMotion } from './reduced-motion'
import { THEME, useAppTokens } from './theme'

// The required star is decoration: screen readers get "required" from aria-required, and a
// field's accessible name stays its label.
function REQUIRED_MARK(label: ReactNode, { required }: { required: boolean }) {
  return (
    <>
      {required && <RequiredStar />}
      {label}
    </>
  )
}

function RequiredStar() {
  const { colorError } = useAppTokens()
  return (
    <span aria-hidden="true" style={{ color: colorError, marginInlineEnd: 4 }}>
      *
    </span>
  )
}

// A label stays on one line: beside a long value it was squeezed to a character a line.
const DESCRIPTIONS = { styles: { label: { whiteSpace: 'nowrap' } } } as const

// antd's own words (pagination, date pickers, empty lists) load in English as the console's do.
registerMessages('antd', {
  'zh-CN': zhCN as unknown as Record<string, unknown>,
  'en-US': () =>
    import('antd/es/locale/en_US').then((m) => m.default as unknown as Record<string, unknown>),
})

const STILL_THEME = { ...THEME, token: { ...THEME.token, motion: false } }
// The ripple a click leaves on a button, radio or checkbox is motion too. With antd's motion off it
// still rippled, and lingered for seconds.
const STILL_WAVE = { disabled: true }

/**
 * antd's theme and locale, and the toasts and confirmations of useFeedback(), for every screen built
 * with antd. It wraps the signed-in shell and the public pages, never the sign-in page, which is kept
 * free of antd so the console's first page loads light.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  // Chinese until antd's English has arrived.
  const locale = (useResourceBundle('antd') as Locale | undefined) ?? zhCN
  const still = usePrefersReducedMotion()
  return (
    <ConfigProvider
      locale={locale}
      theme={still ? STILL_THEME : THEME}
      wave={still ? STILL_WAVE : undefined}
      button={{ autoInsertSpace: false }}
      form={{ requiredMark: REQUIRED_MARK }}
      descriptions={DESCRIPTIONS}
    >
      <FeedbackProvider>
        <div className="antd-root">{children}</div>
      </FeedbackProvider>
    </ConfigProvider>
  )
}
