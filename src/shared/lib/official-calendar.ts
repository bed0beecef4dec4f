// The official calendar the backend seeds from; the console reads calendars from the API, so this
// data never ships to the browser's app code. Named imports let the bundler drop the package's unused
// `inLieuDays` map and keep its lunar code out.
import {
  holidays as officialHolidays,
  workdays as officialWorkdays,
} from 'chinese-days/dist/chinese-days.json'

import type { CalendarYear } from './working-days'

function displayName(raw: string): string {
  // The package stores "English,中文,days"; staff read Chinese.
  const parts = raw.split(',')
  return parts.length >= 3 ? (parts[parts.length - 2] ?? raw).trim() : raw
}

export function officialCalendarYears(): CalendarYear[] {
  const byYear = new Map<number, CalendarYear>()
  const get = (date: string): CalendarYear => {
    const year = Number(date.slice(0, 4))
    let cy = byYear.get(year)
    if (!cy) {
      cy = { year, holidays: {}, workdays: {} }
      byYear.set(year, cy)
    }
    return cy
  }
  for (const [date, name] of Object.entries(officialHolidays as Record<string, string>)) {
    get(date).holidays[date] = displayName(name)
  }
  for (const [date, name] of Object.entries(officialWorkdays as Record<string, string>)) {
    get(date).workdays[date] = displayName(name)
  }
  const years = [...byYear.keys()].sort((a, b) => a - b)
  const first = years[0]
  const last = years[years.length - 1]
  // A year the package carries without any entry is still official (and must not be provisional).
  if (first !== undefined && last !== undefined) {
    for (let y = first; y <= last; y++) get(`${y}-01-01`)
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}
