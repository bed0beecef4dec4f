import { lazy, Suspense } from 'react'
import { useSession } from '../../shared/auth/session-context'

// Loaded when a session first expires: most sessions never show it.
const SessionExpiredDialog = lazy(() => import('./session-expired-dialog'))

/**
 * Shown over the current page when the server says the session is gone, so nothing the person
 * was doing is unmounted: after signing in again the page and any half-written form are there.
 */
export function SessionExpiredModal() {
  const { expired } = useSession()
  return expired ? (
    <Suspense fallback={null}>
      <SessionExpiredDialog />
    </Suspense>
  ) : null
}
