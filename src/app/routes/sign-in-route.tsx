import { useEffect } from 'react'
import { Navigate, useSearchParams } from 'react-router'
import { useSession } from '../../shared/auth/session-context'
import { SignInPage } from '../../features/sign-in/components/sign-in-page'
import { markSignInFormDrawn } from '../first-screen'
import { shellModules } from '../shell-modules'
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
  // The signed-in shell's code is fetched once the person starts typing, so that it is there by
  // the time they have signed in; a page that is only looked at fetches none of it.
  useEffect(() => {
    const prefetch = () => void shellModules()
    document.addEventListener('input', prefetch, { once: true })
    return () => document.removeEventListener('input', prefetch)
  }, [])
  return (
    <>
      {/* Once signed in, the form stays, its button busy, until the first screen has loaded its
          code and data and takes its place: the page never goes blank in between. */}
      {staff && <Navigate to={target(staff.role)} replace />}
      <SignInPage showDemoAccounts={mocked} handingOver={staff !== null} />
    </>
  )
}
