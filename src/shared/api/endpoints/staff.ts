import { ALL_ROLES, defineEndpoint } from '../endpoint'
import { createStaffInputSchema, pageSchema, staffSchema, updateStaffInputSchema } from '../schemas'
import { z } from '../zod'

export const staffEndpoints = {
  list: defineEndpoint({
    method: 'get',
    path: '/staff',
    roles: ALL_ROLES,
    response: pageSchema(staffSchema),
  }),
  create: defineEndpoint({
    method: 'post',
    path: '/staff',
    roles: ['admin'],
    idempotent: true,
    body: createStaffInputSchema,
    response: staffSchema,
    status: 201,
  }),
  update: defineEndpoint({
    method: 'patch',
    path: '/staff/:id',
    roles: ['admin'],
    ifMatch: 'version',
    body: updateStaffInputSchema,
    response: staffSchema,
  }),
  sendActivationCode: defineEndpoint({
    method: 'post',
    path: '/staff/:id/activation-code',
    roles: ['admin'],
    idempotent: true,
    body: z.object({}),
    response: staffSchema,
  }),
}
