import { defineEndpoint } from '../endpoint'
import { activateStaffInputSchema, staffActivationResultSchema } from '../activation-schemas'

// Public, and sent only from the activation page: a table of its own keeps its password rules out
// of the signed-in screens' downloads.
export const activationEndpoints = {
  activate: defineEndpoint({
    method: 'post',
    path: '/staff-activation',
    roles: 'public',
    body: activateStaffInputSchema,
    response: staffActivationResultSchema,
  }),
}
