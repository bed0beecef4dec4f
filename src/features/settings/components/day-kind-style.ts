import type { CSSProperties } from 'react'
import type { DayKind } from '../../../shared/lib/working-days'
import type { CalendarMaps } from '../model/calendar-year'
import { isWeekend } from '../model/calendar-year'
import { APP_TOKENS, TONES } from '../../../shared/ui/theme'

// Light fills with dark text: every pair meets WCAG AA contrast, and the kind is also given in
// words (legend, a mark in the cell, the button's name), never by colour alone.
export const DAY_STYLE: Record<DayKind, CSSProperties> = {
  workday: { background: APP_TOKENS.colorWorkdayBg, color: 'rgba(0, 0, 0, 0.88)' },
  weekend: { background: APP_TOKENS.colorWeekendBg, color: 'rgba(0, 0, 0, 0.65)' },
  holiday: { background: APP_TOKENS.colorHolidayBg, color: TONES.blocking, fontWeight: 600 },
  inlieu_workday: {
    background: APP_TOKENS.colorInLieuBg,
    color: APP_TOKENS.colorInLieu,
    fontWeight: 600,
  },
}

export const DAY_KINDS: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'inlieu_workday']

export function kindOfDay(maps: CalendarMaps, date: string): DayKind {
  if (maps.holidays[date] !== undefined) return 'holiday'
  if (maps.workdays[date] !== undefined) return 'inlieu_workday'
  return isWeekend(date) ? 'weekend' : 'workday'
}
