import { z } from '../zod'
import { dataCategorySchema, retentionStateSchema } from '../enums'
import { dateInput } from '../input-fields'
import { commaList, defineEndpoint, listQuery } from '../endpoint'
import {
  retentionListSchema,
  retentionPurgeInputSchema,
  retentionPurgeResultSchema,
} from '../retention-schemas'

export const RETENTION_SORT_FIELDS = ['purgeOn', 'category', 'userId'] as const
const sortInput = z.enum(RETENTION_SORT_FIELDS.flatMap((f) => [`${f}:asc`, `${f}:desc`] as const))

export const retentionQuery = z.extend(listQuery, {
  sort: z.optional(sortInput),
  state: z.optional(commaList(retentionStateSchema, 60)),
  category: z.optional(dataCategorySchema),
  /** Purge dates from and to, inclusive. */
  from: z.optional(dateInput),
  to: z.optional(dateInput),
})

export const retentionEndpoints = {
  list: defineEndpoint({
    method: 'get',
    path: '/retention',
    roles: ['compliance', 'admin'],
    query: retentionQuery,
    response: retentionListSchema,
  }),
  purge: defineEndpoint({
    method: 'post',
    path: '/retention/purges',
    // CONTRACT (2026-12): a compliance action; nobody else purges by hand.
    roles: ['compliance'],
    idempotent: true,
    body: retentionPurgeInputSchema,
    response: retentionPurgeResultSchema,
  }),
}
