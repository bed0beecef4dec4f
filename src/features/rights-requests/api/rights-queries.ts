import { queryOptions } from '@tanstack/react-query'
import { apiRequest, newIdempotencyKey } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { consentOverviewSchema, correctionCodeSentSchema } from '../../../shared/api/rights-schemas'

// Keyed under the request's detail and version, so a withdrawal reads the consents afresh.
export const rightsQueries = {
  consents: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'consents', version] as const,
      queryFn: ({ signal }) => apiRequest(consentOverviewSchema, `/requests/${encodeURIComponent(id)}/consents`, { signal }),
    }),
}

/** Sends the code that re-verifies a new phone number to that number; staff see only where it went. */
export const sendCorrectionCode = (id: string, phone: string) =>
  apiRequest(correctionCodeSentSchema, `/requests/${encodeURIComponent(id)}/correction-code`, {
    method: 'POST',
    body: { phone },
    idempotencyKey: newIdempotencyKey(),
  })
