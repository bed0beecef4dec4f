import { queryOptions } from '@tanstack/react-query'
import { callEndpoint, newIdempotencyKey } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { rightsEndpoints } from '../../../shared/api/endpoints/rights'

// Keyed under the request's detail and version, so a withdrawal reads the consents afresh.
export const rightsQueries = {
  consents: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'consents', version] as const,
      queryFn: ({ signal }) => callEndpoint(rightsEndpoints.consents, { params: { id }, signal }),
    }),
  /** What the platform holds of every category of the template, from the user's records. */
  personalData: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'personal-data', version] as const,
      queryFn: ({ signal }) =>
        callEndpoint(rightsEndpoints.personalData, { params: { id }, signal }),
    }),
}

/** Sends the code that re-verifies a new phone number to that number; staff see only where it went. */
export const sendCorrectionCode = (id: string, phone: string) =>
  callEndpoint(rightsEndpoints.sendCorrectionCode, {
    params: { id },
    body: { phone },
    idempotencyKey: newIdempotencyKey(),
  })
