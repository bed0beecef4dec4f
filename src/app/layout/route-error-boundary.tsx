import { Button, Typography } from 'antd'
import { useTranslation } from '../../shared/i18n/i18n'
import { useNavigate, useRouteError } from 'react-router'
import { ApiError } from '../../shared/api/api-error'
import { ErrorIcon, ForbiddenPage, NotFoundPage, StatusPage } from './status-pages'

/** One per route: a failed screen shows why and a retry while the shell keeps working. */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const navigate = useNavigate()
  const { t } = useTranslation()
  if (error instanceof ApiError && error.status === 403) return <ForbiddenPage />
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />
  const message = error instanceof Error ? error.message : String(error)
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
      <div>{message}</div>
      {error instanceof ApiError && (
        <Typography.Text type="secondary" copyable={{ text: error.correlationId }}>
          {t('common.correlationId')}: {error.correlationId}
        </Typography.Text>
      )}
    </StatusPage>
  )
}
