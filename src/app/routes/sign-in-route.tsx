import { useEffect } from 'react'
import { Navigate, useSearchParams } from 'react-router'
import { useSession } from '../../shared/auth/session-context'
import { SignInPage } from '../../features/sign-in/components/sign-in-page'
import { markSignInFormDrawn } from '../first-screen'
import { homePath } from '../screen-access'

const mocked = !import.meta.env.VITE_API_BASE_URL

export function SignInRoute() {
  const { staff } = useSession()
  const [params] = useSearchParams()
  const next = params.get('next')
  // Only same-site paths: `next` must never send someone elsewhere.
  const target = (role: Parameters<typeof homePath>[0]) =>
    next && next.startsWith('/') && !next.startsWith('//') ? next : homePath(role)
  // Effects run once the form is on screen.
  useEffect(markSignInFormDrawn, [])
  return (
    <>
      {/* Once signed in, the form stays, its button busy, until the first screen has loaded its
          code and data and takes its place: the page never goes blank in between. */}
      {staff && <Navigate to={target(staff.role)} replace />}
      <SignInPage showDemoAccounts={mocked} handingOver={staff !== null} />
    </>
  )
}
