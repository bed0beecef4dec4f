import { useQuery } from '@tanstack/react-query'
import { Alert, Card, Descriptions } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import type { DeletionRecord } from '../../../shared/api/deletion-schemas'
import { DELETION_GROUNDS } from '../../../shared/api/enums'
import { staffQueries } from '../../../shared/api/requests'
import type { RequestDetail } from '../../../shared/api/schemas'
import { useStaff } from '../../../shared/auth/session-context'
import '../i18n'

/** The ground, its support and the notice as the maker prepared them: what the checker signs off. */
export function PreparedDeletion({ request, record }: { request: RequestDetail; record: DeletionRecord }) {
  const { t } = useTranslation('deletions')
  const staff = useStaff()
  const staffList = useQuery(staffQueries.list())
  const name = (id: string) => staffList.data?.items.find((s) => s.id === id)?.displayName ?? id
  const awaiting = request.status === 'pending_approval' && staff.role === 'lead'
  const own = record.preparedBy === staff.id
  const n = DELETION_GROUNDS.indexOf(record.ground) + 1
  return (
    <Card size="small" title={t('prepared.title')} data-testid="prepared-deletion">
      {awaiting && <Alert type={own ? 'warning' : 'info'} showIcon title={own ? t('prepared.own') : t('prepared.checker')} style={{ marginBottom: 8 }} data-testid="maker-checker-note" />}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'ground', label: t('prepared.ground'), children: t('form.groundNumber', { n, label: t(`common:deletionGround.${record.ground}`) }) },
          { key: 'evidence', label: t('prepared.evidence'), children: record.evidence ?? t('prepared.none') },
          { key: 'note', label: t('prepared.note'), children: record.note ?? t('prepared.none') },
          { key: 'by', label: t('prepared.by'), children: name(record.preparedBy) },
          { key: 'at', label: t('prepared.at'), children: dayjs(record.preparedAt).format('YYYY-MM-DD HH:mm') },
          ...(request.decision?.outcome === 'approve'
            ? [{ key: 'notice', label: t('prepared.notice'), children: <div style={{ whiteSpace: 'pre-wrap' }}>{request.decision.message}</div> }]
            : []),
        ]}
      />
    </Card>
  )
}
