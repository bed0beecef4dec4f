import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react'
import { i18next, rememberLanguage, storedLanguage, type Language } from './i18n'

interface LocaleValue {
  language: Language
  setLanguage(language: Language): void
}

const LocaleContext = createContext<LocaleValue | null>(null)

function applyLanguage(language: Language): void {
  void i18next.changeLanguage(language)
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en')
  document.documentElement.lang = language
}

/**
 * dayjs and i18next (and antd, through AntdProvider) follow one language choice; zh-CN unless the
 * person chose otherwise. No antd here: the sign-in page loads without it.
 */
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
    <LocaleContext value={value}>{children}</LocaleContext>
  )
}

export function useLocale(): LocaleValue {
  const value = use(LocaleContext)
  if (!value) throw new Error('useLocale outside LocaleProvider')
  return value
}
