import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  playwrightCounts,
  playwrightFailures,
  vitestCounts,
  vitestFailures,
} from './test-reports.mjs'

const folder = mkdtempSync(join(tmpdir(), 'test-reports-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function report(name: string, body: unknown): string {
  const path = join(folder, name)
  writeFileSync(path, JSON.stringify(body))
  return path
}

// Shaped as Playwright's JSON reporter writes it: suites by file, specs inside, a test per
// project with one result per attempt.
const playwright = report('playwright.json', {
  stats: { expected: 2, unexpected: 1, flaky: 1, skipped: 0 },
  suites: [
    {
      title: 'queue.spec.ts',
      specs: [
        {
          title: 'an agent claims a request',
          file: 'queue.spec.ts',
          line: 12,
          tests: [{ status: 'expected', results: [{ status: 'passed' }] }],
        },
      ],
      suites: [
        {
          title: 'bulk approval',
          specs: [
            {
              title: 'a lead approves three at once',
              file: 'queue.spec.ts',
              line: 40,
              tests: [
                {
                  status: 'unexpected',
                  results: [
                    {
                      status: 'timedOut',
                      error: {
                        message: '\u001b[31mTest timeout of 120000ms exceeded.\u001b[39m\nat …',
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      title: 'ledger.spec.ts',
      specs: [
        {
          title: 'the CSV export opens in Excel',
          file: 'ledger.spec.ts',
          line: 7,
          tests: [
            {
              status: 'flaky',
              results: [
                { status: 'failed', error: { message: 'expect(locator).toBeVisible() failed' } },
                { status: 'passed' },
              ],
            },
          ],
        },
        {
          title: 'an agent cannot open the ledger',
          file: 'ledger.spec.ts',
          line: 30,
          tests: [{ status: 'expected', results: [{ status: 'passed' }] }],
        },
      ],
    },
  ],
})

// Shaped as Vitest's JSON reporter writes it (Jest's format).
const vitest = report('vitest.json', {
  numPassedTests: 2,
  numFailedTests: 1,
  testResults: [
    {
      name: join(process.cwd(), 'src/shared/lib/deadline.test.ts'),
      assertionResults: [
        { status: 'passed', fullName: 'deadlines skip the National Day week' },
        {
          status: 'failed',
          fullName: 'deadlines count an in-lieu Saturday',
          failureMessages: [
            'AssertionError: expected 2026-10-12 to be 2026-10-13\n    at deadline.test.ts:30',
          ],
        },
      ],
    },
    {
      name: join(process.cwd(), 'mocks/db/table.test.ts'),
      assertionResults: [{ status: 'passed', fullName: 'an index keeps its order' }],
    },
  ],
})

describe('the test summary', () => {
  it('counts a test that passed only on retry as failed', () => {
    expect(playwrightCounts(playwright)).toEqual({ passed: 2, failed: 2 })
    expect(vitestCounts(vitest)).toEqual({ passed: 2, failed: 1 })
  })

  it('names each failed and retried end-to-end test, nested or not, with its first error line', () => {
    expect(playwrightFailures(playwright)).toEqual([
      {
        where: 'queue.spec.ts:40 › a lead approves three at once',
        why: 'Test timeout of 120000ms exceeded.',
      },
      {
        where: 'ledger.spec.ts:7 › the CSV export opens in Excel (passed only on retry)',
        why: 'expect(locator).toBeVisible() failed',
      },
    ])
  })

  it('names each failed unit test by its file and full name', () => {
    expect(vitestFailures(vitest)).toEqual([
      {
        where: 'src/shared/lib/deadline.test.ts › deadlines count an in-lieu Saturday',
        why: 'AssertionError: expected 2026-10-12 to be 2026-10-13',
      },
    ])
  })

  it('reads a stage that never wrote its report as nothing run', () => {
    const missing = join(folder, 'not-written.json')
    expect(playwrightCounts(missing)).toEqual({ passed: 0, failed: 0 })
    expect(playwrightFailures(missing)).toEqual([])
    expect(vitestFailures(missing)).toEqual([])
  })
})
