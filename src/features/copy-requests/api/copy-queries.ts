import { queryOptions } from '@tanstack/react-query'
import {
  copyDownloadSchema,
  copyLinkListSchema,
  copyPackageSchema,
  type CopyCategory,
} from '../../../shared/api/copy-schemas'
import { apiRequest } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'

// Keyed under the request's detail and version, so issuing a link (a new version) reads afresh.
export const copyQueries = {
  preview: (id: string, categories: readonly CopyCategory[]) =>
    queryOptions({
      queryKey: [
        ...requestQueries.detail(id).queryKey,
        'copy-package',
        [...categories].sort(),
      ] as const,
      queryFn: ({ signal }) =>
        apiRequest(copyPackageSchema, `/requests/${encodeURIComponent(id)}/copy-package`, {
          query: { categories },
          signal,
        }),
    }),
  links: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'copy-links', version] as const,
      queryFn: ({ signal }) =>
        apiRequest(copyLinkListSchema, `/requests/${encodeURIComponent(id)}/copy-links`, {
          signal,
        }),
    }),
}

/** The user's download: no session, only the link's token and the SMS code. */
export function fetchCopyDownload(token: string, code: string) {
  return apiRequest(copyDownloadSchema, `/copy-downloads/${encodeURIComponent(token)}`, {
    method: 'POST',
    body: { code },
  })
}
