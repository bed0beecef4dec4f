import { Table } from 'antd'
import dayjs from 'dayjs'
import type { TFunction } from '../../../shared/i18n/i18n'
import type { CopyPackage, CopyValue } from '../../../shared/api/copy-schemas'

interface Row {
  key: string
  category: string
  field: string
  value: string
}

// Codes and timestamps read as words and local times on screen and on paper; the files keep them raw.
const LABELS: Record<string, string> = {
  gender: 'copy:gender',
  accountStatus: 'common:accountStatus',
  basis: 'copy:basis',
  recipientType: 'copy:recipientType',
  roles: 'copy:userRole',
}
const TIMES = new Set(['registeredAt', 'disclosedAt'])

function text(field: string, value: CopyValue, t: TFunction): string {
  if (value === null || value === '') return '—'
  if (typeof value === 'boolean') return t(value ? 'copy:yes' : 'copy:no')
  const labels = LABELS[field]
  if (labels && typeof value === 'string') return value.split(',').map((v) => t(`${labels}.${v}`, { defaultValue: v })).join('、')
  if (TIMES.has(field) && typeof value === 'string') return dayjs(value).format('YYYY-MM-DD HH:mm')
  return String(value)
}

/** One row per field, grouped by category; the same rows as the CSV file. */
export function copyRows(pkg: CopyPackage, t: TFunction): Row[] {
  return pkg.sections.flatMap((s) => {
    const category = t(`common:dataCategory.${s.category}`)
    if (s.records.length === 0) return [{ key: s.category, category, field: '—', value: t('copy:empty') }]
    return s.records.flatMap((record, i) =>
      Object.entries(record).map(([field, value]) => ({
        key: `${s.category}.${i}.${field}`,
        category: s.records.length > 1 ? `${category} · ${t('copy:record', { n: i + 1 })}` : category,
        field: t(`copy:fields.${field}`, { defaultValue: field }),
        value: text(field, value, t),
      })),
    )
  })
}

export function CopySectionsTable({ pkg, t, testId }: { pkg: CopyPackage; t: TFunction; testId: string }) {
  return (
    <Table<Row>
      size="small"
      pagination={false}
      data-testid={testId}
      dataSource={copyRows(pkg, t)}
      columns={[
        { title: t('copy:category'), dataIndex: 'category', width: '28%' },
        { title: t('copy:field'), dataIndex: 'field', width: '28%' },
        { title: t('copy:value'), dataIndex: 'value' },
      ]}
    />
  )
}
