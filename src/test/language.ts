import { cleanup } from '@testing-library/react'
import { i18n } from '../shared/i18n/i18n'

/**
 * After a test that switches to English: unmount first (the language is global, and nothing
 * should re-render after its test), then forget the stored choice and go back to Chinese.
 */
export function resetLanguage(): void {
  cleanup()
  localStorage.removeItem('console.language')
  void i18n.changeLanguage('zh-CN')
}
