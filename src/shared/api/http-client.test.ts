import { afterEach, describe, expect, it } from 'vitest'
import { z } from './zod'
import { apiRequest, holdRequestsUntil } from './http-client'

describe('holdRequestsUntil', () => {
  afterEach(() => holdRequestsUntil(Promise.resolve()))

  it('keeps requests waiting until the backend is ready, then sends them', async () => {
    let ready!: () => void
    holdRequestsUntil(new Promise<void>((resolve) => (ready = resolve)))
    let settled = false
    const pending = apiRequest(z.unknown(), '/session', {
      method: 'POST',
      body: { username: 'agent01', password: 'Demo@2026' },
    }).finally(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(settled).toBe(false)
    ready()
    await expect(pending).resolves.toMatchObject({ staff: { username: 'agent01' } })
  })

  it('reports a backend that failed to start as a network error on each request', async () => {
    holdRequestsUntil(Promise.reject(new Error('the mock database could not be opened')))
    await expect(apiRequest(z.unknown(), '/session')).rejects.toThrow(
      'the mock database could not be opened',
    )
  })
})
