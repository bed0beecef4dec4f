import { Table } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { weekdayOf } from '../../../shared/lib/working-days'
import { calendarEntries, type CalendarEntry } from '../model/calendar-year'
import '../i18n'
import type { YearViewProps } from './year-grid'
import { StatusLabel } from '../../../shared/ui/status-label'

/** The same year as a list: easier to check against the official notice than a grid. */
export function CalendarEntries({ year, maps, onEdit }: YearViewProps) {
  const { t } = useTranslation('settings')
  const names = t('calendar.weekdayNames', { returnObjects: true }) as string[]
  return (
    <Table<CalendarEntry>
      size="small"
      rowKey="date"
      pagination={false}
      title={() => <h2 className="card-title">{t('calendar.entries', { year })}</h2>}
      dataSource={calendarEntries(maps)}
      locale={{ emptyText: t('calendar.noEntries') }}
      columns={[
        {
          title: t('calendar.col.date'),
          dataIndex: 'date',
          render: (date: string) => (
            <a
              href={`#${date}`}
              onClick={(e) => {
                e.preventDefault()
                onEdit(date)
              }}
            >
              {date}
            </a>
          ),
        },
        {
          title: t('calendar.col.weekday'),
          key: 'weekday',
          render: (_, e) => names[(weekdayOf(e.date) + 6) % 7],
        },
        {
          title: t('calendar.col.kind'),
          dataIndex: 'kind',
          render: (kind: CalendarEntry['kind']) => (
            <StatusLabel tone={kind === 'holiday' ? 'blocking' : 'info'}>
              {t(`calendar.kind.${kind}`)}
            </StatusLabel>
          ),
        },
        { title: t('calendar.col.name'), dataIndex: 'name' },
      ]}
    />
  )
}
