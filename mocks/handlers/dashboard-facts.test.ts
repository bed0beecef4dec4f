// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { warmFacts } from './dashboard-facts'

// The browser's idle callbacks, run by hand: each turn is given the idle time the test names.
function idleTurns() {
  const waiting: IdleRequestCallback[] = []
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => waiting.push(callback))
  return {
    /** Runs turns until warming asks for no more; how many it took. */
    runAll(idleMs: number): number {
      let turns = 0
      for (let callback; (callback = waiting.shift()); turns++) {
        if (turns > 10_000) throw new Error('warming never ends')
        callback({ didTimeout: false, timeRemaining: () => idleMs })
      }
      return turns
    },
  }
}

beforeAll(() => {
  resetMockBackend()
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('warming the home screens’ facts in the browser', () => {
  it('stops a turn when the idle time runs out, and still ends', async () => {
    const backend = await getBackend()
    const requests = backend.db.requests.count()
    expect(requests).toBeGreaterThan(1_000)
    const idle = idleTurns()
    warmFacts(backend)
    // With no idle time left, a turn takes a small slice and hands the thread back; warming
    // all of the demo's requests then takes many turns, not one or two long ones.
    expect(idle.runAll(0)).toBeGreaterThanOrEqual(Math.ceil(requests / 100))
  })

  it('uses all of a long idle period', async () => {
    const backend = await getBackend()
    const idle = idleTurns()
    warmFacts(backend)
    expect(idle.runAll(Number.POSITIVE_INFINITY)).toBe(1)
  })
})
