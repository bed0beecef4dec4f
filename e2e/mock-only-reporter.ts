import type { Reporter } from '@playwright/test/reporter'

// Against a console that is not the mock (E2E_BASE_URL), the tests that need the mock's powers
// (fault injection, its outboxes, a moved clock) are left out by grepInvert, which leaves no trace
// in the results: this says how many, first and last, so a short run is never mistaken for a
// full one.
export default class MockOnlyReporter implements Reporter {
  private readonly message: string

  constructor({ skipped, target }: { skipped: number; target: string }) {
    this.message = `${skipped} test(s) of the suite are tagged @mock and left out: ${target} is not the mock backend (E2E_MOCK=1 runs them anyway)`
  }

  onBegin() {
    console.log(this.message)
  }

  onEnd() {
    console.log(this.message)
  }

  printsToStdio() {
    return false
  }
}
