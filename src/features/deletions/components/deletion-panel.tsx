import { useQuery } from '@tanstack/react-query'
import { Card, Skeleton, Space, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import { detailsOf } from '../../../shared/api/request-details'
import { useStaff } from '../../../shared/auth/session-context'
import { allowedActions } from '../../../shared/lib/request-state'
import { ChecklistCard } from '../../../shared/ui/checklist-card'
import { DataPlanCard } from '../../../shared/ui/data-plan-card'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { NotificationsList } from '../../../shared/ui/notifications-list'
import { panelFor } from '../../../shared/ui/panel-for'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { deletionQueries } from '../api/deletion-queries'
import '../i18n'
import { DeletionForm } from './deletion-form'
import { PreparedDeletion } from './prepared-deletion'

/** Deletion of personal information (policy 6(3)) on a request page; nothing for other types. */
export const DeletionPanel = panelFor('deletion', Deletion)

function Deletion({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('deletions')
  const staff = useStaff()
  const record = detailsOf(request, 'deletion')?.deletion ?? null
  // The same evidence checks the server applies when the deletion is prepared and approved.
  const reviewOpen = request.status === 'in_review' || request.status === 'pending_approval'
  const checklist = useQuery({
    ...deletionQueries.checklist(request.id, request.version),
    enabled: reviewOpen,
  })
  const refused = isApiError(command.error, 409) && command.error.code === 'PRECONDITION_FAILED'
  const { refetch } = checklist
  // A refusal means the platform data moved since the checklist was read.
  useEffect(() => {
    if (refused) void refetch()
  }, [refused, refetch])
  // A decision sent back clears the prepared one; the form then starts again from the proposal.
  const canDecide =
    request.status === 'in_review' && allowedActions(request, staff).includes('decide')
  const state =
    request.status === 'identity_pending' || request.status === 'awaiting_requester'
      ? t('panel.waiting')
      : !record && !canDecide && request.status !== 'in_review'
        ? t('panel.closed', { status: t(`common:status.${request.status}`) })
        : null
  return (
    <section aria-label={t('panel.title')}>
      <Space orientation="vertical" size="middle" className="full-width">
        <Card size="small" title={t('panel.title')}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: state ? 8 : 0 }}>
            {t('panel.policy')}
          </Typography.Paragraph>
          {state && <Typography.Text data-testid="deletion-state">{state}</Typography.Text>}
        </Card>
        {reviewOpen && (
          <Card size="small" title={t('panel.checks')} data-testid="deletion-checks">
            {checklist.isPending ? (
              <Skeleton active />
            ) : checklist.isError ? (
              <ErrorAlert error={checklist.error} onRetry={() => void checklist.refetch()} />
            ) : (
              <ChecklistCard checklist={checklist.data} subject="deletion" />
            )}
          </Card>
        )}
        {canDecide && <DeletionForm key={request.version} request={request} command={command} />}
        <PreparedDeletion request={request} record={record} />
        <DataPlanCard request={request} />
        {request.notifications && request.notifications.length > 0 && (
          <NotificationsList notifications={request.notifications} />
        )}
      </Space>
    </section>
  )
}
