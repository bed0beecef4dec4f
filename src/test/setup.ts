// First: every module below, the seeded backend included, runs on the suite's fixed clock.
import { shiftedDate } from './test-clock-install'
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetMockBackend, server } from '../../mocks/node'

// findBy… and waitFor wait for a state, not for a time: on a busy 2-core machine the mock backend
// and antd's first render can take seconds, and the limit only matters when a test is failing.
configure({ asyncUtilTimeout: 30_000 })

// jsdom lacks these; antd's responsive helpers and tables call them.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList
}
if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
}

// One seeded backend per test file (seeding takes a moment); a test that needs pristine data
// calls resetMockBackend() itself.
beforeAll(() => {
  resetMockBackend()
  server.listen({ onUnhandledRequest: 'error' })
})
beforeEach(() => {
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
})
afterEach(() => {
  cleanup()
  server.resetHandlers()
  // vi.setSystemTime without fake timers, once undone, leaves the machine's own Date behind.
  if (!vi.isFakeTimers()) globalThis.Date = shiftedDate
})
afterAll(() => server.close())
