// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { warmFacts } from './dashboard-facts'

beforeAll(() => {
  resetMockBackend()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('warming the home screens’ facts', () => {
  it('works in turns of 2,000 requests, so that requests arriving meanwhile are answered between them', async () => {
    const backend = await getBackend()
    const requests = backend.db.requests.count()
    expect(requests).toBeGreaterThan(2_000)
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    warmFacts(backend)
    let turns = 0
    while (vi.getTimerCount() > 0) {
      if (++turns > 1_000) throw new Error('warming never ends')
      vi.runOnlyPendingTimers()
    }
    expect(turns).toBe(Math.ceil(requests / 2_000))
  })
})
