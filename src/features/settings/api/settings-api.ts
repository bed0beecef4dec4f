import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from '../../../shared/api/zod'
import { isApiError } from '../../../shared/api/api-error'
import { apiRequest, newIdempotencyKey } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import {
  networkConditionsSchema,
  settingsSchema,
  settingsUpdateResultSchema,
  type NetworkConditions,
  type SettingsInput,
} from '../../../shared/api/schemas'

export const settingsQueries = {
  all: () => ['settings'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) => apiRequest(settingsSchema, '/settings', { signal }),
    }),
  network: () =>
    queryOptions({
      queryKey: [...settingsQueries.all(), 'network-conditions'] as const,
      queryFn: ({ signal }) =>
        apiRequest(networkConditionsSchema, '/admin/network-conditions', { signal }),
      // Changed only from this console, which puts the new value in the cache.
      staleTime: Infinity,
    }),
}

export const NO_FAULTS: NetworkConditions = { latencyMs: 0, failureRate: 0, offline: false }

export function faultsActive(c: NetworkConditions | undefined): boolean {
  return Boolean(c && (c.offline || c.latencyMs > 0 || c.failureRate > 0))
}

export function useSaveSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    // The version the form was loaded with: another admin's save in between answers 412.
    mutationFn: ({ values, version }: { values: SettingsInput; version: number }) =>
      apiRequest(settingsUpdateResultSchema, '/settings', {
        method: 'PUT',
        body: values,
        ifMatch: version,
      }),
    onSuccess: ({ recomputed: _r, ...settings }) =>
      queryClient.setQueryData(settingsQueries.detail().queryKey, settings),
    onError: (error) => {
      if (isApiError(error, 412))
        void queryClient.invalidateQueries({ queryKey: settingsQueries.detail().queryKey })
    },
    meta: { invalidates: [requestQueries.all()] },
  })
}

export function useSaveNetworkConditions() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NetworkConditions) =>
      apiRequest(networkConditionsSchema, '/admin/network-conditions', { method: 'PUT', body }),
    onSuccess: (conditions) =>
      queryClient.setQueryData(settingsQueries.network().queryKey, conditions),
  })
}

/**
 * Puts the demo data back to the seed, with the word the admin typed as the confirmation the
 * server checks; every cached answer is stale afterwards.
 */
export function useResetDemoData() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (confirm: string) =>
      apiRequest(z.object({ status: z.literal('reset') }), '/admin/reset', {
        method: 'POST',
        body: { confirm },
        idempotencyKey: newIdempotencyKey(),
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
