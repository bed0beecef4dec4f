import { useQuery } from '@tanstack/react-query'
import { Col, Row, Table } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { AgentDashboard } from '../../../shared/api/dashboard-schemas'
import type { RequestType } from '../../../shared/api/enums'
import { StatusTag } from '../../../shared/ui/status-tag'
import { dashboardQueries } from '../api/dashboard-queries'
import { queueHref } from '../model/links'
import { formatTime, HomeCard, SnapshotBar, StatLink } from './home-parts'

type Recent = AgentDashboard['recent'][number]

/** An agent's first question: what is mine, what is late, what waits for the requester. */
export function AgentHome() {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const query = useQuery(dashboardQueries.agent())
  const d = query.data
  const loading = query.isPending
  const stats = [
    { key: 'open', to: queueHref({ tab: 'mine' }), value: d?.open, tone: 'info' as const },
    {
      key: 'dueToday',
      to: queueHref({ tab: 'mine', due: 'today' }),
      value: d?.dueToday,
      tone: 'attention' as const,
    },
    {
      key: 'overdue',
      to: queueHref({ tab: 'overdue', assignee: 'me' }),
      value: d?.overdue,
      tone: 'blocking' as const,
    },
    {
      key: 'awaiting',
      to: queueHref({ tab: 'mine', status: 'awaiting_requester' }),
      value: d?.awaitingRequester,
      tone: 'awaiting' as const,
    },
    {
      key: 'dueSoon',
      to: queueHref({ tab: 'due_soon', assignee: 'me' }),
      value: d?.dueSoon,
      tone: 'warning' as const,
    },
  ] as const
  return (
    <>
      <SnapshotBar query={query} />
      <Row gutter={[16, 16]}>
        {stats.map((s) => (
          <Col key={s.key} flex="1 1 200px">
            <StatLink
              to={s.to}
              label={t(`agent.${s.key}`)}
              value={s.value}
              tone={s.tone}
              loading={loading}
            />
          </Col>
        ))}
        <Col xs={24} lg={10}>
          <HomeCard title={t('agent.byStatus')}>
            <Table
              aria-label={t('agent.byStatus')}
              size="small"
              rowKey="status"
              pagination={false}
              loading={loading}
              dataSource={d?.byStatus ?? []}
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
                      to={queueHref({ tab: 'mine', status: r.status })}
                      aria-label={`${tc(`status.${r.status}`)}: ${count}`}
                    >
                      {count}
                    </Link>
                  ),
                },
              ]}
            />
          </HomeCard>
        </Col>
        <Col xs={24} lg={14}>
          <HomeCard title={t('agent.recent')}>
            <Table<Recent>
              aria-label={t('agent.recent')}
              size="small"
              rowKey={(e) => `${e.requestId}-${e.at}-${e.action}`}
              pagination={false}
              loading={loading}
              dataSource={d?.recent ?? []}
              locale={{ emptyText: t('agent.recentEmpty') }}
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
          </HomeCard>
        </Col>
      </Row>
    </>
  )
}
