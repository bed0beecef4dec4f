import { Alert, Button } from 'antd'
import { useTranslation } from '../i18n/i18n'
import { ApiError } from '../api/api-error'
import { errorTitle, serverDetail } from './error-text'

/** How every failed action is shown: the console's words for it, the server's message and its correlation id. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  if (!error) return null
  const detail = serverDetail(error)
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorTitle(error, t)}
      description={
        error instanceof ApiError ? (
          <span className="text-secondary">
            {detail && (
              <span data-testid="server-message">
                {/* In whatever language the backend wrote it: kept as raw detail for support. */}
                {t('errors:serverSaid')}: <code data-raw>{detail}</code> ·{' '}
              </span>
            )}
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
