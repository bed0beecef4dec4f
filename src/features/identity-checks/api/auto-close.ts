import { queryOptions, useMutation } from '@tanstack/react-query'
import { z } from '../../../shared/api/zod'
import { callEndpoint } from '../../../shared/api/http-client'
import { requestQueries, useIntentKey } from '../../../shared/api/requests'
import { autoCloseResultSchema } from '../../../shared/api/schemas'
import { adminEndpoints } from '../../../shared/api/endpoints/admin'
import { requestEndpoints } from '../../../shared/api/endpoints/requests'

// The same key and fetcher as the settings screen's, so an admin's change shows here at once.
export const settingsQuery = () =>
  queryOptions({
    queryKey: ['settings', 'detail'] as const,
    queryFn: ({ signal }) => callEndpoint(adminEndpoints.settings, { signal }),
    staleTime: 5 * 60_000,
  })

/** POST /api/requests/auto-close-unverified: closes every request past its unverified window. */
export function useAutoCloseUnverified() {
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (): Promise<z.infer<typeof autoCloseResultSchema>> => {
      const { key, done } = intent('auto-close-unverified')
      const result = await callEndpoint(requestEndpoints.autoCloseUnverified, {
        body: {},
        idempotencyKey: key,
      })
      done()
      return result
    },
    meta: { invalidates: [requestQueries.all()] },
  })
}
