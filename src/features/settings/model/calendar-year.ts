import { daysInMonth, weekdayOf } from '../../../shared/lib/working-days'

export type DayEditKind = 'normal' | 'holiday' | 'inlieu_workday'

export interface CalendarMaps {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

export interface DayEdit {
  kind: DayEditKind
  /** Absent when the form hid the field (a normal day has no name). */
  name?: string
}

const pad = (n: number) => String(n).padStart(2, '0')

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

export function isWeekend(date: string): boolean {
  const wd = weekdayOf(date)
  return wd === 0 || wd === 6
}

/** A copy of the year with one day changed; the day is in at most one of the two maps. */
export function applyDayEdit(maps: CalendarMaps, date: string, edit: DayEdit): CalendarMaps {
  const holidays = { ...maps.holidays }
  const workdays = { ...maps.workdays }
  delete holidays[date]
  delete workdays[date]
  const name = (edit.name ?? '').trim()
  if (edit.kind === 'holiday') holidays[date] = name
  if (edit.kind === 'inlieu_workday') workdays[date] = name
  return { holidays, workdays }
}

export function currentEdit(maps: CalendarMaps, date: string): DayEdit {
  if (maps.holidays[date] !== undefined) return { kind: 'holiday', name: maps.holidays[date] }
  if (maps.workdays[date] !== undefined)
    return { kind: 'inlieu_workday', name: maps.workdays[date] }
  return { kind: 'normal', name: '' }
}

/** Weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = isoDate(year, month, 1)
  const lead = (weekdayOf(first) + 6) % 7
  const cells: (string | null)[] = Array.from({ length: lead }, () => null)
  for (let d = 1; d <= daysInMonth(year, month); d++) cells.push(isoDate(year, month, d))
  while (cells.length % 7) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** The date `delta` days away, kept inside the same year (keyboard moves stop at its ends). */
export function moveWithinYear(date: string, delta: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const moved = new Date(Date.UTC(y, m - 1, d + delta))
  if (moved.getUTCFullYear() !== y) return delta < 0 ? isoDate(y, 1, 1) : isoDate(y, 12, 31)
  return isoDate(y, moved.getUTCMonth() + 1, moved.getUTCDate())
}

export interface CalendarEntry {
  date: string
  kind: 'holiday' | 'inlieu_workday'
  name: string
}

export function calendarEntries(maps: CalendarMaps): CalendarEntry[] {
  const entries: CalendarEntry[] = [
    ...Object.entries(maps.holidays).map(([date, name]) => ({
      date,
      kind: 'holiday' as const,
      name,
    })),
    ...Object.entries(maps.workdays).map(([date, name]) => ({
      date,
      kind: 'inlieu_workday' as const,
      name,
    })),
  ]
  return entries.sort((a, b) => a.date.localeCompare(b.date))
}
