import { useQuery } from '@tanstack/react-query'
import { Col, Row, Typography } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { PageLoading } from '../../../shared/ui/page-loading'
import { dashboardQueries } from '../api/dashboard-queries'
import { OPEN, queueHref } from '../model/links'
import { BacklogTable } from './backlog-table'
import { NewCheckersTable } from './new-checkers-table'
import { HomeCard, SnapshotBar, StatLink } from './home-parts'
import { OnTimeTable } from './on-time-table'
import { RequestBriefTable } from './request-brief-table'
import { WorkloadTable } from './workload-table'

// The charts are their own chunk: only a lead's home loads them.
const LeadCharts = lazy(() => import('../charts/lead-charts'))

/** A lead's first question: how big is the backlog, what is late, who carries what, what needs me. */
export function LeadHome() {
  const { t } = useTranslation('workbench')
  const query = useQuery(dashboardQueries.lead())
  const d = query.data
  const loading = query.isPending
  const open = d?.backlog.reduce((n, b) => n + b.count, 0)
  const assigned = d?.workload.reduce((n, w) => n + w.open, 0)
  const viewAll = (to: string, total: number | undefined) =>
    total === undefined ? null : (
      <Link to={to} className="no-print">
        {t('viewAll', { total })}
      </Link>
    )
  return (
    <>
      <SnapshotBar query={query} />
      <Row gutter={[16, 16]}>
        <Col flex="1 1 200px">
          <StatLink
            to={queueHref({ tab: 'all', status: OPEN })}
            label={t('col.open')}
            value={open}
            tone="info"
            loading={loading}
          />
        </Col>
        <Col flex="1 1 200px">
          <StatLink
            to={queueHref({ tab: 'unassigned' })}
            label={t('col.unassigned')}
            value={open === undefined || assigned === undefined ? undefined : open - assigned}
            tone="awaiting"
            loading={loading}
          />
        </Col>
        <Col flex="1 1 200px">
          <StatLink
            to={queueHref({ tab: 'overdue' })}
            label={t('lead.overdue')}
            value={d?.overdue.total}
            tone="blocking"
            loading={loading}
          />
        </Col>
        <Col flex="1 1 200px">
          <StatLink
            to={queueHref({ tab: 'due_soon' })}
            label={t('lead.dueSoon')}
            value={d?.dueSoon.total}
            tone="warning"
            loading={loading}
          />
        </Col>
        <Col flex="1 1 200px">
          <StatLink
            to={queueHref({ tab: 'all', status: 'pending_approval' })}
            label={t('lead.approvals')}
            value={d?.approvals.total}
            tone="escalated"
            loading={loading}
          />
        </Col>
        <Col span={24}>
          <HomeCard title={t('lead.backlog')}>
            <BacklogTable backlog={d?.backlog} loading={loading} />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard
            title={t('lead.overdue')}
            extra={viewAll(queueHref({ tab: 'overdue' }), d?.overdue.total)}
          >
            <RequestBriefTable
              label={t('lead.overdue')}
              items={d?.overdue.items ?? []}
              loading={loading}
            />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard
            title={t('lead.dueSoon')}
            extra={viewAll(queueHref({ tab: 'due_soon' }), d?.dueSoon.total)}
          >
            <RequestBriefTable
              label={t('lead.dueSoon')}
              items={d?.dueSoon.items ?? []}
              loading={loading}
            />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard
            title={t('lead.approvals')}
            extra={viewAll(
              queueHref({ tab: 'all', status: 'pending_approval' }),
              d?.approvals.total,
            )}
          >
            <Typography.Paragraph type="secondary">{t('lead.approvalsHint')}</Typography.Paragraph>
            <RequestBriefTable
              label={t('lead.approvals')}
              items={d?.approvals.items ?? []}
              loading={loading}
              preparedBy
            />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard title={t('lead.workload')}>
            <WorkloadTable workload={d?.workload} loading={loading} />
          </HomeCard>
        </Col>
        <Col xs={24} xl={12}>
          <HomeCard title={t('lead.newCheckers')}>
            <Typography.Paragraph type="secondary">
              {t('lead.newCheckersHint', { days: d?.windowDays ?? 30 })}
            </Typography.Paragraph>
            <NewCheckersTable items={d?.newCheckers} loading={loading} />
          </HomeCard>
        </Col>
        <Col xs={24} xl={10}>
          <HomeCard title={t('lead.onTime', { days: d?.windowDays ?? 30 })}>
            <Typography.Paragraph type="secondary">{t('lead.onTimeHint')}</Typography.Paragraph>
            <OnTimeTable
              rows={d?.onTime}
              loading={loading}
              label={t('lead.onTime', { days: d?.windowDays ?? 30 })}
            />
          </HomeCard>
        </Col>
        <Col xs={24} xl={14}>
          <HomeCard title={t('lead.charts')}>
            <Suspense fallback={<PageLoading />}>
              {d ? <LeadCharts dashboard={d} /> : <PageLoading />}
            </Suspense>
          </HomeCard>
        </Col>
      </Row>
    </>
  )
}
