import { useQuery } from '@tanstack/react-query'
import { Button, Space, Table, Typography, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { IncidentListItem } from '../../../shared/api/incident-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { incidentQueries } from '../api/incident-api'
import '../i18n'
import {
  listParams,
  PAGE_SIZES,
  readListView,
  sortOrderOf,
  writeListView,
  type IncidentListView,
} from '../model/list-params'
import { IncidentFilters } from './incident-filters'
import { IncidentFormDrawer } from './incident-form-drawer'
import { IncidentStatusTag, SeverityTag } from './incident-tags'
import { StatusLabel } from '../../../shared/ui/status-label'

export function IncidentsPage() {
  const { t } = useTranslation('incidents')
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const view = readListView(searchParams)
  const list = useQuery(incidentQueries.list(listParams(view)))
  const [creating, setCreating] = useState(false)
  const update = (change: Partial<IncidentListView>) =>
    setSearchParams(writeListView({ ...view, ...change }))

  const columns: TableProps<IncidentListItem>['columns'] = [
    {
      title: t('col.id'),
      dataIndex: 'id',
      key: 'id',
      sorter: true,
      sortOrder: sortOrderOf(view.sort, 'id'),
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
      key: 'severity',
      sorter: true,
      sortOrder: sortOrderOf(view.sort, 'severity'),
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
      key: 'discoveredAt',
      sorter: true,
      // No sort means the server's default, newest first.
      sortDirections: ['descend', 'ascend'],
      sortOrder: view.sort ? sortOrderOf(view.sort, 'discoveredAt') : 'descend',
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('col.affectedCount'),
      dataIndex: 'affectedCount',
      key: 'affectedCount',
      sorter: true,
      sortOrder: sortOrderOf(view.sort, 'affectedCount'),
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
      <Space className="full-width space-between mb-8" wrap>
        <Typography.Title level={1} id="incidents-title" style={{ fontSize: 22, margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('record')}
        </Button>
      </Space>
      <IncidentFilters
        filters={view.filters}
        onChange={(filters) => update({ filters, page: 1 })}
      />
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <div data-testid="incident-list" aria-busy={list.isFetching}>
        <Table<IncidentListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t('empty') }}
          onChange={(pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter
            const sort = s?.order
              ? `${String(s.columnKey)}:${s.order === 'ascend' ? 'asc' : 'desc'}`
              : undefined
            const pageChanged =
              pagination.current !== view.page || pagination.pageSize !== view.pageSize
            update({
              sort,
              page: pageChanged ? (pagination.current ?? 1) : 1,
              pageSize: pagination.pageSize ?? view.pageSize,
            })
          }}
          pagination={{
            current: view.page,
            pageSize: view.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [...PAGE_SIZES],
            showTotal: (total) => t('total', { total }),
          }}
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
