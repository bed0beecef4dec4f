import { useTranslation } from '../i18n/i18n'
import { ApiError } from '../api/api-error'
import { errorDetail } from './error-text'

/**
 * What a failure itself said, in whatever language it was written, kept as raw detail for
 * support beside the console's own words for it. Plain HTML: it also stands in for screens whose
 * code (antd's included) could not load.
 */
export function ErrorDetail({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const detail = errorDetail(error)
  if (!detail) return null
  return (
    <span data-testid="error-detail">
      {t(error instanceof ApiError ? 'errors:serverSaid' : 'errors:detail')}:{' '}
      <code data-raw>{detail}</code>
    </span>
  )
}
