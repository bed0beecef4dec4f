import { useTranslation } from '../i18n/i18n'
import type { RequestStatus } from '../api/enums'
import { StatusLabel } from './status-label'
import type { Tone } from './theme'

const TONE: Record<RequestStatus, Tone> = {
  identity_pending: 'attention',
  awaiting_requester: 'awaiting',
  in_review: 'info',
  pending_approval: 'escalated',
  approved: 'settled',
  completed: 'ok',
  rejected: 'blocking',
  withdrawn: 'neutral',
}

export function StatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation()
  return (
    <StatusLabel tone={TONE[status]} data-testid="status-tag">
      {t(`status.${status}`)}
    </StatusLabel>
  )
}
