import { Col, Row, Typography } from 'antd'
import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { CalendarMaps } from '../model/calendar-year'
import { isoDate, moveWithinYear } from '../model/calendar-year'
import '../i18n'
import { MonthTable } from './month-table'
import { useAppTokens } from '../../../shared/ui/theme'

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/** What each view of a year (the grid, the list) is given: the year's days, and where an edit starts. */
export interface YearViewProps {
  year: number
  maps: CalendarMaps
  onEdit(date: string): void
}

/** Twelve months; one day at a time is in the tab order and the arrow keys move it. */
export function YearGrid({ year, maps, onEdit }: YearViewProps) {
  const token = useAppTokens()
  const { t } = useTranslation('settings')
  const today = new Date()
  const [focusDate, setFocusDate] = useState(() =>
    today.getFullYear() === year
      ? isoDate(year, today.getMonth() + 1, today.getDate())
      : isoDate(year, 1, 1),
  )
  const root = useRef<HTMLDivElement>(null)

  const onKeyDown = (date: string, event: KeyboardEvent<HTMLButtonElement>) => {
    let next: string | null = null
    if (event.key in MOVES) next = moveWithinYear(date, MOVES[event.key] ?? 0)
    else if (event.key === 'Home') next = isoDate(year, 1, 1)
    else if (event.key === 'End') next = isoDate(year, 12, 31)
    if (!next) return
    event.preventDefault()
    setFocusDate(next)
    root.current?.querySelector<HTMLButtonElement>(`[data-date="${next}"]`)?.focus()
  }

  return (
    <div ref={root}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('calendar.keyboardHint')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {MONTHS.map((month) => (
          <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
            <div
              style={{
                border: `1px solid ${token.colorBorderSecondary}`,
                borderRadius: 8,
                padding: 8,
                background: token.colorBgContainer,
              }}
            >
              <MonthTable
                year={year}
                month={month}
                maps={maps}
                focusDate={focusDate}
                onKeyDown={onKeyDown}
                onEdit={(date) => {
                  setFocusDate(date)
                  onEdit(date)
                }}
              />
            </div>
          </Col>
        ))}
      </Row>
    </div>
  )
}
