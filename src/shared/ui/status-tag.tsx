import { useTranslation } from '../i18n/i18n'
import type { RequestStatus } from '../api/enums'
import { Pill } from './pill'

// Dark tones: as text on their own light tint they meet WCAG AA contrast.
const COLOURS: Record<RequestStatus, string> = {
  identity_pending: '#ad4e00',
  awaiting_requester: '#531dab',
  in_review: '#0958d9',
  pending_approval: '#1d39c4',
  approved: '#006d75',
  completed: '#237804',
  rejected: '#a8071a',
  withdrawn: '#595959',
}

export function StatusTag({ status }: { status: RequestStatus }) {
  const { t } = useTranslation()
  return (
    <Pill colour={COLOURS[status]} data-testid="status-tag">
      {t(`status.${status}`)}
    </Pill>
  )
}
