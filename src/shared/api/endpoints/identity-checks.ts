import { defineEndpoint, WORKERS } from '../endpoint'
import { documentsReceivedInputSchema, identityCheckInputSchema } from '../identity-check-schemas'
import { requestDetailSchema } from '../schemas'

// A table of its own: only the identity-check screens send these, and their bodies bring the ID
// number rules, which the queue and other screens need not download.
export const identityCheckEndpoints = {
  checkIdentity: defineEndpoint({
    method: 'post',
    path: '/requests/:id/identity-checks',
    roles: WORKERS,
    idempotent: true,
    body: identityCheckInputSchema,
    response: requestDetailSchema,
  }),
  documentsReceived: defineEndpoint({
    method: 'post',
    path: '/requests/:id/documents-received',
    roles: WORKERS,
    idempotent: true,
    body: documentsReceivedInputSchema,
    response: requestDetailSchema,
  }),
}
