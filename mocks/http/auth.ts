import type { Backend } from '../db/backend'
import type { StaffAccount } from '../db/database'
import { HttpError } from './http-error'

// CONTRACT: a token idles out after 30 minutes without a request and expires 12 hours after
// sign-in at the latest.
export const IDLE_TIMEOUT_MS = 30 * 60_000
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000

// Last activity per token. Kept in memory because persisting every read would turn each GET into
// a write. The session record catches up at most once a minute (persistActivity): the browser
// stops an idle mock worker and starts a new one with only what was stored, and without it
// someone who kept working would be signed out 30 minutes after signing in.
const lastSeen = new Map<string, number>()
export const PERSIST_ACTIVITY_EVERY_MS = 60_000

export function markSeen(token: string, at: number): void {
  lastSeen.set(token, at)
}

export function bearerToken(request: Request): string | null {
  const header = request.headers.get('Authorization')
  const match = header?.match(/^Bearer (\S+)$/)
  return match?.[1] ?? null
}

export function authenticate(backend: Backend, request: Request, now: number): StaffAccount {
  const token = bearerToken(request)
  if (!token) throw new HttpError(401, 'UNAUTHENTICATED', 'Please sign in')
  const session = backend.db.sessions.get(token)
  if (!session || session.revoked)
    throw new HttpError(401, 'SESSION_REVOKED', 'Your session has ended; please sign in again')
  const seen = Math.max(lastSeen.get(token) ?? 0, session.lastSeenAt)
  if (now - seen > IDLE_TIMEOUT_MS || now - session.createdAt > ABSOLUTE_TIMEOUT_MS) {
    throw new HttpError(401, 'SESSION_EXPIRED', 'Your session has expired; please sign in again')
  }
  const staff = backend.db.staff.get(session.staffId)
  if (!staff || !staff.active)
    throw new HttpError(401, 'SESSION_REVOKED', 'This staff account is disabled')
  markSeen(token, now)
  return staff
}

/** Stores the last activity of the request's session if the stored one is over a minute older. */
export async function persistActivity(backend: Backend, request: Request): Promise<void> {
  const token = bearerToken(request)
  const seen = token ? lastSeen.get(token) : undefined
  const session = token ? backend.db.sessions.get(token) : undefined
  if (
    !token ||
    seen === undefined ||
    !session ||
    seen - session.lastSeenAt < PERSIST_ACTIVITY_EVERY_MS
  )
    return
  await backend.write(async () => {
    await backend.db.sessions.update(token, (draft) => {
      draft.lastSeenAt = Math.max(draft.lastSeenAt, seen)
    })
  })
}
