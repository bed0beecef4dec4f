import { useQuery } from '@tanstack/react-query'
import { Row } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { AgentDashboard } from '../../../shared/api/dashboard-schemas'
import type { RequestType } from '../../../shared/api/enums'
import { StatusTag } from '../../../shared/ui/status-tag'
import { dashboardQueries } from '../api/dashboard-queries'
import { myStatusLink, queueHref, type QueueLink } from '../model/links'
import type { Tone } from '../../../shared/ui/theme'
import { formatTime, HomeCell, HomeTable, SnapshotBar, StatLinks } from './home-parts'

type Recent = AgentDashboard['recent'][number]
type AgentStat = 'open' | 'dueToday' | 'overdue' | 'awaiting' | 'dueSoon'

/** An agent's first question: what is mine, what is late, what waits for the requester. */
export function AgentHome() {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const query = useQuery(dashboardQueries.agent())
  const d = query.data
  const loading = query.isPending
  // Every figure here counts the requests assigned to the agent, open, whoever's move it is:
  // the queue's team-wide views narrowed to them.
  const stat = (key: AgentStat, link: QueueLink, value: number | undefined, tone: Tone) => ({
    key,
    to: queueHref(link),
    label: t(`agent.${key}`),
    value,
    scope: 'mine' as const,
    tone,
  })
  const stats = [
    stat('open', { tab: 'all', assignee: 'me' }, d?.open, 'info'),
    stat('dueToday', { tab: 'all', assignee: 'me', due: 'today' }, d?.dueToday, 'attention'),
    stat('overdue', { tab: 'overdue', assignee: 'me' }, d?.overdue, 'blocking'),
    stat('awaiting', myStatusLink('awaiting_requester'), d?.awaitingRequester, 'awaiting'),
    stat('dueSoon', { tab: 'due_soon', assignee: 'me' }, d?.dueSoon, 'warning'),
  ]
  return (
    <>
      <SnapshotBar query={query} />
      <Row gutter={[16, 16]}>
        <StatLinks stats={stats} loading={loading} />
        <HomeCell col={{ xs: 24, lg: 10 }} title={t('agent.byStatus')}>
          <HomeTable
            label={t('agent.byStatus')}
            rowKey="status"
            loading={loading}
            rows={d?.byStatus}
            columns={[
              {
                title: t('col.status'),
                dataIndex: 'status',
                render: (_: unknown, r) => <StatusTag status={r.status} />,
              },
              {
                title: t('col.requests'),
                dataIndex: 'count',
                align: 'right',
                render: (count: number, r) => (
                  <Link
                    to={queueHref(myStatusLink(r.status))}
                    aria-label={`${tc(`status.${r.status}`)}: ${count}`}
                  >
                    {count}
                  </Link>
                ),
              },
            ]}
          />
        </HomeCell>
        <HomeCell col={{ xs: 24, lg: 14 }} title={t('agent.recent')}>
          <HomeTable<Recent>
            label={t('agent.recent')}
            rowKey={(e) => `${e.requestId}-${e.at}-${e.action}`}
            loading={loading}
            rows={d?.recent}
            empty={t('agent.recentEmpty')}
            columns={[
              { title: t('col.at'), dataIndex: 'at', render: formatTime },
              {
                title: t('col.id'),
                dataIndex: 'requestId',
                render: (id: string) => <Link to={`/requests/${id}`}>{id}</Link>,
              },
              {
                title: t('col.type'),
                dataIndex: 'type',
                render: (type: RequestType) => tc(`requestType.${type}`),
              },
              {
                title: t('col.action'),
                dataIndex: 'action',
                render: (action: string) => tc(`timeline.${action}`, { defaultValue: action }),
              },
            ]}
          />
        </HomeCell>
      </Row>
    </>
  )
}
