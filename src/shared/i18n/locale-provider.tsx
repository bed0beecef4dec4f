import { ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react'
import { i18next, rememberLanguage, storedLanguage, type Language } from './i18n'

interface LocaleValue {
  language: Language
  setLanguage(language: Language): void
}

// Secondary and placeholder text and the error red darkened from antd's defaults to meet WCAG AA contrast.
const THEME = {
  token: {
    colorPrimary: '#1668dc',
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

const LocaleContext = createContext<LocaleValue | null>(null)

function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language)
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en')
  document.documentElement.lang = language
}

/** antd, dayjs and i18next follow one language choice; zh-CN unless the person chose otherwise. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const initial = storedLanguage()
    applyLanguage(initial)
    return initial
  })
  const setLanguage = useCallback((next: Language) => {
    applyLanguage(next)
    rememberLanguage(next)
    setLanguageState(next)
  }, [])
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage])
  return (
    <LocaleContext value={value}>
      <ConfigProvider
        locale={language === 'zh-CN' ? zhCN : enUS}
        theme={THEME}
        button={{ autoInsertSpace: false }}
        form={{ requiredMark: REQUIRED_MARK }}
      >
        {children}
      </ConfigProvider>
    </LocaleContext>
  )
}

export function useLocale(): LocaleValue {
  const value = use(LocaleContext)
  if (!value) throw new Error('useLocale outside LocaleProvider')
  return value
}
