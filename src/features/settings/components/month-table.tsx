import type { KeyboardEvent } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { weekdayOf } from '../../../shared/lib/working-days'
import type { CalendarMaps } from '../model/calendar-year'
import { monthWeeks } from '../model/calendar-year'
import '../i18n'
import { DAY_STYLE, kindOfDay } from './day-kind-style'
import { useAppTokens } from '../../../shared/ui/theme'

interface MonthTableProps {
  year: number
  month: number
  maps: CalendarMaps
  /** The one day that is in the tab order (roving focus across the year). */
  focusDate: string
  onKeyDown(date: string, event: KeyboardEvent<HTMLButtonElement>): void
  onEdit(date: string): void
}

export function MonthTable({ year, month, maps, focusDate, onKeyDown, onEdit }: MonthTableProps) {
  const { t } = useTranslation('settings')
  const short = t('calendar.weekdays', { returnObjects: true }) as string[]
  const names = t('calendar.weekdayNames', { returnObjects: true }) as string[]
  const months = t('calendar.months', { returnObjects: true }) as string[]
  const label = (date: string) => {
    const kind = kindOfDay(maps, date)
    const name = maps.holidays[date] ?? maps.workdays[date]
    return [date, names[(weekdayOf(date) + 6) % 7], t(`calendar.kind.${kind}`), name]
      .filter(Boolean)
      .join(' ')
  }
  return (
    <table
      style={{ borderCollapse: 'separate', borderSpacing: 2, width: '100%', tableLayout: 'fixed' }}
    >
      <caption
        style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, padding: '0 2px 4px' }}
      >
        {months[month - 1]}
      </caption>
      <thead>
        <tr>
          {short.map((s, i) => (
            <th
              key={s}
              scope="col"
              style={{ fontWeight: 400, fontSize: 12, color: 'rgba(0, 0, 0, 0.65)' }}
            >
              <abbr title={names[i]} style={{ textDecoration: 'none' }}>
                {s}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month).map((week, w) => (
          <tr key={w}>
            {week.map((date, d) =>
              date ? (
                <td key={date} style={{ padding: 0 }}>
                  <DayButton
                    date={date}
                    maps={maps}
                    label={label(date)}
                    focused={date === focusDate}
                    onKeyDown={onKeyDown}
                    onEdit={onEdit}
                  />
                </td>
              ) : (
                <td key={`blank-${d}`} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function DayButton({
  date,
  maps,
  label,
  focused,
  onKeyDown,
  onEdit,
}: {
  date: string
  maps: CalendarMaps
  label: string
  focused: boolean
  onKeyDown: MonthTableProps['onKeyDown']
  onEdit(date: string): void
}) {
  const token = useAppTokens()
  const { t } = useTranslation('settings')
  const kind = kindOfDay(maps, date)
  const mark = kind === 'holiday' || kind === 'inlieu_workday' ? t(`calendar.mark.${kind}`) : null
  return (
    <button
      type="button"
      data-date={date}
      aria-label={label}
      title={label}
      tabIndex={focused ? 0 : -1}
      onClick={() => onEdit(date)}
      onKeyDown={(e) => onKeyDown(date, e)}
      style={{
        ...DAY_STYLE[kind],
        width: '100%',
        height: 30,
        border: focused ? `1px solid ${token.colorPrimary}` : '1px solid transparent',
        borderRadius: 4,
        cursor: 'pointer',
        position: 'relative',
        fontSize: 13,
        padding: 0,
      }}
    >
      {Number(date.slice(8))}
      {mark && (
        <span
          aria-hidden
          style={{ position: 'absolute', top: 0, right: 2, fontSize: 10, lineHeight: 1.2 }}
        >
          {mark}
        </span>
      )}
    </button>
  )
}
