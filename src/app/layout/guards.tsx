import { Spin } from 'antd'
import { lazy, Suspense, type ReactNode } from 'react'
import { useTranslation } from '../../shared/i18n/i18n'
import { Navigate, useLocation } from 'react-router'
import type { Role } from '../../shared/api/enums'
import { useSession } from '../../shared/auth/session-context'

// Reached only by a link to a screen outside one's role: the page loads when it is shown.
const ForbiddenPage = lazy(() =>
  import('./status-pages').then((m) => ({ default: m.ForbiddenPage })),
)

export function RequireSession({ children }: { children: ReactNode }) {
  const { status, signedOutByUser } = useSession()
  const location = useLocation()
  const { t } = useTranslation()
  if (status === 'loading') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin description={t('common.loading')} />
      </div>
    )
  }
  if (status === 'signed_out') {
    const next = `${location.pathname}${location.search}`
    const back = !signedOutByUser && next !== '/'
    return <Navigate to={`/sign-in${back ? `?next=${encodeURIComponent(next)}` : ''}`} replace />
  }
  return children
}

/** The UI's courtesy; the handlers answer 403 whatever the UI shows. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { staff } = useSession()
  if (!staff || !roles.includes(staff.role))
    return (
      <Suspense fallback={null}>
        <ForbiddenPage />
      </Suspense>
    )
  return children
}

const LazyRouteErrorBoundary = lazy(() =>
  import('./route-error-boundary').then((m) => ({ default: m.RouteErrorBoundary })),
)

/** A screen that failed: rare, so its error page loads when it is shown, not with every screen. */
export function RouteErrorBoundary() {
  return (
    <Suspense fallback={null}>
      <LazyRouteErrorBoundary />
    </Suspense>
  )
}
