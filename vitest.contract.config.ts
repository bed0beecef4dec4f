import { defineConfig } from 'vitest/config'

// Without an origin the tests' client would call http://localhost, where the mock answers only
// inside its own tests: say how to name the backend instead of failing every test on a refused
// connection.
if (!process.env.CONTRACT_BASE_URL)
  throw new Error('CONTRACT_BASE_URL is not set: npm run test:contract -- --base-url=<origin>')

// The API contract suite (contract/): plain HTTP against a running backend, with none of the
// unit suite's setup (no MSW, no fake clock). Run it with `npm run test:contract`.
export default defineConfig({
  test: {
    include: ['contract/**/*.test.ts'],
    environment: 'node',
    // A busy backend may take seconds to answer; the limit only matters for a stuck test.
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
})
