import { useTranslation } from '../../../shared/i18n/i18n'
import type { DeliveryStatus, IncidentSeverity } from '../../../shared/api/incident-schemas'
import '../i18n'
import '../../../shared/i18n/incident-record'
import { StatusLabel } from '../../../shared/ui/status-label'
import type { Tone } from '../../../shared/ui/theme'

// Solid, dark tones: white text on them meets WCAG AA contrast.
const SEVERITY_TONES: Record<IncidentSeverity, Tone> = {
  low: 'neutral',
  medium: 'attention',
  high: 'blocking',
  critical: 'critical',
}

const DELIVERY_TONES: Record<DeliveryStatus, Tone> = {
  queued: 'neutral',
  sending: 'info',
  retrying: 'attention',
  delivered: 'ok',
  failed: 'blocking',
}

export function SeverityTag({ severity }: { severity: IncidentSeverity }) {
  const { t } = useTranslation('incidents')
  return (
    <StatusLabel tone={SEVERITY_TONES[severity]}>
      {t(`incidentRecord:severity.${severity}`)}
    </StatusLabel>
  )
}

export function IncidentStatusTag({ status }: { status: 'open' | 'closed' }) {
  const { t } = useTranslation('incidents')
  return <StatusLabel tone={status === 'open' ? 'info' : 'ok'}>{t(`status.${status}`)}</StatusLabel>
}

export function DeliveryTag({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation('incidents')
  return <StatusLabel tone={DELIVERY_TONES[status]}>{t(`campaign.counts.${status}`)}</StatusLabel>
}

export const DELIVERY_TONE = DELIVERY_TONES
