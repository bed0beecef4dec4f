import { useQuery } from '@tanstack/react-query'
import { Button, Space, Table, Typography, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link, useNavigate } from 'react-router'
import type { IncidentListItem } from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { PageHeader } from '../../../shared/ui/page-header'
import { incidentQueries } from '../api/incident-api'
import '../i18n'
import { useListView } from '../../../shared/list-view/use-list-view'
import { INCIDENT_LIST } from '../model/list-params'
import { IncidentFilters } from './incident-filters'
import { IncidentFormDrawer } from './incident-form-drawer'
import { IncidentStatusTag, SeverityTag } from './incident-tags'
import { StatusLabel } from '../../../shared/ui/status-label'

export function IncidentsPage() {
  const { t } = useTranslation('incidents')
  const navigate = useNavigate()
  const view = useListView(INCIDENT_LIST)
  const list = useQuery(incidentQueries.list(view.query))
  const [creating, setCreating] = useState(false)

  const columns: TableProps<IncidentListItem>['columns'] = [
    {
      title: t('col.id'),
      dataIndex: 'id',
      ...view.sortable('id'),
      render: (id: string) => <Link to={`/incidents/${id}`}>{id}</Link>,
    },
    {
      title: t('col.title'),
      dataIndex: 'title',
      render: (title: string, r) => <Link to={`/incidents/${r.id}`}>{title}</Link>,
    },
    {
      title: t('col.severity'),
      dataIndex: 'severity',
      ...view.sortable('severity'),
      render: (s: IncidentListItem['severity']) => <SeverityTag severity={s} />,
    },
    {
      title: t('col.status'),
      dataIndex: 'status',
      render: (s: IncidentListItem['status']) => <IncidentStatusTag status={s} />,
    },
    {
      title: t('col.discoveredAt'),
      dataIndex: 'discoveredAt',
      ...view.sortable('discoveredAt'),
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('col.affectedCount'),
      dataIndex: 'affectedCount',
      ...view.sortable('affectedCount'),
      align: 'right',
    },
    {
      title: t('col.progress'),
      key: 'progress',
      render: (_, r) => (
        <Space size={4} wrap>
          {r.campaignCount > 0 && (
            <StatusLabel>{t('flags.campaigns', { count: r.campaignCount })}</StatusLabel>
          )}
          {r.announced && <StatusLabel>{t('flags.announced')}</StatusLabel>}
          {r.reported && <StatusLabel>{t('flags.reported')}</StatusLabel>}
          {r.regulatorDue.status === 'overdue' && (
            <StatusLabel tone="blocking">{t('flags.reportOverdue')}</StatusLabel>
          )}
          {r.campaignCount === 0 && !r.announced && (
            <Typography.Text type="secondary">{t('flags.none')}</Typography.Text>
          )}
        </Space>
      ),
    },
  ]

  return (
    <section aria-labelledby="incidents-title">
      <PageHeader
        id="incidents-title"
        title={t('title')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('record')}
          </Button>
        }
      />
      <IncidentFilters view={view} />
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <div data-testid="incident-list" aria-busy={list.isFetching}>
        <Table<IncidentListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t('empty') }}
          {...view.table<IncidentListItem>(list.data?.total, (total) => t('total', { total }))}
        />
      </div>
      <IncidentFormDrawer
        open={creating}
        incident={null}
        onClose={() => setCreating(false)}
        onDone={(incident) => {
          setCreating(false)
          navigate(`/incidents/${incident.id}`)
        }}
      />
    </section>
  )
}
