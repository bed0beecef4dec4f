import { WarningOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../shared/i18n/i18n'
import { Link } from 'react-router'
import { faultsActive, settingsQueries } from '../../features/settings/api/settings-api'
import '../../features/settings/i18n'
import '../../features/settings/i18n'
import { StatusLabel } from '../../shared/ui/status-label'

export default function NetworkFaultsTag() {
  const { t } = useTranslation('settings')
  const conditions = useQuery(settingsQueries.network())
  const c = conditions.data
  if (!c || !faultsActive(c)) return null
  const parts = [
    c.latencyMs > 0 ? t('tag.latency', { ms: c.latencyMs }) : null,
    c.failureRate > 0 ? t('tag.failure', { percent: Math.round(c.failureRate * 100) }) : null,
  ].filter(Boolean)
  return (
    <Link to="/admin/settings#network" data-testid="network-status-tag">
      <StatusLabel tone="blocking" icon={<WarningOutlined />}>
        {c.offline ? t('tag.offline') : t('tag.faults', { parts: parts.join(', ') })}
      </StatusLabel>
    </Link>
  )
}
