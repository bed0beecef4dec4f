import { useQuery } from '@tanstack/react-query'
import { Alert } from 'antd'
import { useState } from 'react'
import { useTranslation } from '../../shared/i18n/i18n'
import { Link } from 'react-router'
import { calendarQueries } from '../../shared/api/calendar'
import { useStaff } from '../../shared/auth/session-context'

// Which staff member closed the banner for which year, in this tab's session storage: it goes
// with the tab, as the session does, and holds no personal data.
const DISMISSED_KEY = 'console.calendarBannerDismissed'
const dismissal = (staffId: string, year: number) => `${staffId}:${year}`

/**
 * Shown while this year's or next year's official calendar is not loaded. This year comes first:
 * from 1 January until its calendar is loaded, today's deadlines are provisional. Only an admin
 * can load it, so an admin sees it until then; everyone else may close it for the session.
 */
export function CalendarBanner() {
  const { t } = useTranslation()
  const staff = useStaff()
  const status = useQuery(calendarQueries.status())
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(DISMISSED_KEY))
  if (!status.data) return null
  const thisYear = new Date().getFullYear()
  const loaded = new Set(status.data.filter((y) => y.loaded).map((y) => y.year))
  const missing = [thisYear, thisYear + 1].find((y) => !loaded.has(y))
  if (missing === undefined) return null
  const admin = staff.role === 'admin'
  if (!admin && dismissed === dismissal(staff.id, missing)) return null
  const dismiss = () => {
    const value = dismissal(staff.id, missing)
    sessionStorage.setItem(DISMISSED_KEY, value)
    setDismissed(value)
  }
  return (
    <Alert
      banner
      type="warning"
      data-testid="calendar-banner"
      closable={
        admin ? false : { 'aria-label': t('common.calendarMissingClose'), onClose: dismiss }
      }
      title={
        <span>
          {t('common.calendarMissing', { year: missing })}{' '}
          {admin && (
            <Link to="/admin/calendar" style={{ textDecoration: 'underline' }}>
              {t('menu.calendar')}
            </Link>
          )}
        </span>
      }
    />
  )
}
