import { useQuery } from '@tanstack/react-query'
import { Alert } from 'antd'
import { useTranslation } from '../../shared/i18n/i18n'
import { Link } from 'react-router'
import { calendarQueries } from '../../shared/api/calendar'
import { useStaff } from '../../shared/auth/session-context'

/**
 * Every role sees it while this year's or next year's official calendar is not loaded. This year
 * comes first: from 1 January until its calendar is loaded, today's deadlines are provisional.
 */
export function CalendarBanner() {
  const { t } = useTranslation()
  const staff = useStaff()
  const status = useQuery(calendarQueries.status())
  if (!status.data) return null
  const thisYear = new Date().getFullYear()
  const loaded = new Set(status.data.filter((y) => y.loaded).map((y) => y.year))
  const missing = [thisYear, thisYear + 1].find((y) => !loaded.has(y))
  if (missing === undefined) return null
  return (
    <Alert
      banner
      type="warning"
      data-testid="calendar-banner"
      title={
        <span>
          {t('common.calendarMissing', { year: missing })}{' '}
          {staff.role === 'admin' && (
            <Link to="/admin/calendar" style={{ textDecoration: 'underline' }}>
              {t('menu.calendar')}
            </Link>
          )}
        </span>
      }
    />
  )
}
