export { MonthlyReportPage as ReportsRoute } from '../../features/reports/components/monthly-report-page'
