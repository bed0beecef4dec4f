import { sessionSchema, signInInputSchema } from '../../src/shared/api/schemas'
import { ABSOLUTE_TIMEOUT_MS, bearerToken, markSeen } from '../http/auth'
import { ALL_ROLES, HttpError, reply, route } from '../http/route'
import { appendAuditEvent } from '../db/chains'
import { PBKDF2_ITERATIONS, verifyPassword, type PasswordHash } from '../db/passwords'

// CONTRACT + issue: 5 failures within 15 minutes lock the account for 15 minutes.
const WINDOW_MS = 15 * 60_000
const MAX_FAILURES = 5

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
  route({
    method: 'post',
    path: '/session',
    roles: 'public',
    // Exempt from injected faults: otherwise an offline setting could lock every admin out.
    faultFree: true,
    body: signInInputSchema,
    response: sessionSchema,
    async handle({ body, backend, now }) {
      const { db } = backend
      const username = body.username.trim()
      const record = db.signInFailures.get(username)
      if (record?.lockedUntil && record.lockedUntil > now) {
        const minutes = Math.ceil((record.lockedUntil - now) / 60_000)
        throw new HttpError(
          429,
          'ACCOUNT_LOCKED',
          `Too many failed sign-ins; try again in ${minutes} minutes`,
          {
            lockedUntil: new Date(record.lockedUntil).toISOString(),
          },
        )
      }
      const staff = db.staff.all().find((s) => s.username === username)
      // An unknown username costs the same hashing as a known one, so timing does not tell them apart.
      const passwordOk = await verifyPassword(body.password, staff?.passwordHash ?? NO_ACCOUNT)
      if (!staff || !passwordOk || !staff.active) {
        const failures = [...(record?.failures ?? []).filter((t) => now - t < WINDOW_MS), now]
        const lockedUntil = failures.length >= MAX_FAILURES ? now + WINDOW_MS : null
        if (record) {
          await db.signInFailures.update(username, (d) => {
            d.failures = failures
            d.lockedUntil = lockedUntil
          })
        } else await db.signInFailures.insert({ username, failures, lockedUntil })
        await appendAuditEvent(db, {
          at: new Date(now).toISOString(),
          actorId: staff?.id ?? 'anonymous',
          role: staff?.role ?? 'anonymous',
          action: 'session.sign_in',
          target: username,
          reason: lockedUntil ? 'locked after repeated failures' : 'wrong credentials',
          outcome: 'failure',
        })
        if (lockedUntil) {
          throw new HttpError(
            429,
            'ACCOUNT_LOCKED',
            'Too many failed sign-ins; try again in 15 minutes',
            {
              lockedUntil: new Date(lockedUntil).toISOString(),
            },
          )
        }
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
  route({
    method: 'get',
    path: '/session',
    roles: ALL_ROLES,
    faultFree: true,
    response: sessionSchema,
    async handle({ staff, request, backend }) {
      const session = backend.db.sessions.get(bearerToken(request) ?? '')
      return {
        token: session?.token ?? '',
        expiresAt: new Date((session?.createdAt ?? 0) + ABSOLUTE_TIMEOUT_MS).toISOString(),
        staff: publicStaff(staff),
      }
    },
  }),
  route({
    method: 'delete',
    path: '/session',
    roles: ALL_ROLES,
    status: 204,
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
