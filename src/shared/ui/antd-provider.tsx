import { ConfigProvider } from 'antd'
import enUS from 'antd/es/locale/en_US'
import zhCN from 'antd/es/locale/zh_CN'
import type { ReactNode } from 'react'
import { useLocale } from '../i18n/locale-provider'
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

const STILL_THEME = { ...THEME, token: { ...THEME.token, motion: false } }

/**
 * antd's theme and locale, and the toasts and confirmations of useFeedback(), for every screen built
 * with antd. It wraps the signed-in shell and the public pages, never the sign-in page, which is kept
 * free of antd so the console's first page loads light.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { language } = useLocale()
  const still = usePrefersReducedMotion()
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={still ? STILL_THEME : THEME}
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
