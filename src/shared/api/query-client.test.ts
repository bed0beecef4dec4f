import { describe, expect, it } from 'vitest'
import { ApiError, NetworkError } from './api-error'
import { createQueryClient, shouldRetry } from './query-client'
import { z } from './zod'

const apiError = (status: number) =>
  new ApiError(status, { code: 'X', message: 'x', correlationId: 'c-1' })

describe('shouldRetry', () => {
  it('never retries a 4xx: the same request would fail the same way', () => {
    for (const status of [400, 401, 403, 404, 409, 412, 422, 428])
      expect(shouldRetry(0, apiError(status)), String(status)).toBe(false)
  })

  it('never retries an answer that does not fit its schema: the contract drifted', () => {
    const drift = (() => {
      try {
        z.object({ id: z.string() }).parse({ id: 7 })
      } catch (error) {
        return error
      }
    })()
    expect(drift).toBeInstanceOf(Error)
    expect([0, 1, 2].map((n) => shouldRetry(n, drift))).toEqual([false, false, false])
  })

  it('retries network failures and 5xx three times, then gives up', () => {
    for (const error of [
      new NetworkError('offline'),
      apiError(500),
      apiError(503),
      new TypeError('Failed to fetch'),
    ]) {
      expect([0, 1, 2, 3].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false])
    }
  })

  it('is what queries use, with a growing capped delay; mutations are never retried automatically', () => {
    const defaults = createQueryClient().getDefaultOptions()
    expect(defaults.queries?.retry).toBe(shouldRetry)
    const delay = defaults.queries?.retryDelay as (attempt: number) => number
    expect([0, 1, 2, 10].map(delay)).toEqual([500, 1000, 2000, 8000])
    expect(defaults.mutations?.retry).toBe(false)
  })
})
