import { Table, Typography } from 'antd'
import dayjs from 'dayjs'
import type { TFunction, TObjectKey } from '../../../shared/i18n/i18n'
import type { CopyPackage, CopySection, CopyValue } from '../../../shared/api/copy-schemas'

// Codes and timestamps read as words and local times on screen and on paper; the files keep them raw.
const LABELS: Record<string, TObjectKey> = {
  gender: 'copy:gender',
  accountStatus: 'common:accountStatus',
  basis: 'copy:basis',
  recipientType: 'copy:recipientType',
  roles: 'copy:userRole',
  taskRole: 'copy:taskRole',
  taskStatus: 'copy:taskStatus',
  paymentKind: 'copy:paymentKind',
  paymentStatus: 'copy:paymentStatus',
  permission: 'common:consentKey',
  entry: 'copy:entry',
}
const TIMES = new Set([
  'registeredAt',
  'disclosedAt',
  'firstSignInAt',
  'lastSignInAt',
  'publishedAt',
  'finishedAt',
  'at',
])

export function copyValueText(field: string, value: CopyValue, t: TFunction): string {
  if (value === null || value === '') return '—'
  if (typeof value === 'boolean') return t(value ? 'copy:yes' : 'copy:no')
  const labels = LABELS[field]
  if (labels && typeof value === 'string')
    return value
      .split(',')
      .map((v) => t(`${labels}.${v}`, { defaultValue: v }))
      .join('、')
  if (TIMES.has(field) && typeof value === 'string') return dayjs(value).format('YYYY-MM-DD HH:mm')
  return String(value)
}

type Row = Record<string, string> & { key: string }

function SectionTable({
  section,
  t,
  paginate,
}: {
  section: CopySection
  t: TFunction
  paginate: boolean
}) {
  const title = `${t(`common:dataCategory.${section.category}`)}（${section.records.length}）`
  const fields = Object.keys(section.records[0] ?? {})
  const rows = section.records.map((record, i): Row => ({
    key: String(i),
    ...Object.fromEntries(fields.map((f) => [f, copyValueText(f, record[f] ?? null, t)])),
  }))
  return (
    <div data-testid={`copy-section-${section.category}`} className="mb-16">
      <Typography.Title level={5} style={{ fontSize: 15 }}>
        {title}
      </Typography.Title>
      <Table<Row>
        size="small"
        aria-label={title}
        pagination={paginate && rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        dataSource={rows}
        columns={fields.map((f) => ({
          title: t(`copy:fields.${f}`, { defaultValue: f }),
          dataIndex: f,
        }))}
      />
    </div>
  )
}

/** One table per category in the package, a column per field: the same as its CSV file. */
export function CopySectionsTable({
  pkg,
  t,
  testId,
  paginate = true,
}: {
  pkg: CopyPackage
  t: TFunction
  testId: string
  paginate?: boolean
}) {
  return (
    <div data-testid={testId}>
      {pkg.sections.map((s) => (
        <SectionTable key={s.category} section={s} t={t} paginate={paginate} />
      ))}
    </div>
  )
}
