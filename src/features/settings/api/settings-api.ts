import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from '../../../shared/api/zod'
import { isApiError } from '../../../shared/api/api-error'
import { apiRequest, newIdempotencyKey } from '../../../shared/api/http-client'
import { requestQueries } from '../../../shared/api/requests'
import { type NetworkConditions, type SettingsInput } from '../../../shared/api/schemas'
import { adminEndpoints } from '../../../shared/api/endpoints/admin'
import { endpointQuery } from '../../../shared/api/endpoint-query'
import { callEndpoint } from '../../../shared/api/http-client'

export const settingsQueries = {
  all: () => ['settings'] as const,
  detail: () => endpointQuery([...settingsQueries.all(), 'detail'], adminEndpoints.settings),
  network: () => ({
    ...endpointQuery(
      [...settingsQueries.all(), 'network-conditions'],
      adminEndpoints.networkConditions,
    ),
    // Changed only from this console, which puts the new value in the cache.
    staleTime: Infinity,
  }),
}

export const NO_FAULTS: NetworkConditions = { latencyMs: 0, failureRate: 0, offline: false }

export function faultsActive(c: NetworkConditions | undefined): boolean {
  return Boolean(c && (c.offline || c.latencyMs > 0 || c.failureRate > 0))
}

/** Settings as typed, on the version the form was loaded with: another admin's save in between answers 412. */
interface SettingsChange {
  values: SettingsInput
  version: number
}

function useReloadIfStale() {
  const queryClient = useQueryClient()
  return (error: unknown) => {
    if (isApiError(error, 412))
      void queryClient.invalidateQueries({ queryKey: settingsQueries.detail().queryKey })
  }
}

export function useSaveSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ values, version }: SettingsChange) =>
      callEndpoint(adminEndpoints.saveSettings, { body: values, version }),
    onSuccess: ({ recomputed: _r, ...settings }) =>
      queryClient.setQueryData(settingsQueries.detail().queryKey, settings),
    onError: useReloadIfStale(),
    meta: { invalidates: [requestQueries.all()] },
  })
}

/**
 * What saving would do, asked of the server without saving: its `recomputed` is how many open
 * requests would get new dates. Refused as the save would be (400, 412).
 */
export function usePreviewSettings() {
  return useMutation({
    mutationFn: ({ values, version }: SettingsChange) =>
      callEndpoint(adminEndpoints.saveSettings, {
        body: values,
        version,
        query: { preview: 'true' },
      }),
    onError: useReloadIfStale(),
  })
}

export function useSaveNetworkConditions() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: NetworkConditions) =>
      callEndpoint(adminEndpoints.setNetworkConditions, { body }),
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
