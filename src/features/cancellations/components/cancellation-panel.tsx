import { useQuery, useQueryClient } from '@tanstack/react-query'
import { Alert, Card, Skeleton, Space, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from '../../../shared/i18n/i18n'
import { isApiError } from '../../../shared/api/api-error'
import { cancellationCheckSchema, type RequestStatus } from '../../../shared/api/enums'
import { z } from '../../../shared/api/zod'
import { useStaff } from '../../../shared/auth/session-context'
import { allowedActions } from '../../../shared/lib/request-state'
import { ChecklistCard } from '../../../shared/ui/checklist-card'
import { DataPlanCard } from '../../../shared/ui/data-plan-card'
import { ErrorAlert } from '../../../shared/ui/error-alert'
import { NotificationsList } from '../../../shared/ui/notifications-list'
import { panelFor } from '../../../shared/ui/panel-for'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import { cancellationQueries } from '../api/cancellation-queries'
import '../i18n'
import { DeadlineNotice } from './deadline-flag'
import { DecisionForm } from './decision-form'
import { PreparedDecision } from './prepared-decision'

/** The account cancellation review (policy 6(5)) on a request page; nothing for other types. */
export const CancellationPanel = panelFor('cancellation', CancellationReview)

const OPEN_REVIEW: readonly RequestStatus[] = [
  'identity_pending',
  'awaiting_requester',
  'in_review',
  'pending_approval',
]

function failingChecks(error: unknown) {
  if (!isApiError(error, 409) || error.code !== 'PRECONDITION_FAILED') return null
  const parsed = z.array(cancellationCheckSchema).safeParse(error.details?.failing)
  return parsed.success ? parsed.data : []
}

function CancellationReview({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('cancellations')
  const staff = useStaff()
  const queryClient = useQueryClient()
  const checklist = useQuery({
    ...cancellationQueries.checklist(request.id, request.version),
    enabled: OPEN_REVIEW.includes(request.status),
  })
  const failing = failingChecks(command.error)

  // A refused approval means the platform data moved since the checklist was read: read it again,
  // once per refusal, so keyed on the error itself (the list parsed from it is new each render).
  const refusal = failing ? command.error : null
  useEffect(() => {
    if (refusal)
      void queryClient.invalidateQueries({ queryKey: cancellationQueries.ofRequest(request.id) })
  }, [refusal, queryClient, request.id])

  const canDecide = allowedActions(request, staff).includes('decide')
  // Once the decision took effect the checks have done their work (a cancelled account would fail them).
  const reviewOpen = OPEN_REVIEW.includes(request.status)
  return (
    <section aria-label={t('panel.title')}>
      <Space orientation="vertical" size="middle" className="full-width">
        <Card size="small" title={t('panel.title')}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('panel.policy')}
          </Typography.Paragraph>
          {failing && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('precondition.title')}
              description={
                <>
                  <ul style={{ margin: 0 }}>
                    {failing.map((key) => (
                      <li key={key}>{t(`checklist:check.${key}`)}</li>
                    ))}
                  </ul>
                  {t('precondition.hint')}
                </>
              }
              style={{ marginBottom: 8 }}
              data-testid="precondition-failed"
            />
          )}
          {!reviewOpen ? (
            <Typography.Text data-testid="review-closed">
              {t('panel.closed', { status: t(`common:status.${request.status}`) })}
            </Typography.Text>
          ) : checklist.isPending ? (
            <Skeleton active />
          ) : checklist.isError ? (
            <ErrorAlert error={checklist.error} onRetry={() => void checklist.refetch()} />
          ) : (
            <>
              <DeadlineNotice deadline={checklist.data.deadline} />
              <ChecklistCard checklist={checklist.data} subject="cancellation" />
            </>
          )}
        </Card>
        {canDecide && checklist.data && (
          <DecisionForm
            key={request.version}
            request={request}
            checklist={checklist.data}
            command={command}
          />
        )}
        <PreparedDecision request={request} />
        <DataPlanCard request={request} />
        {request.notifications && request.notifications.length > 0 && (
          <NotificationsList notifications={request.notifications} />
        )}
      </Space>
    </section>
  )
}
