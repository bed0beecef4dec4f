export { CalendarPage as CalendarRoute } from '../../features/settings/components/calendar-page'
