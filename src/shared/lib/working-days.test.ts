import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { expectOutputs, expectResults } from '../../test/table'
import {
  DEFAULT_SLA_SETTINGS,
  WorkingDayCalendar,
  calendarDateParts,
  computeSla,
  endOfWorkingDay,
  pausedWorkingDays,
  shanghaiDate,
  workingDaysLeft,
  type CalendarYear,
  type SlaInput,
  type SlaSettings,
} from './working-days'
import { officialCalendarYears } from './official-calendar'

const official = new WorkingDayCalendar(officialCalendarYears())

// The calendar's arithmetic as plain functions, for tables of hand-written results.
const adding = (calendar: WorkingDayCalendar) => (from: string, n: number) =>
  calendar.addWorkingDays(from, n)
const counting = (calendar: WorkingDayCalendar) => (from: string, to: string) =>
  calendar.countWorkingDays(from, to)

// A request's dates with no pause, extension or identity check unless it says otherwise.
const slaOf = (
  request: Pick<SlaInput, 'type' | 'receivedAt'> & Partial<SlaInput>,
  calendar = official,
  settings = DEFAULT_SLA_SETTINGS,
) =>
  computeSla(
    { pausedDays: 0, extensionDays: 0, identityVerifiedAt: null, ...request },
    calendar,
    settings,
  )

const y2027: CalendarYear = {
  year: 2027,
  holidays: { '2027-01-01': '元旦', '2027-01-02': '元旦', '2027-01-03': '元旦' },
  workdays: {},
}

function dateArb(minYear: number, maxYear: number): fc.Arbitrary<string> {
  return fc
    .date({
      min: new Date(Date.UTC(minYear, 0, 1)),
      max: new Date(Date.UTC(maxYear, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10))
}

function instantArb(minYear: number, maxYear: number): fc.Arbitrary<string> {
  return fc
    .date({
      min: new Date(Date.UTC(minYear, 0, 1)),
      max: new Date(Date.UTC(maxYear, 11, 31, 23, 59, 59)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString())
}

describe('calendarDateParts', () => {
  const parts = (date: string) => calendarDateParts(/^(\d{4})-(\d{2})-(\d{2})$/.exec(date))

  it('reads the year, month and day of a real date, leap days included', () => {
    expect(parts('2026-10-08')).toEqual([2026, 10, 8])
    expect(parts('2028-02-29')).toEqual([2028, 2, 29])
    expect(parts('2000-02-29')).toEqual([2000, 2, 29])
  })

  it('gives null for a day that does not exist or text that did not match', () => {
    for (const date of [
      '2027-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-10-00',
      '2026/10/08',
    ])
      expect(parts(date), date).toBeNull()
  })
})

describe('officialCalendarYears', () => {
  it('covers every year 2004–2026 the package carries', () => {
    const years = officialCalendarYears().map((y) => y.year)
    expect(years).toEqual(Array.from({ length: 23 }, (_, i) => 2004 + i))
    expect(official.loadedYears()).toEqual(years)
    expect(official.isLoaded(2026)).toBe(true)
    expect(official.isLoaded(2027)).toBe(false)
  })

  it('keeps each entry inside its own year with a readable name', () => {
    for (const cy of officialCalendarYears()) {
      for (const d of [...Object.keys(cy.holidays), ...Object.keys(cy.workdays)]) {
        expect(d.startsWith(`${cy.year}-`)).toBe(true)
      }
    }
    const y2026 = officialCalendarYears().find((y) => y.year === 2026)
    expect(y2026?.holidays['2026-10-01']).toBe('国庆节')
    expect(y2026?.workdays['2026-09-20']).toBe('国庆节')
  })
})

describe('WorkingDayCalendar day kinds', () => {
  it('2026 National Day season with its in-lieu days', () => {
    expect(official.dayKind('2026-09-20')).toBe('inlieu_workday') // Sunday
    expect(official.dayKind('2026-10-10')).toBe('inlieu_workday') // Saturday
    for (let d = 1; d <= 7; d++) {
      expect(official.dayKind(`2026-10-0${d}`)).toBe('holiday')
      expect(official.isWorkingDay(`2026-10-0${d}`)).toBe(false)
    }
    expect(official.dayKind('2026-10-08')).toBe('workday')
    expect(official.dayKind('2026-10-11')).toBe('weekend')
    expect(official.isWorkingDay('2026-09-20')).toBe(true)
    expect(official.isWorkingDay('2026-10-10')).toBe(true)
  })

  it('2025 Spring Festival and National Day from the package data', () => {
    for (const d of ['2025-01-28', '2025-01-31', '2025-02-04', '2025-10-01', '2025-10-08']) {
      expect(official.dayKind(d)).toBe('holiday')
    }
    for (const d of ['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11']) {
      expect(official.dayKind(d)).toBe('inlieu_workday')
    }
    expectResults(adding(official), [
      [['2025-01-27', 1], { date: '2025-02-05', provisional: false }],
      [['2025-01-24', 1], { date: '2025-01-26', provisional: false }],
      [['2025-09-26', 1], { date: '2025-09-28', provisional: false }],
      [['2025-09-30', 1], { date: '2025-10-09', provisional: false }],
      [['2025-10-09', 2], { date: '2025-10-11', provisional: false }],
    ])
  })

  it('unloaded years fall back to Monday–Friday', () => {
    expect(official.dayKind('2027-01-01')).toBe('workday') // a Friday, holiday not known yet
    expect(official.dayKind('2027-01-02')).toBe('weekend')
    expect(official.dayKind('2003-01-01')).toBe('workday')
    expect(official.withYear(y2027).dayKind('2027-01-01')).toBe('holiday')
  })

  it('rejects malformed dates', () => {
    expect(() => official.isWorkingDay('2026-02-30')).toThrow(RangeError)
    expect(() => official.isWorkingDay('2026/10/01')).toThrow(RangeError)
    expect(() => official.addWorkingDays('2026-10-01', 0)).toThrow(RangeError)
  })
})

describe('addWorkingDays / countWorkingDays', () => {
  it('counts across the 2026 National Day holidays', () => {
    expectResults(adding(official), [
      [['2026-09-30', 1], { date: '2026-10-08', provisional: false }],
      [['2026-09-30', 3], { date: '2026-10-10', provisional: false }],
      [['2026-09-18', 1], { date: '2026-09-20', provisional: false }],
    ])
    expectResults(counting(official), [
      [['2026-09-30', '2026-10-10'], { count: 3, provisional: false }],
      [['2026-10-10', '2026-09-30'], { count: -3, provisional: false }],
    ])
    expect(official.countWorkingDays('2026-10-01', '2026-10-01').count).toBe(0)
  })

  it('marks a result that runs into an unloaded year as provisional', () => {
    expectResults(adding(official), [
      [['2026-12-28', 5], { date: '2027-01-04', provisional: true }],
      [['2003-12-30', 1], { date: '2003-12-31', provisional: true }],
      [['2003-12-31', 1], { date: '2004-01-02', provisional: false }],
    ])
    expect(official.withYear(y2027).addWorkingDays('2026-12-28', 5)).toEqual({
      date: '2027-01-05',
      provisional: false,
    })
    expect(official.countWorkingDays('2026-12-30', '2027-01-04')).toEqual({
      count: 3,
      provisional: true,
    })
  })

  it('works with no year loaded at all (everything provisional, Monday–Friday)', () => {
    const empty = new WorkingDayCalendar([])
    expect(empty.loadedYears()).toEqual([])
    expect(empty.addWorkingDays('2026-10-02', 1)).toEqual({ date: '2026-10-05', provisional: true })
    expect(empty.countWorkingDays('2026-10-02', '2026-10-09')).toEqual({
      count: 5,
      provisional: true,
    })
  })

  it('withYear replaces a year without touching the original calendar', () => {
    const free2026: CalendarYear = { year: 2026, holidays: {}, workdays: {} }
    const changed = official.withYear(free2026)
    expect(changed.isWorkingDay('2026-10-01')).toBe(true)
    expect(changed.isWorkingDay('2026-10-10')).toBe(false)
    expect(official.isWorkingDay('2026-10-01')).toBe(false)
    expect(changed.loadedYears()).toEqual(official.loadedYears())
  })

  it('property: N working days forward, counted back, is N, and lands on a working day', () => {
    const cal = official.withYear(y2027)
    fc.assert(
      fc.property(dateArb(2001, 2029), fc.integer({ min: 1, max: 400 }), (from, n) => {
        const { date } = cal.addWorkingDays(from, n)
        expect(cal.countWorkingDays(from, date).count).toBe(n)
        expect(cal.isWorkingDay(date)).toBe(true)
        expect(date > from).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('property: matches a naive day-by-day walk', () => {
    fc.assert(
      fc.property(dateArb(2003, 2027), fc.integer({ min: 1, max: 40 }), (from, n) => {
        let d = new Date(`${from}T00:00:00Z`)
        let left = n
        while (left > 0) {
          d = new Date(d.getTime() + 86_400_000)
          if (official.isWorkingDay(d.toISOString().slice(0, 10))) left--
        }
        expect(official.addWorkingDays(from, n).date).toBe(d.toISOString().slice(0, 10))
      }),
      { numRuns: 500 },
    )
  })
})

describe('shanghaiDate / endOfWorkingDay', () => {
  it('shifts instants to UTC+8', () => {
    expectOutputs(shanghaiDate, [
      ['2026-09-30T17:00:00Z', '2026-10-01'],
      ['2026-09-30T15:59:59.999Z', '2026-09-30'],
      ['2026-09-30T16:00:00Z', '2026-10-01'],
      ['2026-10-08T00:30:00+08:00', '2026-10-08'],
      ['2026-10-07T20:00:00-05:00', '2026-10-08'],
      ['2026-12-31T16:00:00Z', '2027-01-01'],
      ['2026-10-08', '2026-10-08'],
    ])
  })

  it('refuses instants without an offset or with impossible dates', () => {
    expect(() => shanghaiDate('2026-10-08T09:00:00')).toThrow(RangeError)
    expect(() => shanghaiDate('2026-02-30T09:00:00Z')).toThrow(RangeError)
    expect(() => shanghaiDate('yesterday')).toThrow(RangeError)
  })

  it('formats the end of a working day', () => {
    expect(endOfWorkingDay('2026-10-08')).toBe('2026-10-08T23:59:59.999+08:00')
  })
})

describe('computeSla', () => {
  // What computeSla answers on a calendar that knows every day involved: the target and the
  // deadline fall at the end of the given days in Shanghai.
  const answer = (
    clockStartsAt: string | null,
    target: string | null,
    deadline: string | null,
  ) => ({
    clockStartsAt,
    targetAt: target && `${target}T23:59:59.999+08:00`,
    deadlineAt: deadline && `${deadline}T23:59:59.999+08:00`,
    calendarProvisional: false,
  })

  it('cancellation received in the night of 30 Sep UTC counts from 1 Oct in Shanghai', () => {
    const r = slaOf({ type: 'cancellation', receivedAt: '2026-09-30T17:00:00Z' })
    expect(official.addWorkingDays(shanghaiDate('2026-09-30T17:00:00Z'), 1).date).toBe('2026-10-08')
    expect(r).toEqual(answer('2026-09-30T17:00:00Z', '2026-10-10', '2026-10-20'))
  })

  it('uses the Shanghai date where it differs from the UTC date', () => {
    // 2026-10-10 00:00 in Shanghai (an in-lieu Saturday) is still 9 Oct in UTC.
    const r = slaOf({ type: 'cancellation', receivedAt: '2026-10-09T16:00:00Z' })
    expect(r.targetAt).toBe('2026-10-14T23:59:59.999+08:00')
    const utcReading = slaOf({ type: 'cancellation', receivedAt: '2026-10-09T15:59:59Z' })
    expect(utcReading.targetAt).toBe('2026-10-13T23:59:59.999+08:00')
  })

  it('other types start when identity is verified and have deadline = target', () => {
    const pending = slaOf({ type: 'copy', receivedAt: '2026-09-01T09:00:00+08:00' })
    expect(pending).toEqual(answer(null, null, null))
    const verified = slaOf({
      type: 'deletion',
      receivedAt: '2026-09-01T09:00:00+08:00',
      identityVerifiedAt: '2026-09-18T10:00:00+08:00',
    })
    // 9/20 (Sun, in lieu), 9/21–24, 9/28–30, 10/8–10, 10/12–15 = 15 working days
    expect(verified).toEqual(answer('2026-09-18T10:00:00+08:00', '2026-10-15', '2026-10-15'))
  })

  it('adds paused and extension working days', () => {
    const r = slaOf(
      { type: 'cancellation', receivedAt: '2026-09-30T17:00:00Z', pausedDays: 2, extensionDays: 1 },
      official,
      // An extension of a cancellation fits only below its 10-working-day promise.
      { ...DEFAULT_SLA_SETTINGS, cancellationDeadlineDays: 9 },
    )
    expect(r.targetAt).toBe('2026-10-14T23:59:59.999+08:00')
    expect(r.deadlineAt).toBe('2026-10-22T23:59:59.999+08:00')
  })

  it('a deadline running into unloaded 2027 is provisional until 2027 is loaded', () => {
    const input = { type: 'cancellation', receivedAt: '2026-12-24T10:00:00+08:00' }
    const r = slaOf(input)
    expect(r.targetAt).toBe('2026-12-29T23:59:59.999+08:00')
    expect(r.deadlineAt).toBe('2027-01-07T23:59:59.999+08:00')
    expect(r.calendarProvisional).toBe(true)
    const loaded = slaOf(input, official.withYear(y2027))
    expect(loaded.deadlineAt).toBe('2027-01-08T23:59:59.999+08:00')
    expect(loaded.calendarProvisional).toBe(false)
  })

  it('property: the deadline is never before the target', () => {
    const settingsArb: fc.Arbitrary<SlaSettings> = fc
      .tuple(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
      )
      .map(([a, b, c]) => ({
        cancellationTargetDays: a,
        cancellationDeadlineDays: b,
        otherDeadlineDays: c,
      }))
    fc.assert(
      fc.property(
        instantArb(2004, 2027),
        fc.constantFrom('cancellation', 'deletion', 'copy'),
        fc.integer({ min: 0, max: 20 }),
        settingsArb,
        (at, type, paused, settings) => {
          const r = computeSla(
            { type, receivedAt: at, identityVerifiedAt: at, pausedDays: paused, extensionDays: 0 },
            official,
            settings,
          )
          expect(r.targetAt).not.toBeNull()
          expect(Date.parse(r.deadlineAt ?? '')).toBeGreaterThanOrEqual(
            Date.parse(r.targetAt ?? ''),
          )
          expect(Date.parse(r.deadlineAt ?? '')).toBeGreaterThan(Date.parse(at))
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('property: adding a pause never moves a deadline earlier', () => {
    fc.assert(
      fc.property(
        instantArb(2004, 2027),
        fc.constantFrom('cancellation', 'access'),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (at, type, paused, more) => {
          const input = {
            type,
            receivedAt: at,
            identityVerifiedAt: at,
            pausedDays: paused,
            extensionDays: 0,
          }
          const before = computeSla(input, official, DEFAULT_SLA_SETTINGS)
          const after = computeSla(
            { ...input, pausedDays: paused + more },
            official,
            DEFAULT_SLA_SETTINGS,
          )
          expect(Date.parse(after.deadlineAt ?? '')).toBeGreaterThanOrEqual(
            Date.parse(before.deadlineAt ?? ''),
          )
          if (more > 0) {
            expect(Date.parse(after.deadlineAt ?? '')).toBeGreaterThan(
              Date.parse(before.deadlineAt ?? ''),
            )
          }
        },
      ),
      { numRuns: 1000 },
    )
  })

  it('runs 100,000 computations', () => {
    const start = Date.parse('2025-01-01T00:00:00Z')
    let last = ''
    for (let i = 0; i < 100_000; i++) {
      const receivedAt = new Date(start + i * 997_000).toISOString()
      const r = computeSla(
        {
          type: i % 2 === 0 ? 'cancellation' : 'copy',
          receivedAt,
          identityVerifiedAt: receivedAt,
          pausedDays: i % 5,
          extensionDays: 0,
        },
        official,
        DEFAULT_SLA_SETTINGS,
      )
      last = r.deadlineAt ?? ''
    }
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59\.999\+08:00$/)
  })
})

describe('pausedWorkingDays', () => {
  it('counts working days in (pauseDate, resumeDate] in Shanghai', () => {
    expectResults(
      (from: string, to: string) => pausedWorkingDays(from, to, official),
      [
        [['2026-09-29T10:00:00+08:00', '2026-10-09T10:00:00+08:00'], 3], // 9/30, 10/8, 10/9
        [['2026-10-08T09:00:00+08:00', '2026-10-08T18:00:00+08:00'], 0],
        [['2026-10-02T09:00:00+08:00', '2026-10-07T18:00:00+08:00'], 0],
        [['2026-10-09T09:00:00+08:00', '2026-10-08T09:00:00+08:00'], 0],
        // 16:30Z on 9 Oct is already the in-lieu Saturday 10 Oct in Shanghai
        [['2026-10-08T01:00:00Z', '2026-10-09T16:30:00Z'], 2],
      ],
    )
  })

  it('a pause then resume extends the deadline by the working days paused', () => {
    const received = '2026-09-30T17:00:00Z'
    const paused = pausedWorkingDays(
      '2026-10-08T10:00:00+08:00',
      '2026-10-12T10:00:00+08:00',
      official,
    )
    expect(paused).toBe(3) // 10/9, 10/10 (in lieu), 10/12
    const r = slaOf({ type: 'cancellation', receivedAt: received, pausedDays: paused })
    expect(r.deadlineAt).toBe('2026-10-23T23:59:59.999+08:00')
  })
})

describe('workingDaysLeft', () => {
  const left = (deadline: string, today: string) => workingDaysLeft(deadline, today, official)

  it('is positive before, 0 on and negative after the due day', () => {
    const deadline = '2026-10-14T23:59:59.999+08:00' // a Wednesday
    expectOutputs(
      (today: string) => left(deadline, today),
      [
        ['2026-10-12T09:00:00+08:00', 2], // Mon: Mon, Tue left
        ['2026-10-13T09:00:00+08:00', 1],
        ['2026-10-14T09:00:00+08:00', 0],
        ['2026-10-14T23:59:59.999+08:00', 0],
        ['2026-10-15T00:00:00+08:00', -1],
        ['2026-10-16T12:00:00+08:00', -2],
        ['2026-10-18T12:00:00+08:00', -2], // Sunday
      ],
    )
  })

  it('skips holidays and counts the due day when today is not a working day', () => {
    expectResults(left, [
      // Saturday 3 Oct (holiday) to Thursday 8 Oct: only 10/8 lies in (today, due]
      [['2026-10-08T23:59:59.999+08:00', '2026-10-03T12:00:00+08:00'], 1],
      [['2026-10-09T23:59:59.999+08:00', '2026-09-30T12:00:00+08:00'], 2],
      // Overdue on a non-working day is still overdue
      [['2026-09-30T23:59:59.999+08:00', '2026-10-01T08:00:00+08:00'], -1],
    ])
  })
})
