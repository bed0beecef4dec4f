import type { Backend } from '../db/backend'
import type { StaffAccount } from '../db/database'
import { HttpError } from './route'

// CONTRACT: a token idles out after 30 minutes without a request and expires 12 hours after
// sign-in at the latest.
export const IDLE_TIMEOUT_MS = 30 * 60_000
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000

// Last activity per token. Kept in memory because a token belongs to one tab, and persisting
// every read would turn each GET into a write.
const lastSeen = new Map<string, number>()

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
  if (!session || session.revoked) throw new HttpError(401, 'SESSION_REVOKED', 'Your session has ended; please sign in again')
  const seen = Math.max(lastSeen.get(token) ?? 0, session.lastSeenAt)
  if (now - seen > IDLE_TIMEOUT_MS || now - session.createdAt > ABSOLUTE_TIMEOUT_MS) {
    throw new HttpError(401, 'SESSION_EXPIRED', 'Your session has expired; please sign in again')
  }
  const staff = backend.db.staff.get(session.staffId)
  if (!staff || !staff.active) throw new HttpError(401, 'SESSION_REVOKED', 'This staff account is disabled')
  markSeen(token, now)
  return staff
}
