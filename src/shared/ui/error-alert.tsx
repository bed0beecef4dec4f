import { Alert, Button } from 'antd'
import { useTranslation } from '../i18n/i18n'
import { ApiError, NetworkError } from '../api/api-error'

/** How every failed action is shown: the server's message and its correlation id. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  if (!error) return null
  // A stale version is the one error a person can act on without reading the server's words:
  // someone else saved first. Screens without a conflict dialog reload the latest on a 412.
  const message =
    error instanceof NetworkError
      ? t('common.networkError')
      : error instanceof ApiError && error.code === 'STALE_VERSION'
        ? t('conflict.stale')
        : error instanceof ApiError
          ? // A refusal the console has words for reads in the person's language.
            t(`errorCode.${error.code}`, { defaultValue: error.message })
          : error instanceof Error
            ? error.message
            : String(error)
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      description={
        error instanceof ApiError ? (
          <span className="text-secondary">
            {t('common.correlationId')}:{' '}
            <span data-testid="correlation-id">{error.correlationId}</span>
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
