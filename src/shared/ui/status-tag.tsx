import { useTranslation } from '../i18n/i18n'
import type { RequestStatus } from '../api/enums'
import { Pill } from './pill'
import { TAG_COLOUR } from './tag-colours'

// The console's tag palette (tag-colours.ts), with a tone of its own for each other status.
const COLOURS: Record<RequestStatus, string> = {
  identity_pending: '#ad4e00',
  awaiting_requester: '#531dab',
  in_review: TAG_COLOUR.info,
  pending_approval: '#1d39c4',
  approved: '#006d75',
  completed: TAG_COLOUR.ok,
  rejected: TAG_COLOUR.blocking,
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
