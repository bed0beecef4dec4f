import { defineConfig } from 'vitest/config'

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
