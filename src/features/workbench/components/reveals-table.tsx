import { WarningFilled } from '@ant-design/icons'
import { Typography } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import type { ComplianceDashboard } from '../../../shared/api/dashboard-schemas'
import { auditHref } from '../model/links'
import { HomeTable } from './home-parts'
import { StatusLabel } from '../../../shared/ui/status-label'
import { useAppTokens } from '../../../shared/ui/theme'

type Reveals = ComplianceDashboard['reveals']
type Row = Reveals['staff'][number]

const figure = (n: number | null) => (n === null ? '—' : String(Math.round(n * 10) / 10))

/** Reveals per person this week; a count far above the others' is flagged in words, not colour alone. */
export function RevealsTable({
  reveals,
  loading,
}: {
  reveals: Reveals | undefined
  loading: boolean
}) {
  const token = useAppTokens()
  const { t } = useTranslation('workbench')
  return (
    <>
      {reveals && (
        <Typography.Paragraph type="secondary">
          {reveals.threshold === null
            ? t('compliance.revealsNoPeers', { date: reveals.weekStart })
            : t('compliance.revealsSince', {
                date: reveals.weekStart,
                median: figure(reveals.median),
                threshold: figure(reveals.threshold),
              })}
        </Typography.Paragraph>
      )}
      <HomeTable<Row>
        label={t('compliance.reveals')}
        rowKey="staffId"
        loading={loading}
        rows={reveals?.staff}
        empty={t('compliance.revealsEmpty')}
        onRow={(r) => (r.unusual ? { style: { background: token.colorFailBg } } : {})}
        columns={[
          {
            title: t('col.staff'),
            dataIndex: 'displayName',
            render: (name: string, r) => `${name} (${r.staffId})`,
          },
          {
            title: t('col.count'),
            dataIndex: 'count',
            align: 'right',
            render: (count: number, r) => (
              <span data-testid={`reveals-${r.staffId}`}>
                {r.unusual && (
                  <StatusLabel tone="blocking" icon={<WarningFilled />}>
                    {t('compliance.unusual')}
                  </StatusLabel>
                )}
                <Link
                  to={auditHref({
                    actorId: r.staffId,
                    action: 'user.reveal.',
                    outcome: 'success',
                    from: reveals?.weekStart,
                  })}
                  aria-label={`${r.displayName}: ${count}${r.unusual ? ` (${t('compliance.unusual')})` : ''}`}
                >
                  <strong>{count}</strong>
                </Link>
              </span>
            ),
          },
        ]}
      />
    </>
  )
}
