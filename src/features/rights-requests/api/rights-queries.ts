import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { consentOverviewSchema } from '../../../shared/api/rights-schemas'

// Keyed under the request's detail and version, so a withdrawal reads the consents afresh.
export const rightsQueries = {
  consents: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'consents', version] as const,
      queryFn: ({ signal }) => apiRequest(consentOverviewSchema, `/requests/${encodeURIComponent(id)}/consents`, { signal }),
    }),
}
