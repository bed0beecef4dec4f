import { ReloadOutlined } from '@ant-design/icons'
import type { UseQueryResult } from '@tanstack/react-query'
import { Button, Card, Divider, Space, Statistic, Typography } from 'antd'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import '../i18n'
import { TONES, type Tone } from '../../../shared/ui/theme'

/** A card with a real heading, so a screen-reader user can jump from widget to widget. */
export function HomeCard({
  title,
  extra,
  children,
}: {
  title: ReactNode
  extra?: ReactNode
  children: ReactNode
}) {
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
  tone?: Tone
  hint?: string
  loading?: boolean
}

/** One figure that opens the list it counts. */
export function StatLink({ to, label, value, tone, hint, loading }: StatLinkProps) {
  const shown = value ?? '…'
  return (
    <Link
      to={to}
      aria-label={`${label}: ${shown}${hint ? `. ${hint}` : ''}`}
      style={{ display: 'block', height: '100%' }}
    >
      <Card hoverable size="small" loading={loading} style={{ height: '100%' }}>
        <Statistic
          title={label}
          value={value ?? 0}
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
