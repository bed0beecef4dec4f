/**
 * The one "now" every test runs at: Vitest's setup, the Playwright fixtures and the specs' own date
 * arithmetic all take it from here, so no test reads the machine's date. It lies inside a year
 * whose official calendar the seed carries; a test about a year that is not loaded moves the clock
 * there itself. `TEST_NOW` in the environment overrides it (an ISO timestamp with an offset).
 */
const DEFAULT_TEST_NOW = '2026-11-20T10:00:00+08:00'

function parseTestNow(raw: string | undefined): { iso: string; ms: number } {
  const iso = raw?.trim() || DEFAULT_TEST_NOW
  const ms = Date.parse(iso)
  // A typo here would silently put every test back on the machine's clock.
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso) ||
    Number.isNaN(ms)
  )
    throw new Error(
      `TEST_NOW must be an ISO timestamp with an offset, such as ${DEFAULT_TEST_NOW}; got "${iso}"`,
    )
  return { iso, ms }
}

// Read through globalThis: this module is loaded by Node (Playwright) and by Vitest's workers alike.
const environment = (globalThis as { process?: { env: Record<string, string | undefined> } })
  .process?.env
const parsed = parseTestNow(environment?.TEST_NOW)

export const TEST_NOW: string = parsed.iso
export const TEST_NOW_MS: number = parsed.ms

/**
 * Makes `Date` start at `startMs` and run on from there at the machine's pace, so that code which
 * measures elapsed time still sees it pass. Returns the installed constructor.
 */
export function installShiftedDate(
  startMs: number,
  target: typeof globalThis = globalThis,
): DateConstructor {
  const { Date, moveTo } = installMovableDate(target)
  moveTo(startMs)
  return Date
}

/**
 * Like `installShiftedDate`, for a clock that is moved again and again: `moveTo(ms)` makes "now"
 * `ms` and lets it run on from there. The mock's service worker follows the clock of the pages it
 * serves this way, since a test's fake clock reaches pages only.
 */
export function installMovableDate(target: typeof globalThis = globalThis): {
  Date: DateConstructor
  moveTo(ms: number): void
} {
  const RealDate = target.Date
  let offset = 0
  const now = () => RealDate.now() + offset
  function ShiftedDate(this: unknown, ...args: unknown[]) {
    // Called without `new`, Date returns the current time as a string.
    if (!new.target) return new RealDate(now()).toString()
    return args.length === 0
      ? new RealDate(now())
      : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args)
  }
  ShiftedDate.prototype = RealDate.prototype
  ShiftedDate.now = now
  ShiftedDate.parse = RealDate.parse
  ShiftedDate.UTC = RealDate.UTC
  const shifted = ShiftedDate as unknown as DateConstructor
  target.Date = shifted
  return {
    Date: shifted,
    moveTo: (ms) => {
      offset = ms - RealDate.now()
    },
  }
}
