import { describe, it, expect } from 'vitest'
import { parseCalendarYearJson } from './calendar-year-json'
import { officialCalendarYears } from './official-calendar'

describe('parseCalendarYearJson', () => {
  it('accepts a valid year', () => {
    const text = JSON.stringify(
      {
        year: 2027,
        holidays: { '2027-01-01': '元旦', '2027-01-02': '元旦', '2027-01-03': '元旦' },
        workdays: { '2027-02-06': '春节' },
      },
      null,
      2,
    )
    const r = parseCalendarYearJson(text, 2027)
    expect(r).toEqual({
      ok: true,
      value: {
        year: 2027,
        holidays: { '2027-01-01': '元旦', '2027-01-02': '元旦', '2027-01-03': '元旦' },
        workdays: { '2027-02-06': '春节' },
      },
    })
  })

  it('reports every bad entry with its line', () => {
    const text = [
      '{', // 1
      '  "year": 2027,', // 2
      '  "holidays": {', // 3
      '    "2027-01-01": "元旦",', // 4
      '    "2027-1-02": "元旦",', // 5
      '    "2027-02-30": "春节",', // 6
      '    "2026-12-31": "元旦",', // 7
      '    "2027-01-02": "元旦",', // 8  (a Saturday: allowed)
      '    "2027-02-07": "春节",', // 9
      '    "2027-02-08": ""', // 10
      '  },', // 11
      '  "workdays": {', // 12
      '    "2027-02-07": "春节",', // 13 also a holiday
      '    "2027-02-09": "春节",', // 14 a Tuesday
      '    "2027-02-20": "春节"', // 15 a Saturday: fine
      '  }', // 16
      '}', // 17
    ].join('\n')
    const r = parseCalendarYearJson(text, 2027)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => e.line)).toEqual([5, 6, 7, 10, 13, 14])
    expect(r.errors[0]?.message).toMatch(/YYYY-MM-DD/)
    expect(r.errors[1]?.message).toMatch(/no such date/)
    expect(r.errors[2]?.message).toMatch(/outside 2027/)
    expect(r.errors[3]?.message).toMatch(/name/)
    expect(r.errors[4]?.message).toMatch(/both/)
    expect(r.errors[5]?.message).toMatch(/Saturday or Sunday/)
    // The same by code, for the console's own words.
    expect(r.errors.map((e) => e.problem)).toEqual([
      'date_format',
      'no_such_date',
      'outside_year',
      'empty_name',
      'holiday_and_workday',
      'workday_not_weekend',
    ])
  })

  it('reports syntax errors, a wrong year and duplicate keys with lines', () => {
    const trailingComma = parseCalendarYearJson(
      '{\n  "holidays": {\n    "2027-01-01": "元旦",\n  }\n}',
      2027,
    )
    expect(trailingComma.ok).toBe(false)
    if (!trailingComma.ok) {
      expect(trailingComma.errors).toHaveLength(1)
      expect(trailingComma.errors[0]?.line).toBe(4)
      expect(trailingComma.errors[0]?.message).toMatch(/^Invalid JSON/)
    }
    const wrongYear = parseCalendarYearJson('{\n"year": 2028,\n"holidays": {}\n}', 2027)
    expect(wrongYear.ok ? [] : wrongYear.errors.map((e) => e.line)).toEqual([2])
    const dup = parseCalendarYearJson(
      '{"holidays": {\n"2027-01-01": "元旦",\n"2027-01-01": "元旦"\n}}',
      2027,
    )
    expect(dup.ok ? [] : dup.errors.map((e) => e.line)).toEqual([3])
    const missing = parseCalendarYearJson('{"workdays": {}}', 2027)
    expect(missing.ok).toBe(false)
    expect(parseCalendarYearJson('[]', 2027).ok).toBe(false)
    expect(parseCalendarYearJson('{"holidays": []}', 2027).ok).toBe(false)
    expect(parseCalendarYearJson('', 2027).ok).toBe(false)
  })

  it('round-trips every official year', () => {
    for (const cy of officialCalendarYears()) {
      const r = parseCalendarYearJson(JSON.stringify(cy, null, 2), cy.year)
      expect(r).toEqual({ ok: true, value: cy })
    }
  })
})
