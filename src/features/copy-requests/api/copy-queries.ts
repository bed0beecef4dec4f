import { queryOptions } from '@tanstack/react-query'
import { type CopyCategory } from '../../../shared/api/copy-schemas'
import { callEndpoint } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { copyEndpoints } from '../../../shared/api/endpoints/copies'

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
        callEndpoint(copyEndpoints.package, { params: { id }, query: { categories }, signal }),
    }),
  links: (id: string, version: number) =>
    queryOptions({
      queryKey: [...requestQueries.detail(id).queryKey, 'copy-links', version] as const,
      queryFn: ({ signal }) => callEndpoint(copyEndpoints.links, { params: { id }, signal }),
    }),
}

/** The user's download: no session, only the link's token and the SMS code. */
export function fetchCopyDownload(token: string, code: string) {
  return callEndpoint(copyEndpoints.download, { params: { token }, body: { code } })
}
