import { useQuery } from '@tanstack/react-query'
import { Button, Table, Typography, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { DisclosureRecord } from '../../../shared/api/schemas'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { disclosureQueries } from '../api/disclosure-api'
import '../i18n'
import { listParams, type LedgerView } from '../model/ledger-params'
import { useStaffName } from './use-staff-name'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

interface LedgerTableProps {
  view: LedgerView
  onOpen(seq: number): void
  onPage(change: Pick<LedgerView, 'page' | 'pageSize' | 'sort'>): void
}

// Solid, dark tones: white text on them meets WCAG AA contrast.
export const BASIS_TONE: Record<DisclosureRecord['basis'], Tone> = {
  consent: 'ok',
  legal_process: 'blocking',
  third_party_application: 'awaiting',
  exemption: 'attention',
  privacy_dialing: 'info',
}

export function LedgerTable({ view, onOpen, onPage }: LedgerTableProps) {
  const { t } = useTranslation('disclosures')
  const list = useQuery(disclosureQueries.list(listParams(view)))
  const staffName = useStaffName()
  const names = list.data?.userNames ?? {}

  const columns: TableProps<DisclosureRecord>['columns'] = [
    {
      title: t('col.seq'),
      dataIndex: 'seq',
      key: 'seq',
      sorter: true,
      // No sort means the server's default, newest first: the cycle must come back to it.
      sortDirections: ['descend', 'ascend'],
      sortOrder: view.sort?.startsWith('seq:')
        ? view.sort.endsWith('asc')
          ? 'ascend'
          : 'descend'
        : view.sort
          ? null
          : 'descend',
      render: (seq: number, r) => (
        <span className="nowrap">
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => onOpen(seq)}
            aria-label={t('drawer.title', { seq })}
          >
            #{seq}
          </Button>
          {r.corrects && (
            <StatusLabel style={{ marginInlineStart: 6 }}>
              {t('correctionTag', { seq: r.corrects })}
            </StatusLabel>
          )}
        </span>
      ),
    },
    {
      title: t('col.disclosedAt'),
      dataIndex: 'disclosedAt',
      key: 'disclosedAt',
      sorter: true,
      sortOrder: view.sort?.startsWith('disclosedAt:')
        ? view.sort.endsWith('asc')
          ? 'ascend'
          : 'descend'
        : null,
      render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: t('col.users'),
      dataIndex: 'userIds',
      render: (ids: string[]) =>
        ids.map((id) => (
          <div key={id} className="nowrap">
            {names[id] ?? '—'} <Typography.Text type="secondary">{id}</Typography.Text>
          </div>
        )),
    },
    {
      title: t('col.recipient'),
      dataIndex: 'recipient',
      render: (r: DisclosureRecord['recipient']) => (
        <span>
          {r.name}
          <br />
          <Typography.Text type="secondary">{t(`recipientType.${r.type}`)}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('col.basis'),
      dataIndex: 'basis',
      width: 190,
      render: (b: DisclosureRecord['basis'], r) => (
        <span>
          <StatusLabel tone={BASIS_TONE[b]}>{t(`basisShort.${b}`)}</StatusLabel>
          {r.exemptionClause && <div>{t('clauseShort', { n: r.exemptionClause })}</div>}
        </span>
      ),
    },
    {
      title: t('col.dataItems'),
      dataIndex: 'dataItems',
      render: (items: string[]) =>
        items.map((i) => t(`dataItem.${i}`, { defaultValue: i })).join(t('listSeparator')),
    },
    { title: t('col.purpose'), dataIndex: 'purpose', ellipsis: true },
    { title: t('col.recordedBy'), dataIndex: 'recordedBy', render: staffName },
    { title: t('col.approvedBy'), dataIndex: 'approvedBy', render: staffName },
    {
      title: t('col.userNotified'),
      dataIndex: 'userNotified',
      render: (v: boolean, r) => (
        <span>
          {v ? t('common:common.yes') : t('common:common.no')}
          {r.confidential && (
            <StatusLabel style={{ marginInlineStart: 6 }}>{t('confidential')}</StatusLabel>
          )}
        </span>
      ),
    },
  ]

  return (
    <>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<DisclosureRecord>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: t('empty') }}
        scroll={{ x: 1200 }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter
          const sort = s?.order
            ? `${String(s.columnKey)}:${s.order === 'ascend' ? 'asc' : 'desc'}`
            : undefined
          const pageChanged =
            pagination.current !== view.page || pagination.pageSize !== view.pageSize
          onPage({
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
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('total', { total }),
        }}
      />
    </>
  )
}
