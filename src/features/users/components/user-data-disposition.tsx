import { Card, Table, Typography, type TableProps } from 'antd'
import dayjs from 'dayjs'
import { Link } from 'react-router'
import { useTranslation } from '../../../shared/i18n/i18n'
import { DATA_CATEGORIES, type DataDispositionStatus } from '../../../shared/api/enums'
import type { DataDisposition, PlatformUser } from '../../../shared/api/schemas'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import '../i18n'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

const STATUS_TONE: Record<DataDispositionStatus, Tone> = {
  deleted: 'blocking',
  anonymised: 'info',
  kept: 'warning',
  purged: 'ok',
}
const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD')

/**
 * What the data plans carried out for this user did to each category (CONTRACT 2026-12): what was
 * deleted or anonymised and when, and what is kept, under which law and until when, or was purged.
 */
export function UserDataDisposition({ user }: { user: PlatformUser }) {
  const { t } = useTranslation('users')
  const rows = [...user.dataDisposition].sort(
    (a, b) => DATA_CATEGORIES.indexOf(a.category) - DATA_CATEGORIES.indexOf(b.category),
  )
  const by = useStaffName(t('disposition.byJob'))
  const when = (_: unknown, d: DataDisposition) => {
    if (d.status === 'kept')
      return t('disposition.keptUntil', { purgeOn: d.purgeOn, retainFrom: d.retainFrom })
    if (d.status === 'purged')
      return t('disposition.purgedOn', { at: day(d.at), purgeOn: d.purgeOn, by: by(d.by) })
    return t('disposition.removedOn', { at: day(d.at) })
  }
  const columns: TableProps<DataDisposition>['columns'] = [
    {
      title: t('disposition.col.category'),
      dataIndex: 'category',
      render: (c: DataDisposition['category']) => t(`common:dataCategory.${c}`),
    },
    {
      title: t('disposition.col.status'),
      dataIndex: 'status',
      render: (s: DataDispositionStatus) => (
        <StatusLabel tone={STATUS_TONE[s]}>{t(`common:dataDisposition.${s}`)}</StatusLabel>
      ),
    },
    {
      title: t('disposition.col.duty'),
      dataIndex: 'duty',
      render: (d: DataDisposition['duty']) => (d ? t(`common:retentionDuty.${d}`) : '—'),
    },
    { title: t('disposition.col.when'), key: 'when', render: when },
    {
      title: t('disposition.col.request'),
      dataIndex: 'requestId',
      render: (id: string) => <Link to={`/requests/${id}`}>{id}</Link>,
    },
  ]
  return (
    <Card size="small" title={<h2 className="card-title">{t('disposition.title')}</h2>}>
      <Typography.Paragraph type="secondary">{t('disposition.intro')}</Typography.Paragraph>
      <Table<DataDisposition>
        data-testid="user-data-disposition"
        size="small"
        rowKey="category"
        pagination={false}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: t('disposition.empty') }}
      />
    </Card>
  )
}
