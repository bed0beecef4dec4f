import { HttpError, notFound, paginate, route } from '../http/route'
import type { Backend } from '../db/backend'
import { presentUser } from '../http/present'
import { removalOf } from '../../src/shared/lib/user-data'
import { userEndpoints } from '../../src/shared/api/endpoints/users'

export const userHandlers = [
  route(userEndpoints.list, {
    async handle({ query, backend }) {
      const q = query.q
      const digits = q && /^\d{4}$/.test(q) ? q : null
      const items = backend.db.users.all().filter((u) => {
        if (query.accountStatus && u.accountStatus !== query.accountStatus) return false
        if (!q) return true
        if (digits) return u.phone?.endsWith(digits) ?? false
        return u.id.toLowerCase() === q.toLowerCase() || u.name.includes(q)
      })
      const page = paginate(items, query.page, query.pageSize)
      return { ...page, items: page.items.map(presentUser) }
    },
  }),
  route(userEndpoints.detail, {
    async handle({ params, backend }) {
      const user = backend.db.users.get(params.userId ?? '')
      if (!user) throw notFound(`User ${params.userId}`)
      return presentUser(user)
    },
  }),
  route(userEndpoints.notices, {
    async handle({ params, backend }) {
      const user = backend.db.users.get(params.userId ?? '')
      if (!user) throw notFound(`User ${params.userId}`)
      // Newest first: what the user was told about each of their requests (PIPL art. 50).
      const items = backend.db.requests
        .all()
        .filter((r) => r.userId === user.id)
        .flatMap((r) =>
          (r.notifications ?? []).map((n) => ({ ...n, requestId: r.id, requestType: r.type })),
        )
        .sort((a, b) => b.at.localeCompare(a.at) || a.requestId.localeCompare(b.requestId))
      return { items }
    },
  }),
  route(userEndpoints.reveal, {
    async handle({ params, body, backend, staff, now, audit }) {
      const user = backend.db.users.get(params.userId ?? '')
      if (!user) throw notFound(`User ${params.userId}`)
      // A reveal is justified by a request of this user; another user's request justifies nothing.
      const request = backend.db.requests.get(body.requestId)
      if (!request || request.userId !== user.id) {
        throw new HttpError(
          400,
          'VALIDATION_FAILED',
          'requestId must name a request of this user',
          {
            fields: { requestId: 'not a request of this user' },
            issues: { requestId: { code: 'not_found' } },
          },
        )
      }
      const target = `${user.id} (${request.id})`
      // CONTRACT (2026-12): what a data plan removed is gone, and the answer says when and by what.
      const value = user[body.field]
      if (value === null) {
        const removal = removalOf(user, body.field)
        if (!removal) throw notFound(`${body.field} of user ${user.id}`)
        const what = `${body.field} was ${removal.status} on ${removal.at} by request ${removal.requestId}`
        // Nothing is shown, but the attempt is on record like a refused reveal.
        await audit(REVEAL_REFUSED, target, { reason: what, outcome: 'failure' })
        throw new HttpError(410, 'DATA_DELETED', what, {
          field: body.field,
          category: removal.category,
          action: removal.status,
          removedAt: removal.at,
          requestId: removal.requestId,
        })
      }
      const limit = backend.settings().revealsPerHour
      const recent = revealsSince(backend, staff.id, now - HOUR_MS)
      if (recent.length >= limit) {
        // The window rolls: the oldest reveal in it leaves first.
        const oldest = Math.min(...recent.map((at) => Date.parse(at)))
        const retryAfterSeconds = Math.max(1, Math.ceil((oldest + HOUR_MS - now) / 1000))
        await audit(REVEAL_REFUSED, target, {
          reason: `${limit} reveals per hour reached`,
          outcome: 'denied',
        })
        throw new HttpError(429, 'REVEAL_LIMIT', `At most ${limit} reveals an hour`, {
          limit,
          retryAfterSeconds,
        })
      }
      // The audit event names the field and the reason, never the value.
      await audit(`${REVEAL_ACTION}${body.field}`, target, { reason: body.reason })
      return { value }
    },
  }),
]

const HOUR_MS = 3_600_000
const REVEAL_ACTION = 'user.reveal.'
const REVEAL_REFUSED = 'user.reveal_refused'

/** When `staffId` revealed since `from`: the audit log is the record of reveals. */
function revealsSince(backend: Backend, staffId: string, from: number): string[] {
  // The log is appended in time order: read back from its end and stop at the window's start,
  // rather than scan a log that only grows on every reveal.
  const events = backend.db.auditEvents.all()
  const found: string[] = []
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!
    if (Date.parse(e.at) <= from) break
    if (e.actorId === staffId && e.outcome === 'success' && e.action.startsWith(REVEAL_ACTION))
      found.push(e.at)
  }
  return found
}
