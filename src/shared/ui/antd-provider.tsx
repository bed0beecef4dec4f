import { ConfigProvider } from 'antd'
import enUS from 'antd/es/locale/en_US'
import zhCN from 'antd/es/locale/zh_CN'
import type { ReactNode } from 'react'
import { useLocale } from '../i18n/locale-provider'
import { FeedbackProvider } from './feedback'

// Secondary and placeholder text and the error red darkened from antd's defaults to meet WCAG AA
// contrast; a primary button darkens rather than lightens under the pointer, so its white label
// keeps its contrast while hovered and pressed.
const THEME = {
  token: {
    colorPrimary: '#1668dc',
    colorPrimaryHover: '#0b4fb3',
    colorPrimaryActive: '#0a3f8f',
    colorLinkHover: '#1668dc',
    colorLink: '#0b4fb3',
    colorError: '#cf1322',
    colorWarning: '#ad4e00',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  },
}

// The required star is decoration: screen readers get "required" from aria-required, and a
// field's accessible name stays its label.
function REQUIRED_MARK(label: ReactNode, { required }: { required: boolean }) {
  return (
    <>
      {required && (
        <span aria-hidden="true" style={{ color: '#cf1322', marginInlineEnd: 4 }}>
          *
        </span>
      )}
      {label}
    </>
  )
}

/**
 * antd's theme and locale, and the toasts and confirmations of useFeedback(), for every screen built
 * with antd. It wraps the signed-in shell and the public pages, never the sign-in page, which is kept
 * free of antd so the console's first page loads light.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { language } = useLocale()
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={THEME}
      button={{ autoInsertSpace: false }}
      form={{ requiredMark: REQUIRED_MARK }}
    >
      <FeedbackProvider>
        <div className="antd-root">{children}</div>
      </FeedbackProvider>
    </ConfigProvider>
  )
}
