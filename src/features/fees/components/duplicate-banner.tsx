import { Alert, Button, Space } from 'antd'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'
import { useTranslation } from '../../../shared/i18n/i18n'
import { Link } from 'react-router'
import { useStaff } from '../../../shared/auth/session-context'
import { allowedActions } from '../../../shared/lib/request-state'
import { useFeedback } from '../../../shared/ui/feedback'
import type { RequestPanelProps } from '../../../shared/ui/request-panel-props'
import '../i18n'

/** A duplicate of an open request of the same user and type: shown at the top, with the merge. */
export function DuplicateBanner({ request, command }: RequestPanelProps) {
  const { t } = useTranslation('fees')
  const staff = useStaff()
  const { modal, message } = useFeedback()

  if (request.mergedInto) {
    return (
      <Alert
        type="info"
        showIcon
        title={t('merged', { id: request.mergedInto })}
        description={
          <>
            {t('mergedInto', { id: request.mergedInto })}{' '}
            <Link to={`/requests/${request.mergedInto}`}>{request.mergedInto}</Link>
          </>
        }
      />
    )
  }
  const into = request.duplicateOf
  if (!into || !allowedActions(request, staff).includes('merge')) return null

  const confirmMerge = () =>
    modal.confirm({
      title: t('mergeConfirmTitle', { from: request.id, into }),
      content: t('mergeConfirmBody', { from: request.id, into }),
      okText: t('mergeInto', { id: into }),
      cancelText: t('cancel'),
      onOk: async () => {
        const result = await command.run(requestEndpoints.merge, { into }).catch(() => null)
        if (result) message.success(t('merged', { id: into }))
      },
    })

  return (
    <section aria-label={t('duplicateTitle')}>
      <Alert
        type="warning"
        showIcon
        title={t('duplicateTitle')}
        description={
          <Space orientation="vertical" size={8}>
            <span>
              {t('duplicateOf', { id: into })} <Link to={`/requests/${into}`}>{into}</Link>
            </span>
            <Button onClick={confirmMerge} loading={command.isPending}>
              {t('mergeInto', { id: into })}
            </Button>
          </Space>
        }
      />
    </section>
  )
}
