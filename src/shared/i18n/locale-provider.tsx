import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { createContext, use, useMemo, useState, type ReactNode } from 'react'
import { i18n, rememberLanguage, storedLanguage, useLanguage, type Language } from './i18n'

interface LocaleValue {
  language: Language
  setLanguage(language: Language): void
}

const LocaleContext = createContext<LocaleValue | null>(null)

// dayjs first: changing the language re-renders every translated component, dates included.
function applyLanguage(language: Language): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en')
  document.documentElement.lang = language
  i18n.changeLanguage(language)
}

// The language chosen last: a choice whose messages arrive after a later choice was made is dropped.
let chosen: Language | null = null

/**
 * Switches once the language's messages are in, so the screen changes language in one step; the
 * choice is remembered even if they could not load (the next page load tries again).
 */
function setLanguage(language: Language): void {
  chosen = language
  rememberLanguage(language)
  const apply = () => {
    if (chosen === language) applyLanguage(language)
  }
  void i18n.loadLanguage(language).then(apply, apply)
}

/**
 * dayjs and the console's messages (and antd, through AntdProvider) follow one language choice;
 * zh-CN unless the person chose otherwise. No antd here: the sign-in page loads without it.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  // The stored choice applies before anything below renders; its messages, unless the entry
  // point waited for them, arrive just after.
  useState(() => {
    const language = storedLanguage()
    applyLanguage(language)
    void i18n.loadLanguage(language).catch(() => {})
  })
  const language = useLanguage()
  const value = useMemo(() => ({ language, setLanguage }), [language])
  return <LocaleContext value={value}>{children}</LocaleContext>
}

export function useLocale(): LocaleValue {
  const value = use(LocaleContext)
  if (!value) throw new Error('useLocale outside LocaleProvider')
  return value
}
