import { Tag } from 'antd'
import { useTranslation } from '../i18n/i18n'
import type { RequestStatus } from '../api/enums'

// Solid, dark tones: white text on them meets WCAG AA contrast.
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
  return <Tag color={COLOURS[status]}>{t(`status.${status}`)}</Tag>
}
