import { useEffect, useState } from 'react'
import { sessionStore } from '../../shared/api/session-store'
import { fetchSession } from '../../shared/auth/session-api'
import { useSession } from '../../shared/auth/session-context'
import { IdleDialog, MountWhenOpened } from './lazy-session-dialogs'

export const IDLE_WARNING_MS = 25 * 60_000
export const IDLE_TIMEOUT_MS = 30 * 60_000

/** Warns five minutes before the server idles the session out (CONTRACT: 30 minutes). */
export function IdleWarning({
  warnAfterMs = IDLE_WARNING_MS,
  timeoutMs = IDLE_TIMEOUT_MS,
  checkEveryMs = 10_000,
}) {
  const { expired, markExpired } = useSession()
  const [idleFor, setIdleFor] = useState(0)

  useEffect(() => {
    const timer = window.setInterval(
      () => setIdleFor(Date.now() - sessionStore.lastRequestAt()),
      checkEveryMs,
    )
    return () => window.clearInterval(timer)
  }, [checkEveryMs])

  useEffect(() => {
    if (!expired && idleFor >= timeoutMs) markExpired()
  }, [expired, idleFor, timeoutMs, markExpired])

  const open = !expired && idleFor >= warnAfterMs && idleFor < timeoutMs
  const minutes = Math.max(1, Math.ceil((timeoutMs - idleFor) / 60_000))
  return (
    <MountWhenOpened open={open}>
      <IdleDialog
        open={open}
        minutes={minutes}
        onStay={async () => {
          await fetchSession()
          setIdleFor(0)
        }}
      />
    </MountWhenOpened>
  )
}
