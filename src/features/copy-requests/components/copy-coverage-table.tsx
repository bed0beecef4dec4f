import { Table } from 'antd'
import dayjs from 'dayjs'
import type { TFunction } from '../../../shared/i18n/i18n'
import type { CopyCoverage, CopyPackage } from '../../../shared/api/copy-schemas'

interface Row {
  key: string
  category: string
  included: string
  count: string
  note: string
}

function note(c: CopyCoverage, t: TFunction): string {
  if (!c.reason) return ''
  return t(`copy:coverage.reason.${c.reason}`, {
    requestId: c.removedBy?.requestId,
    at: c.removedBy ? dayjs(c.removedBy.at).format('YYYY-MM-DD') : '',
  })
}

/** Every category the platform may hold: in the copy with its record count, or not and why. */
export function CopyCoverageTable({
  pkg,
  t,
  testId,
}: {
  pkg: CopyPackage
  t: TFunction
  testId: string
}) {
  const rows = pkg.coverage.map((c): Row => ({
    key: c.category,
    category: t(`common:dataCategory.${c.category}`),
    included: t(c.included ? 'copy:coverage.yes' : 'copy:coverage.no'),
    count: c.included ? String(c.count) : '—',
    note: note(c, t),
  }))
  return (
    <Table<Row>
      size="small"
      pagination={false}
      data-testid={testId}
      aria-label={t('copy:coverage.title')}
      dataSource={rows}
      columns={[
        { title: t('copy:category'), dataIndex: 'category', width: '24%' },
        { title: t('copy:coverage.included'), dataIndex: 'included', width: '14%' },
        { title: t('copy:coverage.count'), dataIndex: 'count', width: '12%' },
        { title: t('copy:coverage.note'), dataIndex: 'note' },
      ]}
    />
  )
}
