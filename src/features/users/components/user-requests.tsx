import { useQuery } from '@tanstack/react-query'
import { Card, Table, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link, useSearchParams } from 'react-router'
import { requestQueries } from '../../../shared/api/requests'
import type { RequestListItem } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { StatusTag } from '../../../shared/ui/status-tag'
import '../i18n'

const PAGE_SIZES = [10, 20, 50]
const when = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—')
const positive = (raw: string | null, fallback: number) => {
  const n = Number(raw)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/** The user's requests, newest first, paged by the server; the page lives in the URL. */
export function UserRequests({ userId }: { userId: string }) {
  const { t } = useTranslation('users')
  const [searchParams, setSearchParams] = useSearchParams()
  const page = positive(searchParams.get('page'), 1)
  const pageSize = PAGE_SIZES.includes(Number(searchParams.get('pageSize')))
    ? Number(searchParams.get('pageSize'))
    : 10
  // The list endpoint matches q against the user id exactly, so this is the user's requests only.
  const list = useQuery(requestQueries.list({ q: userId, page, pageSize, sort: 'receivedAt:desc' }))

  const columns: TableProps<RequestListItem>['columns'] = [
    {
      title: t('col.id'),
      dataIndex: 'id',
      render: (id: string) => <Link to={`/requests/${id}`}>{id}</Link>,
    },
    {
      title: t('col.type'),
      dataIndex: 'type',
      render: (v: string) => t(`common:requestType.${v}`),
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
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          locale={{ emptyText: t('noRequests') }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            hideOnSinglePage: false,
            showTotal: (total) => t('total', { total }),
          }}
          onChange={(pagination) => {
            const next = new URLSearchParams(searchParams)
            next.set(
              'page',
              String(pagination.pageSize !== pageSize ? 1 : (pagination.current ?? 1)),
            )
            next.set('pageSize', String(pagination.pageSize ?? pageSize))
            setSearchParams(next)
          }}
        />
      </div>
    </Card>
  )
}
