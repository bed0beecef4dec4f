import { Alert } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { ApiError } from '../../../shared/api/api-error'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { calendarProblems } from '../api/calendar-api'
import '../i18n'

/** A rejected calendar: every bad line with its reason, and that nothing was changed. */
export function CalendarProblems({ error, year }: { error: unknown; year: number }) {
  const { t } = useTranslation('settings')
  const problems = error instanceof ApiError ? calendarProblems(error.details) : []
  if (!problems.length) return <ErrorAlert error={error} />
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="mb-12"
      title={t('calendar.upload.invalid', { count: problems.length })}
      description={
        <>
          <ul data-testid="calendar-problems" style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {problems.map((p, i) => (
              <li key={i}>
                <strong>{t('calendar.upload.line', { line: p.line })}</strong>:{' '}
                {p.problem
                  ? t(`calendar.upload.problem.${p.problem}`, {
                      list: p.list ? t(`calendar.upload.list.${p.list}`) : '',
                      date: p.date ?? '',
                      year,
                    })
                  : p.message}
              </li>
            ))}
          </ul>
          {error instanceof ApiError && (
            <span>
              {t('common:common.correlationId')}: {error.correlationId}
            </span>
          )}
        </>
      }
    />
  )
}
