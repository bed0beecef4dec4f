import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Only the label measurement: `npx vitest run --config bench/status-label/vitest.config.ts`.
export default defineConfig({
  plugins: [react()],
  test: {
    root: import.meta.dirname,
    environment: 'jsdom',
    include: ['render.measure.tsx'],
    testTimeout: 600_000,
    pool: 'threads',
  },
})
