import { ALL_ROLES, defineEndpoint, listQuery } from '../endpoint'
import { accountStatusSchema } from '../enums'
import {
  pageSchema,
  platformUserSchema,
  revealInputSchema,
  revealResultSchema,
  userRequestNoticeListSchema,
} from '../schemas'
import { z } from '../zod'

export const userEndpoints = {
  list: defineEndpoint({
    method: 'get',
    path: '/users',
    roles: ALL_ROLES,
    query: z.extend(listQuery, { accountStatus: z.optional(accountStatusSchema) }),
    response: pageSchema(platformUserSchema),
  }),
  detail: defineEndpoint({
    method: 'get',
    path: '/users/:userId',
    roles: ALL_ROLES,
    response: platformUserSchema,
  }),
  notices: defineEndpoint({
    method: 'get',
    path: '/users/:userId/notices',
    roles: ALL_ROLES,
    response: userRequestNoticeListSchema,
  }),
  reveal: defineEndpoint({
    method: 'post',
    path: '/users/:userId/reveal',
    // CONTRACT (2026-12): only the people who work requests may reveal; an admin reads masked.
    roles: ['agent', 'lead'],
    body: revealInputSchema,
    response: revealResultSchema,
  }),
}
