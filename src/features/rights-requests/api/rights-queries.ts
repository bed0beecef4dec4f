import { queryOptions } from '@tanstack/react-query'
import { apiRequest, newIdempotencyKey } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { personalDataHoldingsSchema } from '../../../shared/api/personal-data'
import { consentOverviewSchema, correctionCodeSentSchema } from '../../../shared/api/rights-schemas'

// Keyed under the request's detail and version, so a withdrawal reads the consents afresh.
export const rightsQueries = {
  consents: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'consents', version] as const,
      queryFn: ({ signal }) =>
        apiRequest(consentOverviewSchema, `/requests/${encodeURIComponent(id)}/consents`, {
          signal,
        }),
    }),
  /** What the platform holds of every category of the template, from the user's records. */
  personalData: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'personal-data', version] as const,
      queryFn: ({ signal }) =>
        apiRequest(
          personalDataHoldingsSchema,
          `/requests/${encodeURIComponent(id)}/personal-data`,
          { signal },
        ),
    }),
}

/** Sends the code that re-verifies a new phone number to that number; staff see only where it went. */
export const sendCorrectionCode = (id: string, phone: string) =>
  apiRequest(correctionCodeSentSchema, `/requests/${encodeURIComponent(id)}/correction-code`, {
    method: 'POST',
    body: { phone },
    idempotencyKey: newIdempotencyKey(),
  })
