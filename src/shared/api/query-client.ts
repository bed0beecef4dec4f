import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query'
import { ApiError } from './api-error'
import { z } from './zod'

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { invalidates?: QueryKey[] }
  }
}

/**
 * No retry for a 4xx (the same request would fail the same way) nor for an answer that does not
 * fit its schema (the contract drifted: asking again gets the same answer); backoff for network
 * and 5xx.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false
  if (error instanceof z.core.$ZodError) return false
  return failureCount < 3
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 8000),
        staleTime: 15_000,
        refetchOnWindowFocus: false,
      },
      // Mutations are retried only by the person, with the same idempotency key.
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => {
        for (const key of mutation.meta?.invalidates ?? [])
          void client.invalidateQueries({ queryKey: key })
      },
    }),
  })
  return client
}
