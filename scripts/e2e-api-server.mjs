// The end-to-end specs of e2e/api-server: the console built to call `npm run serve:api` on
// another origin, as a shared demo or training room runs it. Both get free ports and the server a
// fresh data folder, so the run neither meets nor leaves anything behind.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.mjs'

const work = mkdtempSync(join(tmpdir(), 'console-api-e2e-'))
const apiPort = await freePort()
const env = {
  ...process.env,
  VITE_API_BASE_URL: `http://127.0.0.1:${apiPort}`,
  API_E2E_PORT: String(apiPort),
  API_E2E_DATA: join(work, 'data'),
  E2E_PORT: String(await freePort()),
  E2E_DIST: join(work, 'dist'),
}

function run(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1
}

let status = run('npx', [
  'vite',
  'build',
  '--outDir',
  env.E2E_DIST,
  '--emptyOutDir',
  '--logLevel',
  'warn',
])
if (status === 0)
  status = run('npx', [
    'playwright',
    'test',
    '-c',
    'playwright.api-server.config.ts',
    ...process.argv.slice(2),
  ])
rmSync(work, { recursive: true, force: true })
process.exit(status)
