import { afterAll, afterEach, beforeAll } from 'vitest'
import { resetMockBackend, server } from '../../mocks/node'

// Only the projects whose tests talk to the mock backend load this file: importing the handlers
// and starting msw/node is most of a small test file's time, and pure logic needs neither.

// One seeded backend per test file (seeding takes a moment); a test that needs pristine data
// calls resetMockBackend() itself.
beforeAll(() => {
  resetMockBackend()
  server.listen({ onUnhandledRequest: 'error' })
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
