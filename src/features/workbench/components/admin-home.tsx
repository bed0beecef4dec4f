import { useQuery } from '@tanstack/react-query'
import { Row, Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { AdminDashboard } from '../../../shared/api/dashboard-schemas'
import type { Role } from '../../../shared/api/enums'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { dashboardQueries } from '../api/dashboard-queries'
import { DividedBlocks, HomeCell, HomeTable, ReportLink, SnapshotBar } from './home-parts'
import { StatusLabel } from '../../../shared/ui/status-label'

type Year = AdminDashboard['calendar'][number]

function CalendarYear({ year }: { year: Year }) {
  const { t } = useTranslation('workbench')
  return (
    <section aria-labelledby={`calendar-${year.year}`} data-testid={`calendar-${year.year}`}>
      <h3
        id={`calendar-${year.year}`}
        style={{ fontSize: 15, margin: 0, display: 'inline-block', marginInlineEnd: 8 }}
      >
        {t('admin.year', { year: year.year })}
      </h3>
      <StatusLabel tone={year.loaded ? 'ok' : 'blocking'}>
        {t(`admin.loaded.${year.source}`)}
      </StatusLabel>
      {year.loaded && (
        <Typography.Paragraph style={{ margin: '6px 0 0' }}>
          {t('admin.holidays', { count: year.holidays, workdays: year.workdays })}
        </Typography.Paragraph>
      )}
      {year.provisionalOpen > 0 && (
        <Typography.Paragraph type="danger" style={{ margin: '6px 0 0' }}>
          {t('admin.provisional', { count: year.provisionalOpen })}
        </Typography.Paragraph>
      )}
    </section>
  )
}

/** The network faults injected into the mock backend; read from its own fault-free endpoint. */
function NetworkState() {
  const { t } = useTranslation('workbench')
  const network = useQuery(dashboardQueries.network())
  const c = network.data
  if (network.error)
    return <ErrorAlert error={network.error} onRetry={() => void network.refetch()} />
  if (!c) return <Typography.Text type="secondary">…</Typography.Text>
  const faulty = c.offline || c.latencyMs > 0 || c.failureRate > 0
  return (
    <StatusLabel tone={faulty ? 'blocking' : 'ok'} data-testid="network-state">
      {c.offline
        ? t('admin.networkOffline')
        : faulty
          ? t('admin.networkFaults', {
              latency: c.latencyMs,
              rate: Math.round(c.failureRate * 100),
            })
          : t('admin.networkNormal')}
    </StatusLabel>
  )
}

/** An admin's first question: is the calendar ready for the deadlines, who has which role, is the demo network normal. */
export function AdminHome() {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const query = useQuery(dashboardQueries.admin())
  const d = query.data
  return (
    <>
      <SnapshotBar query={query} />
      <Row gutter={[16, 16]}>
        <HomeCell
          title={t('admin.calendar')}
          extra={<Link to="/admin/calendar">{t('admin.openCalendar')}</Link>}
        >
          <DividedBlocks
            loading={query.isPending}
            items={d?.calendar}
            itemKey={(y) => y.year}
            render={(y) => <CalendarYear year={y} />}
          />
        </HomeCell>
        <HomeCell
          title={t('admin.network')}
          extra={<Link to="/admin/settings#network">{t('admin.openSettings')}</Link>}
        >
          <NetworkState />
        </HomeCell>
        <HomeCell
          title={t('admin.staff')}
          extra={<Link to="/admin/staff">{t('admin.openStaff')}</Link>}
        >
          <HomeTable
            label={t('admin.staff')}
            rowKey="role"
            loading={query.isPending}
            rows={d?.staff}
            columns={[
              {
                title: t('col.role'),
                dataIndex: 'role',
                render: (role: Role) => tc(`role.${role}`),
              },
              { title: t('col.active'), dataIndex: 'active', align: 'right' },
              { title: t('col.inactive'), dataIndex: 'inactive', align: 'right' },
            ]}
          />
        </HomeCell>
        <ReportLink />
      </Row>
    </>
  )
}
