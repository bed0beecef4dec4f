import { Tag } from 'antd'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { DeliveryStatus, IncidentSeverity } from '../../../shared/api/incident-schemas'
import '../i18n'

// Solid, dark tones: white text on them meets WCAG AA contrast.
const SEVERITY_COLOURS: Record<IncidentSeverity, string> = {
  low: '#595959',
  medium: '#ad4e00',
  high: '#a8071a',
  critical: '#5c0011',
}

const DELIVERY_COLOURS: Record<DeliveryStatus, string> = {
  queued: '#595959',
  sending: '#0958d9',
  retrying: '#ad4e00',
  delivered: '#237804',
  failed: '#a8071a',
}

export function SeverityTag({ severity }: { severity: IncidentSeverity }) {
  const { t } = useTranslation('incidents')
  return <Tag color={SEVERITY_COLOURS[severity]}>{t(`severity.${severity}`)}</Tag>
}

export function IncidentStatusTag({ status }: { status: 'open' | 'closed' }) {
  const { t } = useTranslation('incidents')
  return <Tag color={status === 'open' ? '#0958d9' : '#237804'}>{t(`status.${status}`)}</Tag>
}

export function DeliveryTag({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation('incidents')
  return <Tag color={DELIVERY_COLOURS[status]}>{t(`campaign.counts.${status}`)}</Tag>
}

export const DELIVERY_COLOUR = DELIVERY_COLOURS
