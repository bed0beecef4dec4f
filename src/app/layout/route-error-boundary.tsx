import { Button } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from '../../shared/i18n/i18n'
import { useNavigate, useRouteError } from 'react-router'
import { ApiError } from '../../shared/api/api-error'
import { ErrorDetail, errorTitle } from '../../shared/ui/error-text'
import { ErrorIcon, ForbiddenPage, NotFoundPage, StatusPage } from './status-pages'

function PlainCorrelationId({ id }: { id: string }) {
  const { t } = useTranslation()
  return (
    <span className="text-secondary">
      {t('common.correlationId')}: {id}
    </span>
  )
}

// Copying the id needs antd's Typography, which the shell otherwise does without: until it has
// loaded, or if it cannot be, the id shows as plain text.
const CopyableCorrelationId = lazy(() =>
  import('./copyable-correlation-id').then(
    (m) => ({ default: m.CopyableCorrelationId }),
    () => ({ default: PlainCorrelationId }),
  ),
)

/** One per route: a failed screen shows why and a retry while the shell keeps working. */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const navigate = useNavigate()
  const { t } = useTranslation()
  if (error instanceof ApiError && error.status === 403) return <ForbiddenPage />
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />
  return (
    <StatusPage
      icon={<ErrorIcon />}
      title={t('common.errorTitle')}
      extra={
        <Button type="primary" onClick={() => navigate(0)}>
          {t('common.retry')}
        </Button>
      }
    >
      <div>{errorTitle(error, t)}</div>
      <div>
        <ErrorDetail error={error} />
      </div>
      {error instanceof ApiError && error.correlationId && (
        <Suspense fallback={<PlainCorrelationId id={error.correlationId} />}>
          <CopyableCorrelationId id={error.correlationId} />
        </Suspense>
      )}
    </StatusPage>
  )
}
