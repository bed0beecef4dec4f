import { useQuery } from '@tanstack/react-query'
import { Alert, Select, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useSearchParams } from 'react-router'
import { calendarQueries } from '../../../shared/api/calendar'
import type { CalendarYearDto } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageLoading } from '../../../shared/ui/page-loading'
import { PageSection } from '../../../shared/ui/page-header'
import '../i18n'
import { CalendarEntries } from './calendar-entries'
import { CalendarLegend } from './calendar-legend'
import { CalendarUpload } from './calendar-upload'
import { DayEditor } from './day-editor'
import { YearGrid } from './year-grid'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

const SOURCE_TONE: Record<CalendarYearDto['source'], Tone> = {
  official: 'ok',
  admin: 'info',
  none: 'attention',
}

function yearFrom(params: URLSearchParams, fallback: number): number {
  const year = Number(params.get('year'))
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback
}

/** The admin's year view of holidays and in-lieu working days; the year lives in the URL. */
export function CalendarPage() {
  const { t } = useTranslation('settings')
  const [params, setParams] = useSearchParams()
  const thisYear = new Date().getFullYear()
  const year = yearFrom(params, thisYear)
  const status = useQuery(calendarQueries.status())
  const detail = useQuery(calendarQueries.year(year))
  const [editing, setEditing] = useState<string | null>(null)
  const [saved, setSaved] = useState<{ year: number; count: number } | null>(null)
  const years = [
    ...new Set([
      ...(status.data ?? []).map((y) => y.year),
      thisYear - 1,
      thisYear,
      thisYear + 1,
      thisYear + 2,
      year,
    ]),
  ].sort((a, b) => b - a)
  const onSaved = (count: number) => {
    setEditing(null)
    setSaved({ year, count })
  }

  return (
    <>
      <PageSection
        title={t('calendar.title')}
        extra={
          <Space wrap>
            <Select<number>
              aria-label={t('calendar.year')}
              value={year}
              style={{ width: 120 }}
              onChange={(y) => {
                setSaved(null)
                setParams({ year: String(y) })
              }}
              options={years.map((y) => ({
                value: y,
                label: t('calendar.yearOption', { year: y }),
              }))}
            />
            {detail.data && (
              <CalendarUpload
                key={year}
                year={year}
                version={detail.data.version}
                onSaved={onSaved}
              />
            )}
          </Space>
        }
      >
        {saved && (
          <Alert
            type="success"
            showIcon
            role="status"
            closable={{ onClose: () => setSaved(null) }}
            className="mb-12"
            title={t('calendar.saved', { year: saved.year, count: saved.count })}
          />
        )}
        <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
        {detail.isPending && <PageLoading />}
        {detail.data && (
          <>
            <Space wrap size="middle" data-testid="calendar-source">
              <span>
                {t('calendar.sourceLabel')}:{' '}
                <StatusLabel tone={SOURCE_TONE[detail.data.source]}>
                  {t(`calendar.source.${detail.data.source}`)}
                </StatusLabel>
              </span>
              <Typography.Text>
                {t('calendar.summary', {
                  holidays: Object.keys(detail.data.holidays).length,
                  workdays: Object.keys(detail.data.workdays).length,
                })}
              </Typography.Text>
            </Space>
            {!detail.data.loaded && (
              <Alert
                type="warning"
                showIcon
                title={t('calendar.notLoaded', { year })}
                className="mt-12"
              />
            )}
            <CalendarLegend />
            <YearGrid key={year} year={year} maps={detail.data} onEdit={setEditing} />
            <div className="mt-16">
              <CalendarEntries year={year} maps={detail.data} onEdit={setEditing} />
            </div>
            {editing && (
              <DayEditor
                year={year}
                date={editing}
                maps={detail.data}
                loaded={detail.data.loaded}
                version={detail.data.version}
                onClose={() => setEditing(null)}
                onSaved={onSaved}
              />
            )}
          </>
        )}
      </PageSection>
    </>
  )
}
