import { ABSOLUTE_TIMEOUT_MS, bearerToken, markSeen } from '../http/auth'
import { HttpError, reply, route } from '../http/route'
import { appendAuditEvent } from '../db/chains'
import type { StaffAccount } from '../db/database'
import { PBKDF2_ITERATIONS, verifyPassword, type PasswordHash } from '../db/passwords'
import { sessionEndpoints } from '../../src/shared/api/endpoints/session'

// CONTRACT (2026-12): repeated wrong passwords slow further attempts down, never lock a named
// account out: a lockout would let anyone who knows a colleague's username keep them from working.
// Failures are counted per username within a window; past a few, each next attempt must wait a
// delay that doubles per failure up to a cap. An attempt within the delay is refused unchecked
// (so the delay slows guessing) and does not count; a right password after it signs in.
export const FAILURE_WINDOW_MS = 15 * 60_000
export const FREE_FAILURES = 3
const FIRST_DELAY_S = 10
export const MAX_DELAY_S = 120

/** Seconds the next attempt must wait after `failures` recent failures. */
function delaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0
  return Math.min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures - FREE_FAILURES))
}

// An unknown username costs the same hashing as a known one, so timing does not tell them apart.
const NO_ACCOUNT: PasswordHash = {
  salt: '0'.repeat(32),
  iterations: PBKDF2_ITERATIONS,
  hash: '0'.repeat(64),
}

function publicStaff(staff: {
  id: string
  username: string
  displayName: string
  role: 'agent' | 'lead' | 'compliance' | 'admin'
}) {
  return {
    id: staff.id,
    username: staff.username,
    displayName: staff.displayName,
    role: staff.role,
  }
}

export const sessionHandlers = [
  route(sessionEndpoints.signIn, {
    // Exempt from injected faults: otherwise an offline setting could lock every admin out.
    faultFree: true,
    async handle({ body, backend, now }) {
      const { db } = backend
      const username = body.username.trim()
      const record = db.signInFailures.get(username)
      const recent = (record?.failures ?? []).filter((t) => now - t < FAILURE_WINDOW_MS)
      const last = recent.at(-1)
      const retryAt = last === undefined ? now : last + delaySeconds(recent.length) * 1000
      const signInAudit = (
        outcome: 'failure' | 'denied',
        reason: string,
        staffId?: string,
        role?: StaffAccount['role'],
      ) =>
        appendAuditEvent(db, {
          at: new Date(now).toISOString(),
          actorId: staffId ?? 'anonymous',
          role: role ?? 'anonymous',
          action: 'session.sign_in',
          // The schema caps the username's length, so a huge one cannot bloat the audit log.
          target: username,
          reason,
          outcome,
        })
      if (retryAt > now) {
        const retryAfterSeconds = Math.ceil((retryAt - now) / 1000)
        await signInAudit('denied', `throttled after ${recent.length} failures`)
        throw new HttpError(
          429,
          'TOO_MANY_ATTEMPTS',
          `Too many failed sign-ins; try again in ${retryAfterSeconds} seconds`,
          {
            retryAfterSeconds,
          },
        )
      }
      const staff = db.staff.all().find((s) => s.username === username)
      // An account that is not activated (no password of its member's choosing yet) costs the same
      // hashing and answers the same as a wrong password.
      const passwordOk = await verifyPassword(body.password, staff?.passwordHash ?? NO_ACCOUNT)
      if (!staff?.passwordHash || !passwordOk || !staff.active) {
        const failures = [...recent, now]
        if (record) {
          await db.signInFailures.update(username, (d) => {
            d.failures = failures
          })
        } else await db.signInFailures.insert({ username, failures })
        await signInAudit(
          'failure',
          `wrong credentials (${failures.length} in a row)`,
          staff?.id,
          staff?.role,
        )
        throw new HttpError(401, 'INVALID_CREDENTIALS', 'Wrong username or password')
      }
      if (record) db.signInFailures.delete(username)
      const token =
        crypto.randomUUID().replaceAll('-', '') + crypto.randomUUID().replaceAll('-', '')
      await db.sessions.insert({
        token,
        staffId: staff.id,
        createdAt: now,
        lastSeenAt: now,
        revoked: false,
      })
      markSeen(token, now)
      await appendAuditEvent(db, {
        at: new Date(now).toISOString(),
        actorId: staff.id,
        role: staff.role,
        action: 'session.sign_in',
        target: staff.username,
        reason: null,
        outcome: 'success',
      })
      return reply(200, {
        token,
        expiresAt: new Date(now + ABSOLUTE_TIMEOUT_MS).toISOString(),
        staff: publicStaff(staff),
      })
    },
  }),
  route(sessionEndpoints.current, {
    faultFree: true,
    async handle({ staff, request, backend }) {
      const session = backend.db.sessions.get(bearerToken(request) ?? '')
      return {
        token: session?.token ?? '',
        expiresAt: new Date((session?.createdAt ?? 0) + ABSOLUTE_TIMEOUT_MS).toISOString(),
        staff: publicStaff(staff),
      }
    },
  }),
  route(sessionEndpoints.signOut, {
    async handle({ request, backend, audit, staff }) {
      const token = bearerToken(request) ?? ''
      await backend.db.sessions.update(token, (d) => {
        d.revoked = true
      })
      await audit('session.sign_out', staff.username)
      return reply(204, null)
    },
  }),
]
