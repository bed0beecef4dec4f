import { ALL_ROLES, defineEndpoint } from '../endpoint'
import { sessionSchema, signInInputSchema } from '../schemas'

export const sessionEndpoints = {
  signIn: defineEndpoint({
    method: 'post',
    path: '/session',
    roles: 'public',
    body: signInInputSchema,
    response: sessionSchema,
  }),
  current: defineEndpoint({
    method: 'get',
    path: '/session',
    roles: ALL_ROLES,
    response: sessionSchema,
  }),
  signOut: defineEndpoint({
    method: 'delete',
    path: '/session',
    roles: ALL_ROLES,
    status: 204,
  }),
}
