// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'

// The browser stops an idle service worker, and the mock backend with it: the faults an admin set
// must come back with the next worker, from the store they were kept in.
async function freshModule() {
  vi.resetModules()
  return import('./network-conditions')
}

describe('the mock network conditions', () => {
  it('come back from their store after a restart, and each change is kept there', async () => {
    const kept: unknown[] = []
    const stored = { latencyMs: 800, failureRate: 0.25, offline: false }
    const conditions = await freshModule()
    await conditions.keepNetworkConditionsIn({
      load: async () => stored,
      save: (value) => void kept.push(value),
    })
    expect(conditions.getNetworkConditions()).toEqual(stored)
    conditions.setNetworkConditions({ latencyMs: 0, failureRate: 0, offline: true })
    expect(kept).toEqual([{ latencyMs: 0, failureRate: 0, offline: true }])
  })

  it('start with none when the store holds nothing usable or cannot be read', async () => {
    const none = { latencyMs: 0, failureRate: 0, offline: false }
    for (const load of [
      async () => undefined,
      async () => ({ latencyMs: -5, failureRate: 3, offline: 'yes' }),
      () => Promise.reject(new Error('IndexedDB unavailable')),
    ]) {
      const conditions = await freshModule()
      await conditions.keepNetworkConditionsIn({ load, save: () => undefined })
      expect(conditions.getNetworkConditions()).toEqual(none)
    }
  })
})
