// What the test runners' JSON reports say: how many tests passed and failed, and which failed.
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'

export function vitestCounts(report) {
  if (!existsSync(report)) return { passed: 0, failed: 0 }
  const r = JSON.parse(readFileSync(report, 'utf8'))
  return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 }
}

export function playwrightCounts(report) {
  if (!existsSync(report)) return { passed: 0, failed: 0 }
  const s = JSON.parse(readFileSync(report, 'utf8')).stats ?? {}
  // Flaky (passed only on retry) counts as failed, as the Playwright config says.
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) }
}

// The tests that failed, by file and title, with the first line of their error: the summary is the
// part of a long run's output that is read, so it must name them itself.
export function vitestFailures(report) {
  if (!existsSync(report)) return []
  return JSON.parse(readFileSync(report, 'utf8')).testResults.flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((t) => t.status === 'failed')
      .map((t) => ({
        where: `${relative(process.cwd(), file.name)} › ${t.fullName}`,
        why: firstLine(t.failureMessages?.[0]),
      })),
  )
}

export function playwrightFailures(report) {
  if (!existsSync(report)) return []
  const walk = (suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.status === 'unexpected' || t.status === 'flaky')
        .map((t) => ({
          where: `${spec.file}:${spec.line} › ${spec.title}${t.status === 'flaky' ? ' (passed only on retry)' : ''}`,
          why: firstLine(t.results.find((r) => r.status !== 'passed')?.error?.message),
        })),
    ),
    ...(suite.suites ?? []).flatMap(walk),
  ]
  return JSON.parse(readFileSync(report, 'utf8')).suites.flatMap(walk)
}

function firstLine(message) {
  return (
    (message ?? '')
      // eslint-disable-next-line no-control-regex -- the terminal colours in a reporter's message
      .replace(/\u001b\[[0-9;]*m/g, '')
      .trim()
      .split('\n')[0]
      .slice(0, 300)
  )
}
