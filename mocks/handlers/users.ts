import { z } from '../../src/shared/api/zod'
import { accountStatusSchema } from '../../src/shared/api/enums'
import {
  pageSchema,
  platformUserSchema,
  revealInputSchema,
  revealResultSchema,
  userRequestNoticeListSchema,
} from '../../src/shared/api/schemas'
import { ALL_ROLES, listQuery, notFound, paginate, route } from '../http/route'
import { presentUser } from '../http/present'

export const userHandlers = [
  route({
    method: 'get',
    path: '/users',
    roles: ALL_ROLES,
    query: z.extend(listQuery, { accountStatus: z.optional(accountStatusSchema) }),
    response: pageSchema(platformUserSchema),
    async handle({ query, backend }) {
      const q = query.q
      const digits = q && /^\d{4}$/.test(q) ? q : null
      const items = backend.db.users.all().filter((u) => {
        if (query.accountStatus && u.accountStatus !== query.accountStatus) return false
        if (!q) return true
        if (digits) return u.phone.endsWith(digits)
        return u.id.toLowerCase() === q.toLowerCase() || u.name.includes(q)
      })
      const page = paginate(items, query.page, query.pageSize)
      return { ...page, items: page.items.map(presentUser) }
    },
  }),
  route({
    method: 'get',
    path: '/users/:userId',
    roles: ALL_ROLES,
    response: platformUserSchema,
    async handle({ params, backend }) {
      const user = backend.db.users.get(params.userId ?? '')
      if (!user) throw notFound(`User ${params.userId}`)
      return presentUser(user)
    },
  }),
  route({
    method: 'get',
    path: '/users/:userId/notices',
    roles: ALL_ROLES,
    response: userRequestNoticeListSchema,
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
  route({
    method: 'post',
    path: '/users/:userId/reveal',
    roles: ['agent', 'lead', 'admin'],
    body: z.extend(revealInputSchema, { requestId: z.optional(z.string().check(z.maxLength(40))) }),
    response: revealResultSchema,
    async handle({ params, body, backend, audit }) {
      const user = backend.db.users.get(params.userId ?? '')
      if (!user) throw notFound(`User ${params.userId}`)
      // The audit event names the field and the reason, never the value.
      await audit(
        `user.reveal.${body.field}`,
        body.requestId ? `${user.id} (${body.requestId})` : user.id,
        { reason: body.reason },
      )
      return { value: user[body.field] }
    },
  }),
]
