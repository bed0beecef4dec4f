import { useQueryClient } from '@tanstack/react-query'
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { isApiError } from '../api/api-error'
import type { SessionStaff } from '../api/schemas'
import { sessionStore } from '../api/session-store'
import { createSession, deleteSession, fetchSession } from './session-api'

type Status = 'loading' | 'signed_out' | 'signed_in'

export interface SessionValue {
  status: Status
  staff: SessionStaff | null
  /** The server answered 401 while signed in: the sign-in modal is shown over the page. */
  expired: boolean
  /** Signed out on purpose: the next person to sign in starts at their own home, not this page. */
  signedOutByUser: boolean
  signIn(username: string, password: string): Promise<SessionStaff>
  signOut(): Promise<void>
  markExpired(): void
}

const SessionContext = createContext<SessionValue | null>(null)

// The stored token's check, shared by the provider and by work that need not wait for the shell to
// draw: a screen asks for its data as soon as the server has confirmed who is signed in.
let check: { token: string; staff: Promise<SessionStaff> } | null = null

/** The signed-in staff member once the server has confirmed the stored token; null without one. */
export function confirmedStaff(): Promise<SessionStaff | null> {
  const token = sessionStore.getToken()
  if (!token) return Promise.resolve(null)
  if (check?.token !== token)
    check = { token, staff: fetchSession().then((session) => session.staff) }
  return check.staff
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<Status>(() =>
    sessionStore.getToken() ? 'loading' : 'signed_out',
  )
  const [staff, setStaff] = useState<SessionStaff | null>(null)
  const [expired, setExpired] = useState(false)
  const [signedOutByUser, setSignedOutByUser] = useState(false)
  // Read by the sharing listener, which outlives any one render.
  const shownStaff = useRef(staff)
  useEffect(() => {
    shownStaff.current = staff
  }, [staff])

  useEffect(() => {
    let live = true
    const confirm = () =>
      confirmedStaff()
        .then((confirmed) => {
          if (!live || !confirmed) return
          // Another person's session taken up from another tab must not show this one's data.
          if (shownStaff.current && shownStaff.current.id !== confirmed.id) queryClient.clear()
          setStaff(confirmed)
          setStatus('signed_in')
          setExpired(false)
        })
        .catch((error: unknown) => {
          if (!live) return
          // An ended session: the other tabs keep their pages under the sign-in modal rather
          // than being signed out from under a half-written note.
          if (isApiError(error, 401)) sessionStore.shareExpiry()
          sessionStore.forget()
          setStatus('signed_out')
        })
    const stopSharing = sessionStore.onShared((event) => {
      if (event === 'adopted') void confirm()
      else if (event === 'expired') setExpired(true)
      else {
        queryClient.clear()
        setStaff(null)
        setStatus('signed_out')
        setExpired(false)
        setSignedOutByUser(true)
      }
    })
    // The token may have come from another tab before this listened.
    if (sessionStore.getToken()) void confirm()
    return () => {
      live = false
      stopSharing()
    }
  }, [queryClient])

  useEffect(() => sessionStore.onUnauthorized(() => setExpired(true)), [])

  const signIn = useCallback(
    async (username: string, password: string) => {
      const session = await createSession(username, password)
      const wasExpired = expired
      sessionStore.setToken(session.token)
      check = { token: session.token, staff: Promise.resolve(session.staff) }
      setStaff(session.staff)
      setStatus('signed_in')
      setExpired(false)
      setSignedOutByUser(false)
      // Someone else signing in at the modal must not see the previous person's data.
      if (wasExpired && staff && staff.id !== session.staff.id) queryClient.clear()
      else void queryClient.invalidateQueries()
      return session.staff
    },
    [expired, queryClient, staff],
  )

  const signOut = useCallback(async () => {
    try {
      await deleteSession()
    } catch (error) {
      if (!isApiError(error, 401)) throw error
    } finally {
      sessionStore.clear()
      queryClient.clear()
      setStaff(null)
      setStatus('signed_out')
      setExpired(false)
      setSignedOutByUser(true)
    }
  }, [queryClient])

  const value = useMemo<SessionValue>(
    () => ({
      status,
      staff,
      expired,
      signedOutByUser,
      signIn,
      signOut,
      markExpired: () => {
        setExpired(true)
        sessionStore.shareExpiry()
      },
    }),
    [status, staff, expired, signedOutByUser, signIn, signOut],
  )
  return <SessionContext value={value}>{children}</SessionContext>
}

export function useSession(): SessionValue {
  const value = use(SessionContext)
  if (!value) throw new Error('useSession outside SessionProvider')
  return value
}

/** The signed-in staff member; only for screens behind the sign-in gate. */
export function useStaff(): SessionStaff {
  const { staff } = useSession()
  if (!staff) throw new Error('useStaff while signed out')
  return staff
}
