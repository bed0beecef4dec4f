import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { commonMessages } from './common-messages'

export const LANGUAGES = ['zh-CN', 'en-US'] as const
export type Language = (typeof LANGUAGES)[number]
// A UI preference, not personal data, so it may live in localStorage.
const LANGUAGE_KEY = 'console.language'

export function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY)
  return stored === 'en-US' ? 'en-US' : 'zh-CN'
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language)
}

export type Messages = Record<Language, Record<string, unknown>>

void i18next.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  defaultNS: 'common',
  ns: ['common'],
  resources: {
    'zh-CN': { common: commonMessages['zh-CN'] },
    'en-US': { common: commonMessages['en-US'] },
  },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
})

/** Each feature registers its own namespace when its module loads. */
export function registerMessages(namespace: string, messages: Messages): void {
  for (const language of LANGUAGES) {
    i18next.addResourceBundle(language, namespace, messages[language], true, true)
  }
}

export { i18next }
export { useTranslation } from 'react-i18next'
export type { TFunction } from 'i18next'
