import { ReloadOutlined } from '@ant-design/icons'
import type { UseQueryResult } from '@tanstack/react-query'
import {
  Button,
  Card,
  Col,
  Divider,
  Space,
  Statistic,
  Table,
  Typography,
  type ColProps,
  type TableProps,
} from 'antd'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import '../i18n'
import { TONES, type Tone } from '../../../shared/ui/theme'

interface HomeCardProps {
  title: ReactNode
  extra?: ReactNode
  children: ReactNode
}

/** A card with a real heading, so a screen-reader user can jump from widget to widget. */
export function HomeCard({ title, extra, children }: HomeCardProps) {
  return (
    <Card
      size="small"
      title={<h2 className="card-title">{title}</h2>}
      extra={extra}
      className="home-card"
    >
      {children}
    </Card>
  )
}

const HALF: ColProps = { xs: 24, xl: 12 }

/** A card in the home grid: half the row on a wide screen unless told otherwise, all of it on a narrow one. */
export function HomeCell({ col = HALF, ...card }: HomeCardProps & { col?: ColProps }) {
  return (
    <Col {...col}>
      <HomeCard {...card} />
    </Col>
  )
}

type HomeTableProps<T> = Omit<TableProps<T>, 'aria-label' | 'dataSource' | 'locale'> & {
  /** The table's accessible name, usually its card's title. */
  label: string
  rows: readonly T[] | undefined
  /** What an empty table says instead of antd's default. */
  empty?: string
}

/** A card's table: small, every row on one page, named for screen readers. */
export function HomeTable<T extends object>({ label, rows, empty, ...table }: HomeTableProps<T>) {
  return (
    <Table<T>
      aria-label={label}
      size="small"
      pagination={false}
      dataSource={rows ?? []}
      locale={empty === undefined ? undefined : { emptyText: empty }}
      {...table}
    />
  )
}

/** A card's blocks one under another with a divider between, and a loading line until they come. */
export function DividedBlocks<T>({
  loading,
  items,
  itemKey,
  render,
}: {
  loading: boolean
  items: T[] | undefined
  itemKey: (item: T) => string | number
  render: (item: T) => ReactNode
}) {
  const { t } = useTranslation()
  return (
    <>
      {loading && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
      {items?.map((item, i) => (
        <div key={itemKey(item)}>
          {i > 0 && <Divider style={{ margin: '12px 0' }} />}
          {render(item)}
        </div>
      ))}
    </>
  )
}

interface StatLinkProps {
  to: string
  label: string
  value: number | undefined
  /** Whose requests the figure counts: the caller's own or the whole team's, said on every screen. */
  scope: 'mine' | 'team'
  tone?: Tone
  hint?: string
  loading?: boolean
}

/** One figure that opens the list it counts. */
export function StatLink({ to, label, value, scope, tone, hint, loading }: StatLinkProps) {
  const { t } = useTranslation('workbench')
  const shown = value ?? '…'
  const whose = t(`scope.${scope}`)
  return (
    <Link
      to={to}
      aria-label={`${label}: ${shown}（${whose}）${hint ? `. ${hint}` : ''}`}
      style={{ display: 'block', height: '100%' }}
    >
      <Card hoverable size="small" loading={loading} style={{ height: '100%' }}>
        <Statistic
          title={label}
          value={value ?? '…'}
          prefix={<span className="text-small text-secondary">{whose}</span>}
          styles={{ content: { color: tone && TONES[tone] } }}
        />
        {hint && (
          <Typography.Text type="secondary" className="text-small">
            {hint}
          </Typography.Text>
        )}
      </Card>
    </Link>
  )
}

/** A row of figures, each opening the list it counts; they wrap on a narrow screen. */
export function StatLinks({
  stats,
  loading,
}: {
  stats: (Omit<StatLinkProps, 'loading'> & { key: string })[]
  loading: boolean
}) {
  return stats.map(({ key, ...stat }) => (
    <Col key={key} flex="1 1 200px">
      <StatLink {...stat} loading={loading} />
    </Col>
  ))
}

/** The monthly report, at the foot of the homes whose figures it sums up. */
export function ReportLink() {
  const { t } = useTranslation('workbench')
  return (
    <Col span={24}>
      <Link to="/reports">{t('compliance.report')}</Link>
    </Col>
  )
}

/** When the figures were computed, a way to recompute them, and the failure if there was one. */
export function SnapshotBar({ query }: { query: UseQueryResult<{ generatedAt: string }> }) {
  const { t } = useTranslation('workbench')
  return (
    <>
      <Space className="no-print mb-12" wrap>
        {query.data && (
          <Typography.Text type="secondary">
            {t('generatedAt', {
              time: dayjs(query.data.generatedAt).format('YYYY-MM-DD HH:mm:ss'),
            })}
          </Typography.Text>
        )}
        <Button
          size="small"
          icon={<ReloadOutlined />}
          loading={query.isFetching}
          onClick={() => void query.refetch()}
        >
          {t('refresh')}
        </Button>
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
    </>
  )
}

export const formatTime = (iso: string) => dayjs(iso).format('MM-DD HH:mm')
export const percent = (share: number | null) =>
  share === null ? '—' : `${Math.round(share * 1000) / 10}%`
