import { describe, expect, it } from 'vitest'
import {
  applyDayEdit,
  calendarEntries,
  currentEdit,
  monthWeeks,
  moveWithinYear,
} from './calendar-year'

describe('applyDayEdit', () => {
  const maps = { holidays: { '2027-01-01': '元旦' }, workdays: { '2027-01-09': '调休' } }

  it('moves a day from one map to the other and never keeps it in both', () => {
    const next = applyDayEdit(maps, '2027-01-09', { kind: 'holiday', name: ' 测试假日 ' })
    expect(next.holidays['2027-01-09']).toBe('测试假日')
    expect(next.workdays['2027-01-09']).toBeUndefined()
    expect(maps.workdays['2027-01-09']).toBe('调休')
  })

  it('a normal day is in neither map', () => {
    const next = applyDayEdit(maps, '2027-01-01', { kind: 'normal', name: 'ignored' })
    expect(next.holidays).toEqual({})
    expect(currentEdit(next, '2027-01-01')).toEqual({ kind: 'normal', name: '' })
  })
})

describe('monthWeeks', () => {
  it('starts on Monday and pads the first and last week', () => {
    // 2027-02-01 is a Monday; February 2027 has 28 days: exactly four weeks.
    expect(monthWeeks(2027, 2)).toHaveLength(4)
    expect(monthWeeks(2027, 2)[0]?.[0]).toBe('2027-02-01')
    // 2026-11-01 is a Sunday: six blanks before it.
    const nov = monthWeeks(2026, 11)
    expect(nov[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null])
    expect(nov[0]?.[6]).toBe('2026-11-01')
    expect(nov.flat().filter(Boolean)).toHaveLength(30)
  })
})

describe('moveWithinYear', () => {
  it('crosses months but stops at the ends of the year', () => {
    expect(moveWithinYear('2027-01-31', 1)).toBe('2027-02-01')
    expect(moveWithinYear('2027-03-01', -7)).toBe('2027-02-22')
    expect(moveWithinYear('2027-12-28', 7)).toBe('2027-12-31')
    expect(moveWithinYear('2027-01-03', -7)).toBe('2027-01-01')
  })
})

it('lists entries by date', () => {
  expect(
    calendarEntries({ holidays: { '2027-05-01': 'a' }, workdays: { '2027-04-25': 'b' } }).map(
      (e) => e.date,
    ),
  ).toEqual(['2027-04-25', '2027-05-01'])
})
