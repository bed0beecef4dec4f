import { Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { REQUEST_TYPES, type RequestStatus, type RequestType } from '../../../shared/api/enums'
import type { LeadDashboard } from '../../../shared/api/dashboard-schemas'
import { OPEN, queueHref } from '../model/links'
import { HomeTable } from './home-parts'

interface Row {
  type: RequestType
  counts: Partial<Record<RequestStatus, number>>
  total: number
}

/** Open requests by type and status; every number opens the queue on exactly that cell. */
export function BacklogTable({
  backlog,
  loading,
}: {
  backlog: LeadDashboard['backlog'] | undefined
  loading: boolean
}) {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const rows: Row[] = REQUEST_TYPES.map((type) => {
    const counts: Row['counts'] = {}
    let total = 0
    for (const b of backlog ?? []) {
      if (b.type !== type) continue
      counts[b.status] = b.count
      total += b.count
    }
    return { type, counts, total }
  })
  const cell = (type: RequestType, status: RequestStatus | null, count: number) => {
    if (count === 0) return <Typography.Text type="secondary">0</Typography.Text>
    const label = t('lead.backlogCell', {
      type: tc(`requestType.${type}`),
      status: status ? tc(`status.${status}`) : t('col.total'),
      count,
    })
    return (
      <Link to={queueHref({ tab: 'all', type, status: status ?? OPEN })} aria-label={label}>
        {count}
      </Link>
    )
  }
  return (
    <HomeTable<Row>
      label={t('lead.backlog')}
      rowKey="type"
      loading={loading}
      rows={rows}
      scroll={{ x: true }}
      columns={[
        {
          title: t('col.type'),
          dataIndex: 'type',
          render: (type: RequestType) => tc(`requestType.${type}`),
        },
        ...OPEN.map((status) => ({
          title: tc(`status.${status}`),
          key: status,
          align: 'right' as const,
          render: (_: unknown, r: Row) => cell(r.type, status, r.counts[status] ?? 0),
        })),
        {
          title: t('col.total'),
          key: 'total',
          align: 'right' as const,
          render: (_: unknown, r: Row) => <strong>{cell(r.type, null, r.total)}</strong>,
        },
      ]}
    />
  )
}
