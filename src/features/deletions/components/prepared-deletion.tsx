import { Alert, Card, Descriptions } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from '../../../shared/i18n/i18n'
import type { DeletionRecord } from '../../../shared/api/deletion-schemas'
import type { RequestDetail } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import { deletionGroundWords } from '../../../shared/ui/deletion-ground'
import { useStaffName } from '../../../shared/ui/use-staff-name'
import '../i18n'

/**
 * What the checker signs off: the ground, its support and the notice as the maker prepared them,
 * or a refusal with its ground and the reason the user will read.
 */
export function PreparedDeletion({
  request,
  record,
}: {
  request: RequestDetail
  record: DeletionRecord | null
}) {
  const { t } = useTranslation('deletions')
  const staff = useStaff()
  const name = useStaffName()
  const awaiting = request.status === 'pending_approval' && staff.role === 'lead'
  const { decision } = request
  if (!decision || (decision.outcome === 'approve' && !record)) return null
  const own = request.preparedBy === staff.id
  const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm')
  const items =
    decision.outcome === 'reject' || !record
      ? [
          {
            key: 'reason',
            label: t('prepared.refusalGround'),
            children: decision.reasonCode
              ? t(`common:rejectionReason.${decision.reasonCode}`)
              : t('prepared.none'),
          },
          {
            key: 'by',
            label: t('prepared.by'),
            children: request.preparedBy ? name(request.preparedBy) : t('prepared.none'),
          },
          { key: 'at', label: t('prepared.at'), children: when(decision.preparedAt) },
          {
            key: 'message',
            label: t('prepared.refusalMessage'),
            children: <div className="pre-wrap">{decision.message}</div>,
          },
        ]
      : [
          {
            key: 'ground',
            label: t('prepared.ground'),
            children: deletionGroundWords(t, record.ground),
          },
          {
            key: 'evidence',
            label: t('prepared.evidence'),
            children: record.evidence ?? t('prepared.none'),
          },
          { key: 'note', label: t('prepared.note'), children: record.note ?? t('prepared.none') },
          { key: 'by', label: t('prepared.by'), children: name(record.preparedBy) },
          { key: 'at', label: t('prepared.at'), children: when(record.preparedAt) },
          {
            key: 'notice',
            label: t('prepared.notice'),
            children: <div className="pre-wrap">{decision.message}</div>,
          },
        ]
  return (
    <Card
      size="small"
      title={decision.outcome === 'reject' ? t('prepared.refusalTitle') : t('prepared.title')}
      data-testid="prepared-deletion"
    >
      {awaiting && (
        <Alert
          type={own ? 'warning' : 'info'}
          showIcon
          title={
            own
              ? t('prepared.own')
              : decision.outcome === 'reject'
                ? t('prepared.checkerRefusal')
                : t('prepared.checker')
          }
          className="mb-8"
          data-testid="maker-checker-note"
        />
      )}
      <Descriptions size="small" column={1} items={items} />
    </Card>
  )
}
