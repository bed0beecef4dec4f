import { dateInput } from '../input-fields'
import { defineEndpoint, listQuery } from '../endpoint'
import { auditEventSchema, pageSchema } from '../schemas'
import { z } from '../zod'
import { chainEndpoints } from './chains'

const READERS = ['compliance', 'admin'] as const

export const auditFilters = z.object({
  actorId: z.optional(
    z
      .string()
      .check(
        z.maxLength(40),
        z.trim(),
        z.regex(/^(S\d{3}|system|anonymous)$/, 'a staff id, system or anonymous'),
      ),
  ),
  /** A prefix: `request.` matches every action on requests. */
  action: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  target: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  outcome: z.optional(auditEventSchema.shape.outcome),
  from: z.optional(dateInput),
  to: z.optional(dateInput),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
})

export const auditEndpoints = {
  chain: chainEndpoints('/audit-events', READERS),
  list: defineEndpoint({
    method: 'get',
    path: '/audit-events',
    roles: READERS,
    query: z.extend(listQuery, auditFilters.shape),
    response: pageSchema(auditEventSchema),
  }),
  exportCsv: defineEndpoint({
    method: 'get',
    path: '/audit-events/export.csv',
    roles: ['compliance'],
    query: auditFilters,
  }),
}
