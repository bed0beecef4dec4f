import { useQueryClient } from '@tanstack/react-query'
import { DATA_PLAN_ACTIONS } from '../../../shared/api/enums'
import { dataPlanQuery } from '../../../shared/api/data-plan-queries'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import type { DataPlan, RequestDetail } from '../../../shared/api/schemas'
import { useTranslation } from '../../../shared/i18n/i18n'
import { useFeedback } from '../../../shared/ui/feedback'
import type { useRequestCommand } from '../../../shared/ui/use-request-command'

type Consequence = 'reject' | 'cancellation' | 'deletion' | 'correction' | 'other'

/** What approving the prepared decision will do, by its outcome and the request's type. */
function approvalConsequence(request: RequestDetail): Consequence {
  if (request.decision?.outcome === 'reject') return 'reject'
  if (
    request.type === 'cancellation' ||
    request.type === 'deletion' ||
    request.type === 'correction'
  )
    return request.type
  return 'other'
}

/**
 * Approving is irreversible (services stop, data goes, the requester is told): the confirmation
 * says what will happen, to how many data categories and on which (masked) phone the user is
 * told, before it does; the success message then says what was done. Resolves with the updated
 * request once approved, or null.
 */
export function useApprovalConfirm(
  request: RequestDetail,
  command: ReturnType<typeof useRequestCommand>,
): () => Promise<RequestDetail | null> {
  const { t } = useTranslation('request')
  const { message, modal } = useFeedback()
  const queryClient = useQueryClient()

  const planSummary = (plan: DataPlan | null) => {
    if (!plan) return t('approveConfirm.planUnknown')
    const count = (action: (typeof DATA_PLAN_ACTIONS)[number]) =>
      plan.items.filter((item) => item.action === action).length
    return t('approveConfirm.plan', {
      count: plan.items.length,
      delete: count('delete'),
      anonymise: count('anonymise'),
      keep: count('keep'),
    })
  }

  return async () => {
    const consequence = approvalConsequence(request)
    // The plan the approval will produce is the one the data plan card previews; without it the
    // confirmation still says what kind of thing happens.
    const plan =
      consequence === 'cancellation' || consequence === 'deletion'
        ? await queryClient
            .fetchQuery(dataPlanQuery(request.id, request.version))
            .then((view) => view.plan)
            .catch(() => null)
        : null
    const values = {
      id: request.id,
      user: request.user.name,
      phone: request.user.phone,
      plan: planSummary(plan),
      ground: request.decision?.reasonCode
        ? t(`common:rejectionReason.${request.decision.reasonCode}`)
        : '',
    }
    const verdict = consequence === 'reject' ? 'reject' : 'approve'
    return new Promise((resolve) => {
      modal.confirm({
        title: t(`approveConfirm.title.${verdict}`, values),
        content: (
          <p data-testid="approve-consequence">{t(`approveConfirm.body.${consequence}`, values)}</p>
        ),
        okText: t(`approveConfirm.ok.${verdict}`),
        okButtonProps: verdict === 'reject' ? { danger: true } : undefined,
        cancelText: t('common:common.cancel'),
        onCancel: () => resolve(null),
        // Closes at once: a conflict or a failure is shown by the command's own dialog and alert,
        // which this confirmation would otherwise cover.
        onOk: () => {
          void command
            .run(requestEndpoints.approve, {})
            .catch(() => null)
            .then((result) => {
              // Long enough to read what was done, which is more than a word.
              if (result) message.success(t(`approveConfirm.done.${consequence}`, values), 10)
              resolve(result)
            })
        },
      })
    })
  }
}
