import type { TFunction } from '../i18n/i18n'
import { ApiError } from '../api/api-error'

export function signInErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('session.badCredentials')
    if (error.status === 429) {
      const until = Date.parse(String(error.details?.lockedUntil ?? ''))
      const minutes = Number.isNaN(until)
        ? 15
        : Math.max(1, Math.ceil((until - Date.now()) / 60_000))
      return t('session.locked', { minutes })
    }
    return `${error.message} (${t('common.correlationId')}: ${error.correlationId})`
  }
  return error instanceof Error ? error.message : String(error)
}
