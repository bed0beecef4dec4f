import { ALL_ROLES, defineEndpoint, WORKERS } from '../endpoint'
import {
  feeAcceptanceInputSchema,
  feeQuoteInputSchema,
  feeStatusSchema,
  withdrawInputSchema,
} from '../fee-schemas'
import { requestDetailSchema } from '../schemas'

export const feeEndpoints = {
  fee: defineEndpoint({
    method: 'get',
    path: '/requests/:id/fee',
    roles: ALL_ROLES,
    response: feeStatusSchema,
  }),
  quote: defineEndpoint({
    method: 'post',
    path: '/requests/:id/fee-quote',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: feeQuoteInputSchema,
  }),
  accept: defineEndpoint({
    method: 'post',
    path: '/requests/:id/fee-acceptance',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: feeAcceptanceInputSchema,
  }),
  withdraw: defineEndpoint({
    method: 'post',
    path: '/requests/:id/withdraw',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: withdrawInputSchema,
  }),
}
