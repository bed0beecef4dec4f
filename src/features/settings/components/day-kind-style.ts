import type { CSSProperties } from 'react'
import type { DayKind } from '../../../shared/lib/working-days'
import type { CalendarMaps } from '../model/calendar-year'
import { isWeekend } from '../model/calendar-year'

// Light fills with dark text: every pair meets WCAG AA contrast, and the kind is also given in
// words (legend, a mark in the cell, the button's name), never by colour alone.
export const DAY_STYLE: Record<DayKind, CSSProperties> = {
  workday: { background: '#ffffff', color: 'rgba(0, 0, 0, 0.88)' },
  weekend: { background: '#f0f0f0', color: 'rgba(0, 0, 0, 0.65)' },
  holiday: { background: '#ffe7e6', color: '#a8071a', fontWeight: 600 },
  inlieu_workday: { background: '#e6f0ff', color: '#003eb3', fontWeight: 600 },
}

export const DAY_KINDS: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'inlieu_workday']

export function kindOfDay(maps: CalendarMaps, date: string): DayKind {
  if (maps.holidays[date] !== undefined) return 'holiday'
  if (maps.workdays[date] !== undefined) return 'inlieu_workday'
  return isWeekend(date) ? 'weekend' : 'workday'
}
