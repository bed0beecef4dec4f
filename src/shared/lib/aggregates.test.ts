import { describe, expect, it } from 'vitest'
import {
  addCalendarDays,
  closedOnTime,
  distribution,
  distributionOfTally,
  handlingWorkingDays,
  histogram,
  histogramOfTally,
  isUnusual,
  median,
  monthBounds,
  onOrNextWorkingDay,
  percentile,
  rate,
  recentWorkingDays,
  unusualThreshold,
  weekStart,
} from './aggregates'
import { officialCalendarYears } from './official-calendar'
import { WorkingDayCalendar } from './working-days'

const calendar = new WorkingDayCalendar(officialCalendarYears())

describe('median and percentiles', () => {
  it('interpolates between the closest ranks, as PERCENTILE.INC does', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1)
    expect(percentile([7], 90)).toBe(7)
    expect(percentile([5, 1], 0)).toBe(1)
    expect(percentile([5, 1], 100)).toBe(5)
  })

  it('has no value for no data, and refuses a percentile outside 0–100', () => {
    expect(median([])).toBeNull()
    expect(distribution([])).toEqual({ count: 0, median: null, p90: null })
    expect(() => percentile([1], 101)).toThrow(RangeError)
  })

  it('does not reorder the caller’s values', () => {
    const values = [3, 1, 2]
    distribution(values)
    expect(values).toEqual([3, 1, 2])
  })

  it('summarises handling times', () => {
    expect(distribution([2, 10, 4, 6, 8])).toEqual({ count: 5, median: 6, p90: 9.2 })
  })

  it('summarises counted values as the values themselves: 2, 4, 4, 10', () => {
    const counted = new Map([
      [10, 1],
      [4, 2],
      [7, 0],
      [2, 1],
    ])
    // Ranks 0…3: the median lies halfway between 4 and 4, the 90th 0.7 of the way from 4 to 10.
    expect(distributionOfTally(counted)).toEqual({ count: 4, median: 4, p90: expect.closeTo(8.2) })
    expect(distributionOfTally(new Map())).toEqual({ count: 0, median: null, p90: null })
    expect(histogramOfTally(counted, 4)).toEqual([0, 0, 1, 0, 3])
  })
})

describe('rates', () => {
  it('is a share, and null when nothing was counted', () => {
    expect(rate(3, 4)).toBe(0.75)
    expect(rate(0, 5)).toBe(0)
    expect(rate(0, 0)).toBeNull()
  })

  it('counts a request closed at its deadline instant as on time, one millisecond later as late', () => {
    const deadline = Date.parse('2026-10-09T23:59:59.999+08:00')
    expect(closedOnTime(deadline, deadline)).toBe(true)
    expect(closedOnTime(deadline + 1, deadline)).toBe(false)
  })
})

describe('handling time in working days', () => {
  it('skips the National Day holidays and counts the in-lieu Saturday', () => {
    // (30 Sep, 10 Oct]: 1–7 Oct are holidays; 8, 9 and the in-lieu Saturday 10 Oct are working days.
    expect(
      handlingWorkingDays(
        {
          startAt: '2026-09-30T10:00:00+08:00',
          closedAt: '2026-10-10T09:00:00+08:00',
          pausedDays: 0,
        },
        calendar,
      ),
    ).toBe(3)
  })

  it('takes the Shanghai calendar date of each instant', () => {
    // 16:30Z on the 8th is already the 9th in Shanghai.
    expect(
      handlingWorkingDays(
        { startAt: '2026-10-08T01:00:00Z', closedAt: '2026-10-08T16:30:00Z', pausedDays: 0 },
        calendar,
      ),
    ).toBe(1)
  })

  it('leaves out the days paused, and is never negative', () => {
    expect(
      handlingWorkingDays(
        {
          startAt: '2026-10-12T09:00:00+08:00',
          closedAt: '2026-10-16T09:00:00+08:00',
          pausedDays: 2,
        },
        calendar,
      ),
    ).toBe(2)
    expect(
      handlingWorkingDays(
        {
          startAt: '2026-10-12T09:00:00+08:00',
          closedAt: '2026-10-12T18:00:00+08:00',
          pausedDays: 3,
        },
        calendar,
      ),
    ).toBe(0)
  })
})

describe('histogram', () => {
  it('puts everything from max on in the last bucket', () => {
    expect(histogram([0, 1, 1, 3, 7, 20], 4)).toEqual([1, 2, 0, 1, 2])
    expect(histogram([], 2)).toEqual([0, 0, 0])
  })
})

describe('unusual counts', () => {
  it('flags more than twice the median of the peers', () => {
    const threshold = unusualThreshold([5, 1, 1])
    expect(threshold).toBe(2)
    expect(isUnusual(5, threshold)).toBe(true)
    expect(isUnusual(2, threshold)).toBe(false)
    expect(isUnusual(1, threshold)).toBe(false)
  })

  it('flags nothing without peers to compare with', () => {
    expect(unusualThreshold([40])).toBeNull()
    expect(isUnusual(40, unusualThreshold([40]))).toBe(false)
    expect(isUnusual(4, unusualThreshold([4, 4, 4]))).toBe(false)
  })
})

describe('calendar helpers', () => {
  it('adds calendar days across months and years', () => {
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('starts weeks on Monday', () => {
    expect(weekStart('2026-10-11')).toBe('2026-10-05') // a Sunday
    expect(weekStart('2026-10-12')).toBe('2026-10-12') // a Monday
  })

  it('knows the length of each month', () => {
    expect(monthBounds('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' })
    expect(monthBounds('2024-02').last).toBe('2024-02-29')
    expect(monthBounds('2026-12')).toEqual({ first: '2026-12-01', last: '2026-12-31' })
    expect(() => monthBounds('2026-13')).toThrow(RangeError)
  })

  it('moves a holiday to the next working day', () => {
    expect(onOrNextWorkingDay(calendar, '2026-10-03')).toBe('2026-10-08')
    expect(onOrNextWorkingDay(calendar, '2026-10-10')).toBe('2026-10-10')
  })

  it('lists the last working days, oldest first, on the official calendar', () => {
    expect(recentWorkingDays(calendar, '2026-10-11', 3)).toEqual([
      '2026-10-08',
      '2026-10-09',
      '2026-10-10',
    ])
    expect(recentWorkingDays(calendar, '2026-10-09', 3)).toEqual([
      '2026-09-30',
      '2026-10-08',
      '2026-10-09',
    ])
  })
})
