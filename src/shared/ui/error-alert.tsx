import { Alert, Button } from 'antd'
import dayjs from 'dayjs'
import { useTranslation, type TFunction } from '../i18n/i18n'
import { ApiError, NetworkError } from '../api/api-error'

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/**
 * The console's own words for an error code, with the error's details filled in (instants as
 * local dates); null for a code it has no words for, whose server message is shown instead.
 */
export function apiErrorText(t: TFunction, error: ApiError): string | null {
  const values = Object.fromEntries(
    Object.entries(error.details ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' && INSTANT.test(v) ? dayjs(v).format('YYYY-MM-DD HH:mm') : v,
    ]),
  )
  return t(`apiError.${error.code}`, { ...values, defaultValue: '' }) || null
}

/** How every failed action is shown: the console's words or the server's message, and its correlation id. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  if (!error) return null
  const own = error instanceof ApiError ? apiErrorText(t, error) : null
  // A stale version is the one error a person can act on without reading the server's words:
  // someone else saved first. Screens without a conflict dialog reload the latest on a 412.
  const message =
    error instanceof NetworkError
      ? t('common.networkError')
      : error instanceof ApiError && error.code === 'STALE_VERSION'
        ? t('conflict.stale')
        : (own ?? (error instanceof Error ? error.message : String(error)))
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      description={
        error instanceof ApiError ? (
          <span className="text-secondary">
            {own && <>{error.message} · </>}
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
