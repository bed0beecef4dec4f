// `npm test`: every check, in order, with a summary line and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const reports = mkdtempSync(join(tmpdir(), 'console-tests-'))
const vitestReport = join(reports, 'vitest.json')
const playwrightReport = join(reports, 'playwright.json')

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
  },
  { name: 'production build', cmd: 'npx', args: ['vite', 'build'] },
  { name: 'bundle size budget', cmd: 'node', args: ['scripts/size-budget.mjs'] },
  {
    name: 'end-to-end tests',
    cmd: 'npx',
    args: ['playwright', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
  },
  {
    name: 'end-to-end tests against npm run serve:api',
    cmd: 'node',
    args: ['scripts/e2e-api-server.mjs', '--reporter=list'],
  },
]

const results = []
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`)
  const started = Date.now()
  const run = spawnSync(step.cmd, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  })
  const ok = run.status === 0
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - started) / 1000) })
  if (!ok) console.log(`--- ${step.name} failed (exit ${run.status})`)
}

function vitestCounts() {
  if (!existsSync(vitestReport)) return { passed: 0, failed: 0 }
  const r = JSON.parse(readFileSync(vitestReport, 'utf8'))
  return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 }
}

function playwrightCounts() {
  if (!existsSync(playwrightReport)) return { passed: 0, failed: 0 }
  const s = JSON.parse(readFileSync(playwrightReport, 'utf8')).stats ?? {}
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 }
}

const unit = vitestCounts()
const e2e = playwrightCounts()
console.log('\n=== summary ===')
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`)
console.log(
  `vitest: ${unit.passed} passed, ${unit.failed} failed; playwright: ${e2e.passed} passed, ${e2e.failed} failed`,
)
const failedSteps = results.filter((r) => !r.ok).length
const passed = unit.passed + e2e.passed
const failed =
  unit.failed + e2e.failed + (failedSteps > 0 && unit.failed + e2e.failed === 0 ? failedSteps : 0)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failedSteps > 0 ? 1 : 0)
