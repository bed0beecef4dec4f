import { Table, type TableColumnsType } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { MonthlyReport } from '../../../shared/api/dashboard-schemas'
import type { DisclosureBasis, RejectionReason, RequestType } from '../../../shared/api/enums'
import '../../../shared/i18n/disclosure-basis'
import '../i18n'

const oneDecimal = (n: number | null) => (n === null ? '—' : String(Math.round(n * 10) / 10))
const percent = (share: number | null) =>
  share === null ? '—' : `${Math.round(share * 1000) / 10}%`

function ReportTable<Row extends object>({
  label,
  rows,
  rowKey,
  columns,
}: {
  label: string
  rows: Row[]
  rowKey: (r: Row) => string
  columns: TableColumnsType<Row>
}) {
  const { t } = useTranslation('reports')
  return (
    <Table<Row>
      aria-label={label}
      size="small"
      bordered
      rowKey={rowKey}
      pagination={false}
      dataSource={rows}
      columns={columns}
      locale={{ emptyText: t('none') }}
      scroll={{ x: true }}
    />
  )
}

function useTypeLabel() {
  const { t } = useTranslation('reports')
  const { t: tc } = useTranslation()
  return (type: RequestType | null) =>
    type ? tc(`requestType.${type}`) : <strong>{t('total')}</strong>
}

export function RequestsTable({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation('reports')
  const typeLabel = useTypeLabel()
  const sum = (k: 'received' | 'completed' | 'rejected' | 'withdrawn') =>
    report.byType.reduce((n, r) => n + r[k], 0)
  const rows = [
    ...report.byType,
    {
      type: null,
      received: sum('received'),
      completed: sum('completed'),
      rejected: sum('rejected'),
      withdrawn: sum('withdrawn'),
    },
  ]
  return (
    <ReportTable
      label={t('sections.requests')}
      rows={rows}
      rowKey={(r) => r.type ?? 'all'}
      columns={[
        { title: t('col.type'), dataIndex: 'type', render: typeLabel },
        ...(['received', 'completed', 'rejected', 'withdrawn'] as const).map((k) => ({
          title: t(`col.${k}`),
          dataIndex: k,
          align: 'right' as const,
        })),
      ]}
    />
  )
}

export function HandlingTable({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation('reports')
  const typeLabel = useTypeLabel()
  return (
    <ReportTable
      label={t('sections.handling')}
      rows={report.handling}
      rowKey={(r) => r.type ?? 'all'}
      columns={[
        { title: t('col.type'), dataIndex: 'type', render: typeLabel },
        { title: t('col.count'), dataIndex: 'count', align: 'right' },
        { title: t('col.median'), dataIndex: 'median', align: 'right', render: oneDecimal },
        { title: t('col.p90'), dataIndex: 'p90', align: 'right', render: oneDecimal },
      ]}
    />
  )
}

export function OnTimeTable({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation('reports')
  const typeLabel = useTypeLabel()
  return (
    <ReportTable
      label={t('sections.onTime')}
      rows={report.onTime}
      rowKey={(r) => r.type ?? 'all'}
      columns={[
        { title: t('col.type'), dataIndex: 'type', render: typeLabel },
        { title: t('col.onTime'), dataIndex: 'onTime', align: 'right' },
        { title: t('col.answered'), dataIndex: 'total', align: 'right' },
        { title: t('col.rate'), dataIndex: 'rate', align: 'right', render: percent },
      ]}
    />
  )
}

export function RefusalsTable({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation('reports')
  const { t: tc } = useTranslation()
  return (
    <ReportTable
      label={t('sections.refusals')}
      rows={report.refusals}
      rowKey={(r) => r.ground ?? 'none'}
      columns={[
        {
          title: t('col.ground'),
          dataIndex: 'ground',
          render: (g: RejectionReason | null) => (g ? tc(`rejectionReason.${g}`) : t('noGround')),
        },
        { title: t('col.count'), dataIndex: 'count', align: 'right' },
      ]}
    />
  )
}

export function DisclosuresTable({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation('reports')
  return (
    <ReportTable
      label={t('sections.disclosures')}
      rows={report.disclosures}
      rowKey={(r) => r.basis}
      columns={[
        {
          title: t('col.basis'),
          dataIndex: 'basis',
          render: (b: DisclosureBasis) => t(`disclosureBasis:${b}`),
        },
        { title: t('col.records'), dataIndex: 'count', align: 'right' },
      ]}
    />
  )
}

export function RevealsTable({ report }: { report: MonthlyReport }) {
  const { t } = useTranslation('reports')
  return (
    <ReportTable
      label={t('sections.reveals')}
      rows={report.reveals}
      rowKey={(r) => r.staffId}
      columns={[
        {
          title: t('col.staff'),
          dataIndex: 'displayName',
          render: (name: string, r) => `${name} (${r.staffId})`,
        },
        { title: t('col.reveals'), dataIndex: 'count', align: 'right' },
      ]}
    />
  )
}
