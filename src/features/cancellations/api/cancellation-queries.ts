import { queryOptions } from '@tanstack/react-query'
import { apiRequest, type QueryValue } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { cancellationChecklistSchema, cancellationListSchema } from '../../../shared/api/schemas'

// Keyed under the request's detail and its version, so every change to the request (a decision,
// an approval) reads the checklist afresh.
export const cancellationQueries = {
  ofRequest: (id: string) => [...requestQueries.detail(id).queryKey, 'cancellation'] as const,
  checklist: (id: string, version: number) =>
    queryOptions({
      queryKey: [...cancellationQueries.ofRequest(id), 'checklist', version] as const,
      queryFn: ({ signal }) =>
        apiRequest(
          cancellationChecklistSchema,
          `/requests/${encodeURIComponent(id)}/cancellation-checklist`,
          { signal },
        ),
    }),
  list: (params: Record<string, QueryValue>) =>
    queryOptions({
      queryKey: [...requestQueries.lists(), 'cancellations', params] as const,
      queryFn: ({ signal }) =>
        apiRequest(cancellationListSchema, '/cancellations', { query: params, signal }),
      placeholderData: (previous) => previous,
    }),
}
