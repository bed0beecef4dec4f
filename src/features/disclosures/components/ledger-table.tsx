import { useQuery } from '@tanstack/react-query'
import { Button, Table, Typography, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { DisclosureRecord } from '../../../shared/api/schemas'
import { queryTableProps } from '../../../shared/list-view/query-table-props'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { disclosureQueries } from '../api/disclosure-api'
import '../i18n'
import type { ListView } from '../../../shared/list-view/use-list-view'
import type { LEDGER_LIST } from '../model/ledger-params'
import { useStaffName } from './use-staff-name'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

interface LedgerTableProps {
  list: ListView<typeof LEDGER_LIST>
  onOpen(seq: number): void
}

// Solid, dark tones: white text on them meets WCAG AA contrast.
export const BASIS_TONE: Record<DisclosureRecord['basis'], Tone> = {
  consent: 'ok',
  legal_process: 'blocking',
  third_party_application: 'awaiting',
  exemption: 'attention',
  privacy_dialing: 'info',
}

export function LedgerTable({ list: view, onOpen }: LedgerTableProps) {
  const { t } = useTranslation('disclosures')
  const list = useQuery(disclosureQueries.list(view.query))
  const staffName = useStaffName()
  const names = list.data?.userNames ?? {}

  const columns: TableProps<DisclosureRecord>['columns'] = [
    {
      title: t('col.seq'),
      dataIndex: 'seq',
      ...view.sortable('seq'),
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
      ...view.sortable('disclosedAt'),
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
          <Typography.Text type="secondary">{t(`common:recipientType.${r.type}`)}</Typography.Text>
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
        items
          .map((i) => t(`common:disclosedItem.${i}`, { defaultValue: i }))
          .join(t('listSeparator')),
    },
    { title: t('col.purpose'), dataIndex: 'purpose', ellipsis: true },
    // A name or a yes/no needs little room: the recipient, the items and the purpose get the rest.
    { title: t('col.recordedBy'), dataIndex: 'recordedBy', width: 100, render: staffName },
    { title: t('col.approvedBy'), dataIndex: 'approvedBy', width: 100, render: staffName },
    {
      title: t('col.userNotified'),
      dataIndex: 'userNotified',
      width: 120,
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
        {...queryTableProps(list, t('empty'))}
        scroll={{ x: 1200 }}
        {...view.table<DisclosureRecord>(list.data?.total, (total) => t('total', { total }))}
      />
    </>
  )
}
