// `npm test`: every check, in order, with a summary line and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process'
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

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-b'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '--max-warnings=0', '.'] },
  { name: 'import cycles', cmd: 'node', args: ['scripts/import-cycles.mjs'] },
  { name: 'formatting', cmd: 'npx', args: ['prettier', '--check', '--log-level=warn', '.'] },
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

const results = []
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
  const ok = run.status === 0
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - started) / 1000) })
  if (!ok) console.log(`--- ${step.name} failed (exit ${run.status})`)
}

const sum = (a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed })
const unit = sum(vitestCounts(vitestReport), vitestCounts(contractReport))
const e2e = sum(playwrightCounts(playwrightReport), playwrightCounts(apiServerReport))
console.log('\n=== summary ===')
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.skipped ? 'not run' : `${r.seconds}s`})`)
const totalSeconds = results.reduce((total, r) => total + r.seconds, 0)
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
