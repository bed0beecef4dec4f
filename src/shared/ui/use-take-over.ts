import { useStaff } from '../auth/session-context'
import { useTranslation } from '../i18n/i18n'
import '../i18n/ownership'
import { useFeedback } from './feedback'
import { useStaffName } from './use-staff-name'

/**
 * Claiming a request: at once when it is nobody's (or already the caller's), and only after a
 * confirmation that names the owner when it is someone else's work.
 */
export function useTakeOver(): (
  request: { id: string; assigneeId: string | null },
  take: () => void,
) => void {
  const { t } = useTranslation('ownership')
  const staff = useStaff()
  const name = useStaffName()
  const { modal } = useFeedback()
  return (request, take) => {
    if (request.assigneeId === null || request.assigneeId === staff.id) return take()
    const values = { owner: name(request.assigneeId), id: request.id }
    modal.confirm({
      title: t('takeOver.title', values),
      content: t('takeOver.body', values),
      okText: t('takeOver.ok'),
      cancelText: t('common:common.cancel'),
      onOk: take,
    })
  }
}
