// `npm test`: every check, in order, with a summary line and a non-zero exit on any failure.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  playwrightCounts,
  playwrightFailures,
  vitestCounts,
  vitestFailures,
} from './test-reports.mjs'

const reports = mkdtempSync(join(tmpdir(), 'console-tests-'))
const vitestReport = join(reports, 'vitest.json')
const playwrightReport = join(reports, 'playwright.json')
const contractReport = join(reports, 'contract.json')
const apiServerReport = join(reports, 'playwright-api-server.json')

// The static checks each use one core: they run side by side, and each one's output is printed
// whole when it ends.
const staticChecks = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-b'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '--max-warnings=0', '.'] },
  { name: 'import cycles', cmd: 'node', args: ['scripts/import-cycles.mjs'] },
  { name: 'formatting', cmd: 'npx', args: ['prettier', '--check', '--log-level=warn', '.'] },
]

const steps = [
  {
    name: 'unit and component tests',
    cmd: 'npx',
    args: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestReport}`,
    ],
  },
  {
    name: 'API contract tests against npm run serve:api',
    cmd: 'node',
    args: ['scripts/test-contract.mjs'],
    env: { CONTRACT_JSON_REPORT: contractReport },
  },
  // An earlier build must never stand in for this one: the folder is emptied first, and the steps
  // that read it do not run when the build fails.
  {
    name: 'production build',
    cmd: 'npx',
    args: ['vite', 'build'],
    before: () => rmSync('dist', { recursive: true, force: true }),
  },
  {
    name: 'bundle size budget',
    cmd: 'node',
    args: ['scripts/size-budget.mjs'],
    needs: 'production build',
  },
  {
    name: 'end-to-end tests',
    needs: 'production build',
    cmd: 'npx',
    args: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
  },
  {
    name: 'end-to-end tests against npm run serve:api',
    cmd: 'node',
    args: ['scripts/e2e-api-server.mjs', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: apiServerReport },
  },
]

/** Runs a step with its output buffered, for a step that runs beside others. */
function runBuffered(step) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { env: { ...process.env, ...step.env } })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)))
    child.on('close', (status) => {
      console.log(`\n=== ${step.name} ===`)
      process.stdout.write(Buffer.concat(output))
      resolve(record(step, status, started))
    })
  })
}

function record(step, status, started) {
  const ok = status === 0
  if (!ok) console.log(`--- ${step.name} failed (exit ${status})`)
  return { name: step.name, ok, seconds: Math.round((Date.now() - started) / 1000) }
}

const runStarted = Date.now()
const results = await Promise.all(staticChecks.map(runBuffered))
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`)
  const needed = step.needs && results.find((r) => r.name === step.needs)
  if (needed && !needed.ok) {
    console.log(`--- ${step.name} not run: ${step.needs} failed`)
    results.push({ name: step.name, ok: false, seconds: 0, skipped: true })
    continue
  }
  step.before?.()
  const started = Date.now()
  const run = spawnSync(step.cmd, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  })
  results.push(record(step, run.status, started))
}

const sum = (a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed })
const unit = sum(vitestCounts(vitestReport), vitestCounts(contractReport))
const e2e = sum(playwrightCounts(playwrightReport), playwrightCounts(apiServerReport))
console.log('\n=== summary ===')
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.skipped ? 'not run' : `${r.seconds}s`})`)
// Wall time: the static checks overlap.
const totalSeconds = Math.round((Date.now() - runStarted) / 1000)
console.log(`total: ${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s`)
console.log(
  `vitest: ${unit.passed} passed, ${unit.failed} failed; playwright: ${e2e.passed} passed, ${e2e.failed} failed`,
)
const failures = [
  ...vitestFailures(vitestReport),
  ...vitestFailures(contractReport),
  ...playwrightFailures(playwrightReport),
  ...playwrightFailures(apiServerReport),
]
for (const f of failures) console.log(`failed: ${f.where}\n        ${f.why}`)
const failedSteps = results.filter((r) => !r.ok).length
const passed = unit.passed + e2e.passed
const failed =
  unit.failed + e2e.failed + (failedSteps > 0 && unit.failed + e2e.failed === 0 ? failedSteps : 0)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failedSteps > 0 ? 1 : 0)
