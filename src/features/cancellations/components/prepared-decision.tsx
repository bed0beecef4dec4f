import { Alert, Card } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { RequestDetail } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { FactList } from '../../../shared/ui/fact-list'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import '../i18n'

/** The decision as the maker prepared it, for the checker (and, later, for the record). */
export function PreparedDecision({ request }: { request: RequestDetail }) {
  const { t } = useTranslation('cancellations')
  const staff = useStaff()
  const name = useStaffName()
  const { decision } = request
  if (!decision) return null
  const awaiting = request.status === 'pending_approval' && staff.role === 'lead'
  return (
    <Card size="small" title={t('prepared.title')}>
      {awaiting && (
        <Alert
          type={request.preparedBy === staff.id ? 'warning' : 'info'}
          showIcon
          title={request.preparedBy === staff.id ? t('prepared.own') : t('prepared.checker')}
          className="mb-8"
          data-testid="maker-checker-note"
        />
      )}
      <FactList
        items={[
          {
            key: 'outcome',
            label: t('prepared.outcome'),
            children: decision.outcome === 'approve' ? t('decision.approve') : t('decision.reject'),
          },
          ...(decision.reasonCode
            ? [
                {
                  key: 'reason',
                  label: t('prepared.reason'),
                  children: t(`common:rejectionReason.${decision.reasonCode}`),
                },
              ]
            : []),
          { key: 'by', label: t('prepared.by'), children: name(request.preparedBy) },
          {
            key: 'at',
            label: t('prepared.at'),
            children: dayjs(decision.preparedAt).format('YYYY-MM-DD HH:mm'),
          },
          {
            key: 'message',
            label: t('prepared.message'),
            children: <div className="pre-wrap">{decision.message}</div>,
          },
        ]}
      />
    </Card>
  )
}
