import { queryOptions } from '@tanstack/react-query'
import { callEndpoint } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { feeEndpoints } from '../../../shared/api/endpoints/fees'

// Keyed under the request's detail and its version: any change to the request (a quote, an
// acceptance, a merge into it) reads the count and the quotes afresh.
export const feeQueries = {
  status: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'fee', version] as const,
      queryFn: ({ signal }) => callEndpoint(feeEndpoints.fee, { params: { id }, signal }),
    }),
}
