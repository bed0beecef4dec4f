import type { TFunction } from '../i18n/i18n'
import { ApiError } from '../api/api-error'
import { errorTitle } from '../ui/error-text'

export function signInErrorMessage(error: unknown, t: TFunction<'common'>): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('session.badCredentials')
    if (error.code === 'TOO_MANY_ATTEMPTS') {
      const seconds = Number(error.details?.retryAfterSeconds)
      return t('session.tooManyAttempts', {
        seconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 1,
      })
    }
    const title = errorTitle(error, t)
    return error.correlationId
      ? `${title} (${t('common.correlationId')}: ${error.correlationId})`
      : title
  }
  return errorTitle(error, t)
}
