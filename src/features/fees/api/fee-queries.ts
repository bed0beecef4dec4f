import { queryOptions } from '@tanstack/react-query'
import { feeStatusSchema } from '../../../shared/api/fee-schemas'
import { apiRequest } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'

// Keyed under the request's detail and its version: any change to the request (a quote, an
// acceptance, a merge into it) reads the count and the quotes afresh.
export const feeQueries = {
  status: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'fee', version] as const,
      queryFn: ({ signal }) =>
        apiRequest(feeStatusSchema, `/requests/${encodeURIComponent(id)}/fee`, { signal }),
    }),
}
