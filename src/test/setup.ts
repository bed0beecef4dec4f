// Every project's first setup file: every module below, the seeded backend included, runs on the
// suite's fixed clock.
import { shiftedDate } from './test-clock-install'
import { afterEach, beforeAll, vi } from 'vitest'
import { i18n } from '../shared/i18n/i18n'

afterEach(() => {
  // vi.setSystemTime without fake timers, once undone, leaves the machine's own Date behind.
  if (!vi.isFakeTimers()) globalThis.Date = shiftedDate
})

// The console loads English only when someone asks for it; the tests read both languages side by
// side, so the English of every namespace a test file registered is in before its tests run (and
// a namespace registering later loads its own at once). i18n.test.tsx tests the loading itself.
beforeAll(() => i18n.loadLanguage('en-US'))

// A worker's test files share their modules (vite.config.ts): each file starts in Chinese, as the
// console does for someone who has never chosen, whatever the file before it chose.
beforeAll(() => i18n.changeLanguage('zh-CN'))
