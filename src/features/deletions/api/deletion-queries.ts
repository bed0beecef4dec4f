import { queryOptions } from '@tanstack/react-query'
import { callEndpoint } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { deletionEndpoints } from '../../../shared/api/endpoints/deletions'

// Keyed under the request's detail and its version, so every change to the request reads the
// checklist afresh.
export const deletionQueries = {
  checklist: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'deletion', 'checklist', version] as const,
      queryFn: ({ signal }) =>
        callEndpoint(deletionEndpoints.checklist, { params: { id }, signal }),
    }),
}
