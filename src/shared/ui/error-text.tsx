import dayjs from 'dayjs'
import { ApiError, NetworkError } from '../api/api-error'
import '../i18n/errors'
import { useTranslation, type TFunction } from '../i18n/i18n'

/**
 * The console's own words for a failure: by its code, else by its HTTP status. The backend's
 * `message` (in any language) is only a detail beside it, with the correlation id.
 */
export function errorTitle(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('common:common.networkError')
  if (error instanceof ApiError) {
    const byStatus = t(`errors:status.${error.status}`, { defaultValue: '' })
    return t(`errors:code.${error.code}`, {
      ...detailValues(error),
      defaultValue: byStatus || t('errors:status.other'),
    })
  }
  // A fault of the console's own code: its message is for support (see errorDetail), not staff.
  return t('errors:unexpected')
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** The error's details, for the texts that name them, with instants as local dates. */
function detailValues(error: ApiError): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(error.details ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' && INSTANT.test(v) ? dayjs(v).format('YYYY-MM-DD HH:mm') : v,
    ]),
  )
}

/** The console's words for what is wrong with one field of a 400, or null when it names no issue. */
export function fieldIssueText(error: unknown, field: string, t: TFunction): string | null {
  const issue = error instanceof ApiError ? error.fieldIssues[field] : undefined
  return issue
    ? t(`errors:field.${issue.code}`, { minimum: issue.minimum, maximum: issue.maximum })
    : null
}

/**
 * What the failure itself said, beside the console's words: the backend's message (in any
 * language), or the text of a fault in the console's own code. A network failure's is the
 * browser's, which the console's words already say.
 */
export function errorDetail(error: unknown): string | null {
  if (error instanceof NetworkError) return null
  if (error instanceof Error) return error.message || null
  return error == null ? null : String(error)
}

/**
 * What a failure itself said, in whatever language it was written, kept as raw detail for
 * support beside the console's own words for it. Plain HTML, beside the words it goes with, so
 * that the sign-in page and the route error page need no more code for it.
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
