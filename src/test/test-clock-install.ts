// Imported first by the Vitest setup, before any module that might read the date at load time:
// the seed, the handlers and the components all see the suite's fixed "now".
import { installShiftedDate, TEST_NOW_MS } from './test-now'

export const shiftedDate = installShiftedDate(TEST_NOW_MS)

/** The suite's clock now: TEST_NOW plus the time the run has taken so far, whatever the machine's date. */
export const suiteNow = (): number => shiftedDate.now()
