import { queryOptions } from '@tanstack/react-query'
import { apiRequest, type QueryValue } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { cancellationChecklistSchema, cancellationListSchema, dataPlanViewSchema } from '../../../shared/api/schemas'

// Keyed under the request's detail and its version, so every change to the request (a decision,
// an approval, a step of the data plan) reads the checklist and the plan afresh.
export const cancellationQueries = {
  ofRequest: (id: string) => [...requestQueries.detail(id).queryKey, 'cancellation'] as const,
  checklist: (id: string, version: number) =>
    queryOptions({
      queryKey: [...cancellationQueries.ofRequest(id), 'checklist', version] as const,
      queryFn: ({ signal }) => apiRequest(cancellationChecklistSchema, `/requests/${encodeURIComponent(id)}/cancellation-checklist`, { signal }),
    }),
  dataPlan: (id: string, version: number) =>
    queryOptions({
      queryKey: [...cancellationQueries.ofRequest(id), 'data-plan', version] as const,
      queryFn: ({ signal }) => apiRequest(dataPlanViewSchema, `/requests/${encodeURIComponent(id)}/data-plan`, { signal }),
    }),
  list: (params: Record<string, QueryValue>) =>
    queryOptions({
      queryKey: [...requestQueries.lists(), 'cancellations', params] as const,
      queryFn: ({ signal }) => apiRequest(cancellationListSchema, '/cancellations', { query: params, signal }),
      placeholderData: (previous) => previous,
    }),
}
