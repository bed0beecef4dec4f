import { shanghaiDate, weekdayOf, type WorkingDayCalendar } from './working-days'

// The arithmetic behind the home screens and the monthly report, computed by the backend (as a
// real one would in SQL) and kept here so that it is tested once against small data sets.

/**
 * The p-th percentile by linear interpolation between the closest ranks (Excel PERCENTILE.INC,
 * R type 7, PostgreSQL percentile_cont): the convention a regulator's analyst reproduces in a
 * spreadsheet. `sorted` must be ascending; null when there is no value.
 */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  return percentileOfRanks(sorted.length, (i) => sorted[i] ?? 0, p)
}

/** The same, of `n` ascending values of which `at(i)` reads the i-th. */
function percentileOfRanks(n: number, at: (i: number) => number, p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be within 0–100, got ${p}`)
  if (n === 0) return null
  const rank = (p / 100) * (n - 1)
  const low = Math.floor(rank)
  const a = at(low)
  const b = at(Math.ceil(rank))
  return a + (b - a) * (rank - low)
}

export function percentile(values: readonly number[], p: number): number | null {
  return percentileOfSorted(
    [...values].sort((x, y) => x - y),
    p,
  )
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50)
}

export interface Distribution {
  count: number
  median: number | null
  p90: number | null
}

/**
 * How many times each value occurs. A backend that keeps such counts as records are written can
 * answer a distribution over many records without reading them (the lead's handling times).
 */
export type Tally = ReadonlyMap<number, number>

export function tallyOf(values: Iterable<number>): Map<number, number> {
  const tally = new Map<number, number>()
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1)
  return tally
}

/** Count, median and 90th percentile. */
export function distribution(values: readonly number[]): Distribution {
  return distributionOfTally(tallyOf(values))
}

/** Count, median and 90th percentile of the values a tally counts, as of the values themselves. */
export function distributionOfTally(tally: Tally): Distribution {
  const values = [...tally.keys()].sort((x, y) => x - y)
  // ends[k]: how many values are at most values[k], so the i-th in order is the first k with i < ends[k].
  const ends: number[] = []
  let count = 0
  for (const v of values) ends.push((count += tally.get(v) ?? 0))
  const at = (i: number) => values[ends.findIndex((end) => i < end)] ?? 0
  return { count, median: percentileOfRanks(count, at, 50), p90: percentileOfRanks(count, at, 90) }
}

/** Share of `hits` in `total`; null (not 0) when nothing was counted, so "no data" never reads as 0 %. */
export function rate(hits: number, total: number): number | null {
  return total > 0 ? hits / total : null
}

/** A request answered (completed or refused) counts as on time when it closed by its deadline. */
export function closedOnTime(closedAtMs: number, deadlineAtMs: number): boolean {
  return closedAtMs <= deadlineAtMs
}

export interface HandlingSpan {
  /** When the clock started: identity verified, or received for a cancellation. */
  startAt: string
  closedAt: string
  /** Working days the clock stood still waiting for the requester. */
  pausedDays: number
}

/**
 * Working days a request was in handling: working days in (start day, close day] on the
 * official calendar, less the days paused; 0 when it closed on the day it started.
 */
export function handlingWorkingDays(span: HandlingSpan, calendar: WorkingDayCalendar): number {
  const { count } = calendar.countWorkingDays(
    shanghaiDate(span.startAt),
    shanghaiDate(span.closedAt),
  )
  return Math.max(0, count - Math.max(0, span.pausedDays))
}

/** Counts per bucket 0, 1, … max-1 and a last bucket for max and more. */
export function histogram(values: Iterable<number>, max: number): number[] {
  return histogramOfTally(tallyOf(values), max)
}

/** The same, of the values a tally counts. */
export function histogramOfTally(tally: Tally, max: number): number[] {
  const buckets = new Array<number>(max + 1).fill(0)
  for (const [v, n] of tally) {
    const i = Math.min(max, Math.max(0, Math.floor(v)))
    buckets[i] = (buckets[i] ?? 0) + n
  }
  return buckets
}

/**
 * Flags counts above `factor` times the median of the counts: peers set the norm, so a person
 * revealing far more than the others stands out whatever the week's volume. With fewer than two
 * counts there is no peer to compare with and nothing is flagged.
 */
export function unusualThreshold(counts: readonly number[], factor = 2): number | null {
  if (counts.length < 2) return null
  const m = median(counts)
  return m === null ? null : factor * m
}

export function isUnusual(count: number, threshold: number | null): boolean {
  return threshold !== null && count > threshold
}

// Calendar-day arithmetic on YYYY-MM-DD strings; UTC keeps the host's zone out of it.
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10)
}

/** The Monday of the week of `date` (weeks run Monday to Sunday in China). */
export function weekStart(date: string): string {
  return addCalendarDays(date, -((weekdayOf(date) + 6) % 7))
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/

/** First and last day of a month written YYYY-MM. */
export function monthBounds(month: string): { first: string; last: string } {
  const match = MONTH_RE.exec(month)
  if (!match) throw new RangeError(`Not a month (YYYY-MM): ${month}`)
  const first = `${month}-01`
  const nextMonth =
    Number(match[2]) === 12
      ? `${Number(match[1]) + 1}-01-01`
      : `${match[1]}-${String(Number(match[2]) + 1).padStart(2, '0')}-01`
  return { first, last: addCalendarDays(nextMonth, -1) }
}

/** The date itself when it is a working day, else the next working day. */
export function onOrNextWorkingDay(calendar: WorkingDayCalendar, date: string): string {
  return calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1).date
}

/** The last `n` working days up to and including `today` (or the last working day before it), oldest first. */
export function recentWorkingDays(
  calendar: WorkingDayCalendar,
  today: string,
  n: number,
): string[] {
  const days: string[] = []
  // A step per calendar day: addWorkingDays only counts forwards, and n stays small (a chart's axis).
  for (let d = today; days.length < n; d = addCalendarDays(d, -1)) {
    if (calendar.isWorkingDay(d)) days.push(d)
  }
  return days.reverse()
}
