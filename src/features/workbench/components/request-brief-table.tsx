import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { useWorkingCalendar } from '../../../shared/api/calendar'
import type { RequestBrief } from '../../../shared/api/dashboard-schemas'
import { SlaBadge } from '../../../shared/ui/sla-badge'
import { StatusTag } from '../../../shared/ui/status-tag'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import { HomeTable } from './home-parts'

interface RequestBriefTableProps {
  label: string
  items: RequestBrief[]
  loading: boolean
  /** Show who prepared the decision instead of the assignee (for approvals). */
  preparedBy?: boolean
}

/** The first few requests of a list; the card around it links to the whole list in the queue. */
export function RequestBriefTable({ label, items, loading, preparedBy }: RequestBriefTableProps) {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const calendar = useWorkingCalendar()
  const staffName = useStaffName()
  return (
    <HomeTable<RequestBrief>
      label={label}
      rowKey="id"
      loading={loading}
      rows={items}
      empty={t('empty')}
      scroll={{ x: true }}
      columns={[
        {
          title: t('col.id'),
          dataIndex: 'id',
          render: (id: string) => <Link to={`/requests/${id}`}>{id}</Link>,
        },
        {
          title: t('col.type'),
          dataIndex: 'type',
          render: (type: RequestBrief['type']) => tc(`requestType.${type}`),
        },
        {
          title: t('col.status'),
          dataIndex: 'status',
          render: (_: unknown, r) => <StatusTag status={r.status} />,
        },
        preparedBy
          ? {
              title: t('col.preparedBy'),
              dataIndex: 'preparedBy',
              render: (id: string | null) => staffName(id),
            }
          : {
              title: t('col.assignee'),
              dataIndex: 'assigneeId',
              render: (id: string | null) => staffName(id),
            },
        {
          title: t('col.deadline'),
          dataIndex: 'deadlineAt',
          render: (_: unknown, r) => <SlaBadge request={r} calendar={calendar} />,
        },
      ]}
    />
  )
}
