import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'

// The jsdom projects' setup: what rendering with React and antd needs.

// findBy… and waitFor wait for a state, not for a time: on a busy 2-core machine the mock backend
// and antd's first render can take seconds, and the limit only matters when a test is failing.
configure({ asyncUtilTimeout: 30_000 })

// jsdom lacks these; antd's responsive helpers and tables call them.
if (!window.matchMedia) {
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
if (typeof window.ResizeObserver === 'undefined') {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver
}

beforeEach(() => sessionStorage.clear())
afterEach(() => cleanup())
