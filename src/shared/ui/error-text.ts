import { ApiError, NetworkError } from '../api/api-error'
import '../i18n/error-messages'
import type { TFunction } from '../i18n/i18n'

/**
 * The console's own words for a failure: by its code, else by its HTTP status. The backend's
 * `message` (in any language) is only a detail beside it, with the correlation id.
 */
export function errorTitle(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('common:common.networkError')
  if (error instanceof ApiError) {
    const byStatus = t(`errors:status.${error.status}`, { defaultValue: '' })
    return t(`errors:code.${error.code}`, {
      defaultValue: byStatus || t('errors:status.other'),
    })
  }
  return error instanceof Error ? error.message : String(error)
}

/** The backend's own message, when it says more than the console's words. */
export function serverDetail(error: unknown): string | null {
  return error instanceof ApiError && error.message ? error.message : null
}
