import { lazy, Suspense } from 'react'
import { useStaff } from '../../shared/auth/session-context'

// Only admins can inject network faults, so only their pages load the tag's code.
const NetworkFaultsTag = lazy(() => import('./network-faults-tag'))

/** While injected network faults are on, admins see it on every page, with a way to turn them off. */
export function NetworkStatusTag() {
  const staff = useStaff()
  return staff.role === 'admin' ? (
    <Suspense fallback={null}>
      <NetworkFaultsTag />
    </Suspense>
  ) : null
}
