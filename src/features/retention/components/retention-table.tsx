import type { UseQueryResult } from '@tanstack/react-query'
import { Table, type TableProps } from 'antd'
import type { SortOrder } from 'antd/es/table/interface'
import dayjs from 'dayjs'
import { Link } from 'react-router'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RetentionState } from '../../../shared/api/enums'
import type { RetentionItem, RetentionList } from '../../../shared/api/retention-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import '../i18n'
import { PAGE_SIZES, type RetentionView } from '../model/retention-params'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

const STATE_TONE: Record<RetentionState, Tone> = {
  due: 'blocking',
  held: 'warning',
  upcoming: 'info',
  purged: 'ok',
}

function sortOrder(sort: string | undefined, field: string): SortOrder | undefined {
  const [f, d] = (sort ?? 'purgeOn:asc').split(':')
  if (f !== field) return undefined
  return d === 'desc' ? 'descend' : 'ascend'
}

/** Every kept category of every user, filtered, sorted and paged by the server. */
export function RetentionTable({
  view,
  list,
  onChange,
}: {
  view: RetentionView
  /** The page's query of the list, which also carries the summary shown above the table. */
  list: UseQueryResult<RetentionList>
  onChange(change: Partial<RetentionView>): void
}) {
  const { t } = useTranslation('retention')
  const staffName = useStaffName(t('byJob'))

  const state = (s: RetentionState, i: RetentionItem) => (
    <StatusLabel tone={STATE_TONE[s]}>
      {s === 'held'
        ? t('state.held', { hold: t(`hold.${i.hold}`) })
        : s === 'purged'
          ? t('state.purged', {
              at: dayjs(i.purgedAt).format('YYYY-MM-DD HH:mm'),
              by: staffName(i.purgedBy),
            })
          : t(`state.${s}`)}
    </StatusLabel>
  )
  const columns: TableProps<RetentionItem>['columns'] = [
    {
      title: t('col.purgeOn'),
      dataIndex: 'purgeOn',
      width: 120,
      sorter: true,
      sortOrder: sortOrder(view.sort, 'purgeOn'),
    },
    {
      title: t('col.user'),
      dataIndex: 'userId',
      render: (id: string, i) => (
        <Link to={`/users/${id}`}>
          {id} · {i.userName}
        </Link>
      ),
    },
    {
      title: t('col.category'),
      dataIndex: 'category',
      sorter: true,
      sortOrder: sortOrder(view.sort, 'category'),
      render: (c: string) => t(`common:dataCategory.${c}`),
    },
    {
      title: t('col.duty'),
      dataIndex: 'duty',
      render: (d: string) => t(`common:retentionDuty.${d}`),
    },
    { title: t('col.retainFrom'), dataIndex: 'retainFrom', width: 110 },
    { title: t('col.state'), dataIndex: 'state', render: state },
    {
      title: t('col.request'),
      dataIndex: 'requestId',
      render: (id: string) => <Link to={`/requests/${id}`}>{id}</Link>,
    },
  ]

  return (
    <>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <div data-testid="retention-list" aria-busy={list.isFetching}>
        <Table<RetentionItem>
          size="small"
          rowKey={(i) => `${i.userId}:${i.category}`}
          aria-label={t('table')}
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('empty') }}
          columns={columns}
          scroll={{ x: 1000 }}
          onChange={(pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter
            const sort =
              s?.order && s.field
                ? `${String(s.field)}:${s.order === 'ascend' ? 'asc' : 'desc'}`
                : undefined
            const pageSize = pagination.pageSize ?? view.pageSize
            onChange({
              sort,
              pageSize,
              page:
                sort !== view.sort || pageSize !== view.pageSize ? 1 : (pagination.current ?? 1),
            })
          }}
          pagination={{
            current: view.page,
            pageSize: view.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total) => t('total', { total }),
          }}
        />
      </div>
    </>
  )
}
