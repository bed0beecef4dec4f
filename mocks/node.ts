import { setupServer } from 'msw/node'
import { configureBackend } from './backend-instance'
import { seedImages } from './db/backend'
import { handlers } from './handlers'
import { forgetAllTokens } from './test-client'

export const server = setupServer(...handlers)

// Seeding takes seconds on a busy machine and the tests start a backend per file, some per test:
// they load the first seed again for as long as a test file may take to run.
const seeds = seedImages(10 * 60_000)

/**
 * A fresh, seeded in-memory backend for each test that asks for one. The test client's sessions
 * were signed in on the backend before it, which knows none of them.
 */
export function resetMockBackend(scale: number | null = null): void {
  configureBackend({ scale, persist: false, seeds })
  forgetAllTokens()
}
