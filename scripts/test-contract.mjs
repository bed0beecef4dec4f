// `npm run test:contract -- --base-url=<origin>`: the API contract suite (contract/) over HTTP
// against any backend. Without a base URL it starts `npm run serve:api` on a free port with a
// fresh data folder, runs the suite against it and stops it.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.mjs'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  options: { 'base-url': { type: 'string' } },
  allowPositionals: true,
  strict: false,
})

/** Starts the mock API server and resolves once it listens. */
async function startServer(data) {
  const port = await freePort()
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/server/serve-api.ts', '--port', String(port), '--data', data],
    // On the suite's fixed clock, like every other test, never the machine's date.
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, API_NOW: 'test' } },
  )
  await new Promise((resolve, reject) => {
    let out = ''
    server.stdout.on('data', (chunk) => {
      out += chunk
      if (out.includes('API listening')) resolve()
    })
    server.once('exit', (code) => reject(new Error(`serve:api exited (${code}) before listening`)))
  })
  return { server, origin: `http://127.0.0.1:${port}` }
}

let baseUrl =
  typeof values['base-url'] === 'string' ? values['base-url'] : process.env.CONTRACT_BASE_URL
let started = null
let data = null
if (!baseUrl) {
  data = mkdtempSync(join(tmpdir(), 'console-contract-'))
  started = await startServer(data)
  baseUrl = started.origin
}
console.log(`API contract tests against ${baseUrl}`)
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'vitest.contract.config.ts',
    // npm test reads the counts from a JSON report.
    ...(process.env.CONTRACT_JSON_REPORT
      ? [
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${process.env.CONTRACT_JSON_REPORT}`,
        ]
      : []),
    ...positionals,
  ],
  { stdio: 'inherit', env: { ...process.env, CONTRACT_BASE_URL: baseUrl } },
)
if (started) {
  const stopped = new Promise((resolve) => started.server.once('exit', resolve))
  started.server.kill('SIGTERM')
  await stopped
  rmSync(data, { recursive: true, force: true })
}
process.exit(run.status ?? 1)
