import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { useSession } from '../../shared/auth/session-context'
import { SignInPage } from '../../features/sign-in/components/sign-in-page'
import { homePath } from '../screen-access'

const mocked = !import.meta.env.VITE_API_BASE_URL

export function SignInRoute() {
  const { staff } = useSession()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = params.get('next')
  // Only same-site paths: `next` must never send someone elsewhere.
  const target = (role: Parameters<typeof homePath>[0]) =>
    next && next.startsWith('/') && !next.startsWith('//') ? next : homePath(role)
  if (staff) return <Navigate to={target(staff.role)} replace />
  return (
    <SignInPage
      showDemoAccounts={mocked}
      onSignedIn={(s) => navigate(target(s.role), { replace: true })}
    />
  )
}
