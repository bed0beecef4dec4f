import { useTranslation } from '../../../shared/i18n/i18n'
import type { OnTime } from '../../../shared/api/dashboard-schemas'
import { HomeTable, percent } from './home-parts'
import { TONES, useAppTokens } from '../../../shared/ui/theme'

// Dark enough for text on white (WCAG AA) and told apart by the number as well as the colour.
const colour = (share: number | null) =>
  TONES[share === null ? 'neutral' : share >= 0.95 ? 'ok' : share >= 0.8 ? 'warning' : 'blocking']

/** On-time share per type, with a bar drawn for the eye and the number for everyone. */
export function OnTimeTable({
  rows,
  loading,
  label,
}: {
  rows: OnTime[] | undefined
  loading: boolean
  label: string
}) {
  const { t } = useTranslation('workbench')
  const { t: tc } = useTranslation()
  const token = useAppTokens()
  return (
    <HomeTable<OnTime>
      label={label}
      rowKey={(r) => r.type ?? 'all'}
      loading={loading}
      rows={rows}
      columns={[
        {
          title: t('col.type'),
          dataIndex: 'type',
          render: (type: OnTime['type']) => (type ? tc(`requestType.${type}`) : t('col.total')),
        },
        {
          title: t('col.rate'),
          dataIndex: 'rate',
          render: (share: number | null) => (
            <span style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
              <span
                aria-hidden
                style={{
                  flex: '0 0 80px',
                  height: 8,
                  background: token.colorBorderSecondary,
                  borderRadius: 4,
                }}
              >
                <span
                  style={{
                    display: 'block',
                    height: 8,
                    width: `${(share ?? 0) * 100}%`,
                    background: colour(share),
                    borderRadius: 4,
                  }}
                />
              </span>
              <span style={{ color: colour(share), fontWeight: 600 }}>{percent(share)}</span>
            </span>
          ),
        },
        {
          title: t('col.onTimeOfTotal'),
          key: 'counts',
          align: 'right',
          render: (_: unknown, r) => `${r.onTime} / ${r.total}`,
        },
      ]}
    />
  )
}
