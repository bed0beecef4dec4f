import { deletionDecisionInputSchema } from '../deletion-schemas'
import { ALL_ROLES, defineEndpoint, WORKERS } from '../endpoint'
import { deletionChecklistSchema, requestDetailSchema } from '../schemas'

export const deletionEndpoints = {
  checklist: defineEndpoint({
    method: 'get',
    path: '/requests/:id/deletion-checklist',
    roles: ALL_ROLES,
    response: deletionChecklistSchema,
  }),
  decide: defineEndpoint({
    method: 'post',
    path: '/requests/:id/deletion-decision',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: deletionDecisionInputSchema,
  }),
}
