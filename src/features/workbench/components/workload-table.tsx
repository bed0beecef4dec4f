import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { LeadDashboard } from '../../../shared/api/dashboard-schemas'
import { OPEN, queueHref, type QueueLink } from '../model/links'
import { HomeTable } from './home-parts'

type Workload = LeadDashboard['workload'][number]

/** Open, overdue and due-soon requests per person, each opening that person's list. */
export function WorkloadTable({
  workload,
  loading,
}: {
  workload: Workload[] | undefined
  loading: boolean
}) {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const link = (w: Workload, column: string, count: number, to: QueueLink) => (
    <Link to={queueHref(to)} aria-label={`${w.displayName} · ${column}: ${count}`}>
      {count}
    </Link>
  )
  return (
    <HomeTable<Workload>
      label={t('lead.workload')}
      rowKey="staffId"
      loading={loading}
      rows={workload}
      columns={[
        {
          title: t('col.staff'),
          dataIndex: 'displayName',
          render: (name: string, w) => `${name} · ${tc(`role.${w.role}`)}`,
        },
        {
          title: t('col.open'),
          dataIndex: 'open',
          align: 'right',
          render: (n: number, w) =>
            link(w, t('col.open'), n, { tab: 'all', assignee: w.staffId, status: OPEN }),
        },
        {
          title: t('col.overdue'),
          dataIndex: 'overdue',
          align: 'right',
          render: (n: number, w) =>
            link(w, t('col.overdue'), n, { tab: 'overdue', assignee: w.staffId }),
        },
        {
          title: t('col.dueSoon'),
          dataIndex: 'dueSoon',
          align: 'right',
          render: (n: number, w) =>
            link(w, t('col.dueSoon'), n, { tab: 'due_soon', assignee: w.staffId }),
        },
      ]}
    />
  )
}
