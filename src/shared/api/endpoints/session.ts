import { ALL_ROLES, defineEndpoint } from '../endpoint'
import {
  activateStaffInputSchema,
  sessionSchema,
  signInInputSchema,
  staffActivationResultSchema,
} from '../schemas'

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
  activate: defineEndpoint({
    method: 'post',
    path: '/staff-activation',
    roles: 'public',
    body: activateStaffInputSchema,
    response: staffActivationResultSchema,
  }),
}
