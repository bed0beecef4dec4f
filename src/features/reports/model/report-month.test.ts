import { describe, expect, it } from 'vitest'
import { currentMonth, readMonth, recentMonths } from './report-month'

describe('the report month', () => {
  it('is the month in China, where the evening of 31 October UTC is already November', () => {
    expect(currentMonth(new Date('2026-10-31T17:00:00Z'))).toBe('2026-11')
    expect(currentMonth(new Date('2026-10-31T15:00:00Z'))).toBe('2026-10')
  })

  it('comes from the URL when it is a real month that has begun', () => {
    const now = new Date('2026-11-29T01:00:00Z')
    expect(readMonth(new URLSearchParams('month=2026-10'), now)).toBe('2026-10')
    expect(readMonth(new URLSearchParams('month=2026-13'), now)).toBe('2026-11')
    expect(readMonth(new URLSearchParams('month=2027-01'), now)).toBe('2026-11')
    expect(readMonth(new URLSearchParams(''), now)).toBe('2026-11')
  })

  it('lists recent months across a year boundary', () => {
    expect(recentMonths(3, new Date('2026-02-10T00:00:00Z'))).toEqual([
      '2026-02',
      '2026-01',
      '2025-12',
    ])
  })
})
