import { queryOptions } from '@tanstack/react-query'
import { callEndpoint } from './http-client'
import { requestQueries } from './requests'
import { cancellationEndpoints } from './endpoints/cancellations'

// A request's data plan (cancellation and deletion): stored once approved, else the preview.
// Keyed under the request's detail and version, so every step of the plan reads it afresh.
export const dataPlanQuery = (id: string, version: number) =>
  queryOptions({
    queryKey: [...requestQueries.detail(id).queryKey, 'data-plan', version] as const,
    queryFn: ({ signal }) =>
      callEndpoint(cancellationEndpoints.dataPlan, { params: { id }, signal }),
  })
