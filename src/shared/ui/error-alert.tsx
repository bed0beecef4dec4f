import { Alert, Button } from 'antd'
import { useTranslation } from '../i18n/i18n'
import { ApiError } from '../api/api-error'
import { ErrorDetail, errorDetail, errorTitle } from './error-text'

/** How every failed action is shown: the console's words for it, what the failure said and its correlation id. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  if (!error) return null
  const correlationId = error instanceof ApiError ? error.correlationId : ''
  const detail = errorDetail(error)
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorTitle(error, t)}
      description={
        detail || correlationId ? (
          <span className="text-secondary">
            <ErrorDetail error={error} />
            {detail && correlationId && ' · '}
            {correlationId && (
              <>
                {t('common.correlationId')}:{' '}
                <span data-testid="correlation-id">{correlationId}</span>
              </>
            )}
          </span>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 12 }}
    />
  )
}
