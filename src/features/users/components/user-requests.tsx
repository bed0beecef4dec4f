import { useQuery } from '@tanstack/react-query'
import { Card, Table, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { requestQueries } from '../../../shared/api/requests'
import type { RequestListItem } from '../../../shared/api/schemas'
import { defineList } from '../../../shared/list-view/list-spec'
import { useListView } from '../../../shared/list-view/use-list-view'
import { queryTableProps } from '../../../shared/list-view/query-table-props'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { StatusTag } from '../../../shared/ui/status-tag'
import '../i18n'

const USER_REQUESTS = defineList({ filters: {}, pageSizes: [10, 20, 50] })
const when = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—')

/** The user's requests, newest first, paged by the server; the page lives in the URL. */
export function UserRequests({ userId }: { userId: string }) {
  const { t } = useTranslation('users')
  const view = useListView(USER_REQUESTS)
  const { page, pageSize } = view.state
  // The list endpoint matches q against the user id exactly, so this is the user's requests only.
  const list = useQuery(requestQueries.list({ q: userId, page, pageSize, sort: 'receivedAt:desc' }))
  const table = view.table<RequestListItem>(list.data?.total, (total) => t('total', { total }))

  const columns: TableProps<RequestListItem>['columns'] = [
    {
      title: t('col.id'),
      dataIndex: 'id',
      render: (id: string) => <Link to={`/requests/${id}`}>{id}</Link>,
    },
    {
      title: t('col.type'),
      dataIndex: 'type',
      render: (v: RequestListItem['type']) => t(`common:requestType.${v}`),
    },
    { title: t('col.receivedAt'), dataIndex: 'receivedAt', render: when },
    {
      title: t('col.status'),
      dataIndex: 'status',
      render: (v: RequestListItem['status']) => <StatusTag status={v} />,
    },
    { title: t('col.deadlineAt'), dataIndex: 'deadlineAt', render: when },
  ]

  return (
    <Card size="small" title={<h2 className="card-title">{t('requests')}</h2>}>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <div data-testid="user-requests" aria-busy={list.isFetching}>
        <Table<RequestListItem>
          rowKey="id"
          size="small"
          columns={columns}
          {...queryTableProps(list, t('noRequests'))}
          onChange={table.onChange}
          pagination={{ ...table.pagination, hideOnSinglePage: false }}
        />
      </div>
    </Card>
  )
}
