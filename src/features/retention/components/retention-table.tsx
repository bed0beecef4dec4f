import type { UseQueryResult } from '@tanstack/react-query'
import { Table, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { Link } from 'react-router'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RetentionState } from '../../../shared/api/enums'
import type { RetentionItem, RetentionList } from '../../../shared/api/retention-schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import '../i18n'
import type { ListView } from '../../../shared/list-view/use-list-view'
import type { RETENTION_LIST } from '../model/retention-params'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

const STATE_TONE: Record<RetentionState, Tone> = {
  due: 'blocking',
  held: 'warning',
  upcoming: 'info',
  purged: 'ok',
}

/** Every kept category of every user, filtered, sorted and paged by the server. */
export function RetentionTable({
  view,
  list,
}: {
  view: ListView<typeof RETENTION_LIST>
  /** The page's query of the list, which also carries the summary shown above the table. */
  list: UseQueryResult<RetentionList>
}) {
  const { t } = useTranslation('retention')
  const staffName = useStaffName(t('byJob'))

  const state = (s: RetentionState, i: RetentionItem) => (
    <StatusLabel tone={STATE_TONE[s]}>
      {s === 'held'
        ? t('state.held', { hold: i.hold ? t(`hold.${i.hold}`) : '' })
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
      ...view.sortable('purgeOn'),
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
      ...view.sortable('category'),
      render: (c: RetentionItem['category']) => t(`common:dataCategory.${c}`),
    },
    {
      title: t('col.duty'),
      dataIndex: 'duty',
      render: (d: RetentionItem['duty']) => t(`common:retentionDuty.${d}`),
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
          {...view.table<RetentionItem>(list.data?.total, (total) => t('total', { total }))}
        />
      </div>
    </>
  )
}
