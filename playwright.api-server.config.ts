import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// e2e/api-server: the console served from one origin and `npm run serve:api` from another, as a
// shared demo runs them. Run through scripts/e2e-api-server.mjs, which builds the console with
// VITE_API_BASE_URL pointing at the server and picks the ports and the data folder.
const apiPort = Number(process.env.API_E2E_PORT ?? 8787)
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_DIST ?? 'dist'
const data = process.env.API_E2E_DATA ?? '.api-data-e2e'

export default defineConfig({
  ...base,
  testDir: './e2e/api-server',
  testIgnore: [],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: [
    {
      // On the suite's fixed clock, where the browser contexts' clocks start too.
      command: `npx tsx mocks/server/serve-api.ts --host 127.0.0.1 --port ${apiPort} --data ${data}`,
      env: { API_NOW: 'test' },
      // Up once it answers: 401, since nobody is signed in.
      url: `http://127.0.0.1:${apiPort}/api/session`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${outDir}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
