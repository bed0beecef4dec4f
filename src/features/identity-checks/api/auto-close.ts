import { queryOptions, useMutation } from '@tanstack/react-query'
import { z } from '../../../shared/api/zod'
import { apiRequest } from '../../../shared/api/http-client'
import { requestQueries, useIntentKey } from '../../../shared/api/requests'
import { autoCloseResultSchema, settingsSchema } from '../../../shared/api/schemas'

// The same key and fetcher as the settings screen's, so an admin's change shows here at once.
export const settingsQuery = () =>
  queryOptions({
    queryKey: ['settings', 'detail'] as const,
    queryFn: ({ signal }) => apiRequest(settingsSchema, '/settings', { signal }),
    staleTime: 5 * 60_000,
  })

/** POST /api/requests/auto-close-unverified: closes every request past its unverified window. */
export function useAutoCloseUnverified() {
  const intent = useIntentKey()
  return useMutation({
    mutationFn: async (): Promise<z.infer<typeof autoCloseResultSchema>> => {
      const { key, done } = intent('auto-close-unverified')
      const result = await apiRequest(autoCloseResultSchema, '/requests/auto-close-unverified', {
        method: 'POST',
        body: {},
        idempotencyKey: key,
      })
      done()
      return result
    },
    meta: { invalidates: [requestQueries.all()] },
  })
}
