import { queryOptions } from '@tanstack/react-query'
import { callEndpoint, type QueryValue } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { cancellationEndpoints } from '../../../shared/api/endpoints/cancellations'

// Keyed under the request's detail and its version, so every change to the request (a decision,
// an approval) reads the checklist afresh.
export const cancellationQueries = {
  ofRequest: (id: string) => [...requestQueries.detail(id).queryKey, 'cancellation'] as const,
  checklist: (id: string, version: number) =>
    queryOptions({
      queryKey: [...cancellationQueries.ofRequest(id), 'checklist', version] as const,
      queryFn: ({ signal }) =>
        callEndpoint(cancellationEndpoints.checklist, { params: { id }, signal }),
    }),
  list: (params: Record<string, QueryValue>) =>
    queryOptions({
      queryKey: [...requestQueries.lists(), 'cancellations', params] as const,
      queryFn: ({ signal }) => callEndpoint(cancellationEndpoints.list, { query: params, signal }),
      placeholderData: (previous) => previous,
    }),
}
