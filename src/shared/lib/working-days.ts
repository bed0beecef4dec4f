export interface CalendarYear {
  year: number
  holidays: Record<string, string>
  workdays: Record<string, string>
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'inlieu_workday'

export interface SlaSettings {
  cancellationTargetDays: number
  cancellationDeadlineDays: number
  otherDeadlineDays: number
}

/**
 * Policy 6(5): an account is cancelled within 10 working days of the request. However the
 * settings and extensions are set, a cancellation's deadline never passes that day (CONTRACT
 * 2026-12 amendment); only a pause while the requester is asked for documents moves it further.
 */
export const CANCELLATION_PROMISE_DAYS = 10

export const DEFAULT_SLA_SETTINGS: SlaSettings = {
  cancellationTargetDays: 3,
  cancellationDeadlineDays: 10,
  otherDeadlineDays: 15,
}

export interface SlaInput {
  type: string
  receivedAt: string
  identityVerifiedAt: string | null
  pausedDays: number
  extensionDays: number
}

export interface SlaResult {
  clockStartsAt: string | null
  targetAt: string | null
  deadlineAt: string | null
  calendarProvisional: boolean
}

const SHANGHAI_OFFSET_MINUTES = 8 * 60
const MIN_YEAR = 1000
const MAX_YEAR = 9999

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|([+-])([01]\d|2[0-3]):([0-5]\d))$/

const KIND_WORKDAY = 0
const KIND_WEEKEND = 1
const KIND_HOLIDAY = 2
const KIND_INLIEU = 3
const KIND_NAMES: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'inlieu_workday']

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * The year, month and day of a match whose first three groups are a date's digits (YYYY, MM, DD),
 * or null where nothing matched or no such day exists (30 February, a 13th month).
 */
export function calendarDateParts(
  match: RegExpExecArray | null,
): [year: number, month: number, day: number] | null {
  if (!match) return null
  const y = Number(match[1])
  const m = Number(match[2])
  const d = Number(match[3])
  return m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) ? null : [y, m, d]
}

// Days since 1970-01-01 (proleptic Gregorian), Howard Hinnant's days_from_civil: no Date allocation.
function ordinalFromParts(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

function partsFromOrdinal(ord: number): [number, number, number] {
  const z = ord + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
}

function yearOfOrdinal(ord: number): number {
  return partsFromOrdinal(ord)[0]
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function dateFromOrdinal(ord: number): string {
  const [y, m, d] = partsFromOrdinal(ord)
  return `${y}-${pad2(m)}-${pad2(d)}`
}

function tryOrdinal(date: string): number | null {
  const parts = calendarDateParts(DATE_RE.exec(date))
  return parts && ordinalFromParts(...parts)
}

function toOrdinal(date: string): number {
  const ord = tryOrdinal(date)
  if (ord === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`)
  return ord
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(date: string): boolean {
  return tryOrdinal(date) !== null
}

// 1970-01-01 was a Thursday; 0 = Sunday … 6 = Saturday.
function weekdayOfOrdinal(ord: number): number {
  return (((ord + 4) % 7) + 7) % 7
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return weekdayOfOrdinal(toOrdinal(date))
}

// Monday-to-Friday days in [anchor, ord) relative to the Monday 1970-01-05 (ordinal 4); only
// differences are meaningful, which is what makes closed-form counting outside loaded years possible.
function weekdaysBefore(ord: number): number {
  const d = ord - 4
  const weeks = Math.floor(d / 7)
  return weeks * 5 + Math.min(d - weeks * 7, 5)
}

// The weekday whose weekdaysBefore() is q, i.e. the inverse of weekdaysBefore on Mon–Fri.
function weekdayWithIndex(q: number): number {
  const weeks = Math.floor(q / 5)
  return 4 + weeks * 7 + (q - weeks * 5)
}

export class WorkingDayCalendar {
  readonly #years: ReadonlyMap<number, CalendarYear>
  // Dense index over [#start, #end] = 1 Jan of the first loaded year to 31 Dec of the last.
  readonly #start: number
  readonly #end: number
  readonly #kinds: Uint8Array
  // #prefix[i] = working days in [#start, #start + i]
  readonly #prefix: Int32Array
  // #workOrdinals[k] = ordinal of the (k + 1)th working day on or after #start
  readonly #workOrdinals: Int32Array
  readonly #total: number

  constructor(years: readonly CalendarYear[]) {
    const byYear = new Map<number, CalendarYear>()
    for (const y of years) {
      if (!Number.isInteger(y.year) || y.year < MIN_YEAR || y.year > MAX_YEAR) {
        throw new RangeError(`Calendar year out of range: ${y.year}`)
      }
      byYear.set(y.year, y)
    }
    this.#years = byYear

    const loaded = [...byYear.keys()].sort((a, b) => a - b)
    const first = loaded[0]
    const last = loaded[loaded.length - 1]
    if (first === undefined || last === undefined) {
      this.#start = 0
      this.#end = -1
      this.#kinds = new Uint8Array(0)
      this.#prefix = new Int32Array(0)
      this.#workOrdinals = new Int32Array(0)
      this.#total = 0
      return
    }

    const start = ordinalFromParts(first, 1, 1)
    const end = ordinalFromParts(last, 12, 31)
    const size = end - start + 1
    const kinds = new Uint8Array(size)
    for (let i = 0; i < size; i++) {
      const wd = weekdayOfOrdinal(start + i)
      kinds[i] = wd === 0 || wd === 6 ? KIND_WEEKEND : KIND_WORKDAY
    }
    for (const cy of byYear.values()) {
      // Holidays are applied last so that a date wrongly listed in both maps is treated as off.
      this.#mark(kinds, start, cy.year, cy.workdays, KIND_INLIEU)
      this.#mark(kinds, start, cy.year, cy.holidays, KIND_HOLIDAY)
    }

    const prefix = new Int32Array(size)
    const work: number[] = []
    let count = 0
    for (let i = 0; i < size; i++) {
      const k = kinds[i]
      if (k === KIND_WORKDAY || k === KIND_INLIEU) {
        count++
        work.push(start + i)
      }
      prefix[i] = count
    }

    this.#start = start
    this.#end = end
    this.#kinds = kinds
    this.#prefix = prefix
    this.#workOrdinals = Int32Array.from(work)
    this.#total = count
  }

  #mark(
    kinds: Uint8Array,
    start: number,
    year: number,
    dates: Record<string, string>,
    kind: number,
  ): void {
    for (const date of Object.keys(dates)) {
      const ord = tryOrdinal(date)
      // Entries outside their own year would silently change another year's calendar.
      if (ord === null || yearOfOrdinal(ord) !== year) continue
      kinds[ord - start] = kind
    }
  }

  isLoaded(year: number): boolean {
    return this.#years.has(year)
  }

  loadedYears(): number[] {
    return [...this.#years.keys()].sort((a, b) => a - b)
  }

  year(year: number): CalendarYear | undefined {
    return this.#years.get(year)
  }

  withYear(year: CalendarYear): WorkingDayCalendar {
    const others = [...this.#years.values()].filter((y) => y.year !== year.year)
    return new WorkingDayCalendar([...others, year])
  }

  #kindOf(ord: number): number {
    if (ord >= this.#start && ord <= this.#end)
      return this.#kinds[ord - this.#start] ?? KIND_WORKDAY
    const wd = weekdayOfOrdinal(ord)
    return wd === 0 || wd === 6 ? KIND_WEEKEND : KIND_WORKDAY
  }

  dayKind(date: string): DayKind {
    return KIND_NAMES[this.#kindOf(toOrdinal(date))] ?? 'workday'
  }

  isWorkingDay(date: string): boolean {
    const k = this.#kindOf(toOrdinal(date))
    return k === KIND_WORKDAY || k === KIND_INLIEU
  }

  // Cumulative working-day count, anchored so that cum(#start - 1) = 0; outside the dense index
  // it continues with Monday–Friday, so it is monotone over all dates.
  #cum(ord: number): number {
    if (ord < this.#start) return weekdaysBefore(ord + 1) - weekdaysBefore(this.#start)
    if (ord <= this.#end) return this.#prefix[ord - this.#start] ?? 0
    return this.#total + weekdaysBefore(ord + 1) - weekdaysBefore(this.#end + 1)
  }

  // The first date whose cumulative count reaches t (always a working day).
  #nth(t: number): number {
    if (t <= 0) return weekdayWithIndex(t + weekdaysBefore(this.#start) - 1)
    if (t <= this.#total) return this.#workOrdinals[t - 1] ?? 0
    return weekdayWithIndex(t - this.#total + weekdaysBefore(this.#end + 1) - 1)
  }

  #anyUnloaded(fromOrd: number, toOrd: number): boolean {
    if (fromOrd > toOrd) return false
    const last = yearOfOrdinal(toOrd)
    for (let y = yearOfOrdinal(fromOrd); y <= last; y++) {
      if (!this.#years.has(y)) return true
    }
    return false
  }

  /** The nth working day after fromDate (fromDate itself never counts); n >= 1. */
  addWorkingDays(fromDate: string, n: number): { date: string; provisional: boolean } {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${n}`)
    const from = toOrdinal(fromDate)
    const result = this.#nth(this.#cum(from) + n)
    return { date: dateFromOrdinal(result), provisional: this.#anyUnloaded(from + 1, result) }
  }

  /** Working days in (fromExclusive, toInclusive]; negative when toInclusive is earlier. */
  countWorkingDays(
    fromExclusive: string,
    toInclusive: string,
  ): { count: number; provisional: boolean } {
    const a = toOrdinal(fromExclusive)
    const b = toOrdinal(toInclusive)
    const count = this.#cum(b) - this.#cum(a)
    const provisional = a <= b ? this.#anyUnloaded(a + 1, b) : this.#anyUnloaded(b + 1, a)
    return { count, provisional }
  }
}

/**
 * An instant as people in China read it: Beijing time to the minute (`YYYY-MM-DD HH:mm`), or to
 * the second (`YYYY-MM-DD HH:mm:ss`) where a record needs it.
 */
export function beijingTime(iso: string, to: 'minute' | 'second' = 'minute'): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MINUTES * 60_000)
    .toISOString()
    .slice(0, to === 'second' ? 19 : 16)
    .replace('T', ' ')
}

/** The calendar date of an instant in Asia/Shanghai (UTC+8 all year); a bare date is returned as is. */
export function shanghaiDate(iso: string): string {
  if (DATE_RE.test(iso)) {
    toOrdinal(iso)
    return iso
  }
  // An explicit offset is required: without one Date.parse would silently use the host's zone.
  const m = INSTANT_RE.exec(iso)
  const parts = calendarDateParts(m)
  if (!m || !parts) throw new RangeError(`Not an ISO 8601 instant with offset: ${iso}`)
  // Offsets are whole minutes, so seconds can never move the date: plain minute arithmetic
  // (much faster than Date.parse on a hot path).
  const offset =
    m[6] === undefined ? 0 : (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]))
  const minutes = Number(m[4]) * 60 + Number(m[5]) - offset + SHANGHAI_OFFSET_MINUTES
  return dateFromOrdinal(ordinalFromParts(...parts) + Math.floor(minutes / 1440))
}

export function endOfWorkingDay(date: string): string {
  toOrdinal(date)
  return `${date}T23:59:59.999+08:00`
}

function nonNegativeInt(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
}

export function computeSla(
  input: SlaInput,
  calendar: WorkingDayCalendar,
  settings: SlaSettings,
): SlaResult {
  const paused = nonNegativeInt(input.pausedDays)
  const extra = paused + nonNegativeInt(input.extensionDays)
  if (input.type === 'cancellation') {
    const startDay = shanghaiDate(input.receivedAt)
    // An extension never carries a cancellation past its promise, even once the settings change.
    const room = Math.max(0, CANCELLATION_PROMISE_DAYS - settings.cancellationDeadlineDays)
    const extended = paused + Math.min(nonNegativeInt(input.extensionDays), room)
    const deadline = calendar.addWorkingDays(startDay, settings.cancellationDeadlineDays + extended)
    // A misconfigured target must never promise a day later than the deadline.
    const targetDays = Math.min(settings.cancellationTargetDays, settings.cancellationDeadlineDays)
    const target = calendar.addWorkingDays(startDay, targetDays + extended)
    return {
      clockStartsAt: input.receivedAt,
      targetAt: endOfWorkingDay(target.date),
      deadlineAt: endOfWorkingDay(deadline.date),
      calendarProvisional: target.provisional || deadline.provisional,
    }
  }
  if (input.identityVerifiedAt === null) {
    return { clockStartsAt: null, targetAt: null, deadlineAt: null, calendarProvisional: false }
  }
  const startDay = shanghaiDate(input.identityVerifiedAt)
  const deadline = calendar.addWorkingDays(startDay, settings.otherDeadlineDays + extra)
  const deadlineAt = endOfWorkingDay(deadline.date)
  return {
    clockStartsAt: input.identityVerifiedAt,
    targetAt: deadlineAt,
    deadlineAt,
    calendarProvisional: deadline.provisional,
  }
}

/** Working days lost to a pause: working days in the Shanghai dates (pauseDate, resumeDate]. */
export function pausedWorkingDays(
  pausedAt: string,
  resumedAt: string,
  calendar: WorkingDayCalendar,
): number {
  const { count } = calendar.countWorkingDays(shanghaiDate(pausedAt), shanghaiDate(resumedAt))
  return Math.max(0, count)
}

// Convention: N > 0 = working days in (today, dueDay] (= those left before the due day, today included, when today is a working day); 0 = due today; -N = overdue by N working days in (dueDay, today], at least -1 once the deadline instant has passed.
export function workingDaysLeft(
  deadlineAt: string,
  now: string,
  calendar: WorkingDayCalendar,
): number {
  const dueDay = shanghaiDate(deadlineAt)
  const today = shanghaiDate(now)
  if (Date.parse(now) > Date.parse(deadlineAt)) {
    return -Math.max(1, calendar.countWorkingDays(dueDay, today).count)
  }
  if (today === dueDay) return 0
  return Math.max(1, calendar.countWorkingDays(today, dueDay).count)
}
