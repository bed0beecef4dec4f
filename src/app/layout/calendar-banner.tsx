import { useQuery } from '@tanstack/react-query'
import { Alert } from 'antd'
import { useTranslation } from '../../shared/i18n/i18n'
import { Link } from 'react-router'
import { calendarQueries } from '../../shared/api/calendar'
import { useStaff } from '../../shared/auth/session-context'

/** Every role sees it while next year's official calendar is not loaded. */
export function CalendarBanner() {
  const { t } = useTranslation()
  const staff = useStaff()
  const status = useQuery(calendarQueries.status())
  const next = new Date().getFullYear() + 1
  if (!status.data || status.data.some((y) => y.year === next && y.loaded)) return null
  return (
    <Alert
      banner
      type="warning"
      data-testid="calendar-banner"
      title={
        <span>
          {t('common.calendarMissing', { year: next })}{' '}
          {staff.role === 'admin' && <Link to="/admin/calendar" style={{ textDecoration: 'underline' }}>
              {t('menu.calendar')}
            </Link>}
        </span>
      }
    />
  )
}
