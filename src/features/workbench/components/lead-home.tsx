import { useQuery } from '@tanstack/react-query'
import { Row, Typography } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { RequestBrief } from '../../../shared/api/dashboard-schemas'
import { PageLoading } from '../../../shared/ui/page-loading'
import type { Tone } from '../../../shared/ui/theme'
import { dashboardQueries } from '../api/dashboard-queries'
import { OPEN, queueHref, type QueueLink } from '../model/links'
import { BacklogTable } from './backlog-table'
import { NewCheckersTable } from './new-checkers-table'
import { HomeCell, SnapshotBar, StatLinks } from './home-parts'
import { OnTimeTable } from './on-time-table'
import { RequestBriefTable } from './request-brief-table'
import { WorkloadTable } from './workload-table'

interface BriefList {
  key: 'overdue' | 'dueSoon' | 'approvals'
  link: QueueLink
  scope: 'mine' | 'team'
  page: { total: number; items: RequestBrief[] } | undefined
  tone: Tone
  hint?: string
  /** Approvals show who prepared the decision rather than the assignee. */
  preparedBy?: boolean
}

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
  // Each short list is also a figure in the row above, and both open the same queue view.
  const lists: BriefList[] = [
    {
      key: 'overdue',
      link: { tab: 'overdue' },
      scope: 'team',
      page: d?.overdue,
      tone: 'blocking',
      hint: t('lead.overdueHint'),
    },
    { key: 'dueSoon', link: { tab: 'due_soon' }, scope: 'team', page: d?.dueSoon, tone: 'warning' },
    {
      key: 'approvals',
      // The decisions others prepared wait on this lead: their 我的待办, narrowed to approvals.
      link: { tab: 'mine', status: 'pending_approval' },
      scope: 'mine',
      page: d?.approvals,
      tone: 'escalated',
      hint: t('lead.approvalsHint'),
      preparedBy: true,
    },
  ]
  const stats = [
    {
      key: 'open',
      to: queueHref({ tab: 'all', status: OPEN }),
      label: t('col.open'),
      value: open,
      scope: 'team' as const,
      tone: 'info' as const,
    },
    {
      key: 'unassigned',
      to: queueHref({ tab: 'unassigned' }),
      label: t('col.unassigned'),
      value: open === undefined || assigned === undefined ? undefined : open - assigned,
      scope: 'team' as const,
      tone: 'awaiting' as const,
    },
    ...lists.map((l) => ({
      key: l.key,
      to: queueHref(l.link),
      label: t(`lead.${l.key}`),
      value: l.page?.total,
      scope: l.scope,
      tone: l.tone,
      hint: l.key === 'overdue' ? l.hint : undefined,
    })),
  ]
  return (
    <>
      <SnapshotBar query={query} />
      <Row gutter={[16, 16]}>
        <StatLinks stats={stats} loading={loading} />
        <HomeCell col={{ span: 24 }} title={t('lead.backlog')}>
          <BacklogTable backlog={d?.backlog} loading={loading} />
        </HomeCell>
        {lists.map((l) => (
          <HomeCell
            key={l.key}
            title={t(`lead.${l.key}`)}
            extra={
              l.page && (
                <Link to={queueHref(l.link)} className="no-print">
                  {t('viewAll', { total: l.page.total })}
                </Link>
              )
            }
          >
            {l.hint && <Typography.Paragraph type="secondary">{l.hint}</Typography.Paragraph>}
            <RequestBriefTable
              label={t(`lead.${l.key}`)}
              items={l.page?.items ?? []}
              loading={loading}
              preparedBy={l.preparedBy}
            />
          </HomeCell>
        ))}
        <HomeCell title={t('lead.workload')}>
          <WorkloadTable workload={d?.workload} loading={loading} />
        </HomeCell>
        <HomeCell title={t('lead.newCheckers')}>
          <Typography.Paragraph type="secondary">
            {t('lead.newCheckersHint', { days: d?.windowDays ?? 30 })}
          </Typography.Paragraph>
          <NewCheckersTable items={d?.newCheckers} loading={loading} />
        </HomeCell>
        <HomeCell title={t('lead.onTime', { days: d?.windowDays ?? 30 })}>
          <Typography.Paragraph type="secondary">
            {t('lead.onTimeHint', { days: d?.windowDays ?? 30 })}
          </Typography.Paragraph>
          <OnTimeTable
            rows={d?.onTime}
            loading={loading}
            label={t('lead.onTime', { days: d?.windowDays ?? 30 })}
          />
        </HomeCell>
        <HomeCell col={{ span: 24 }} title={t('lead.charts')}>
          <Suspense fallback={<PageLoading />}>
            {d ? <LeadCharts dashboard={d} /> : <PageLoading />}
          </Suspense>
        </HomeCell>
      </Row>
    </>
  )
}
