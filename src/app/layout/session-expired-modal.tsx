import { useSession } from '../../shared/auth/session-context'
import { MountWhenOpened, SessionExpiredDialog } from './lazy-session-dialogs'

/** Asks for the password again when the server says the session is gone. */
export function SessionExpiredModal() {
  const { expired, staff } = useSession()
  return (
    <MountWhenOpened open={expired}>
      <SessionExpiredDialog open={expired} username={staff?.username ?? ''} />
    </MountWhenOpened>
  )
}
