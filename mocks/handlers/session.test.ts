import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { API, PASSWORD as DEMO_PASSWORD } from '../test-client'

// The clock these tests run on, moved only by them: a fixed start, never the machine's date.
const START_MS = Date.parse('2026-10-08T09:00:00+08:00')
let clockMs = START_MS

// CONTRACT (2026-12): repeated wrong passwords slow further attempts down (a growing delay,
// audited); they never lock a named account out. Only the clock is faked: msw/node needs real timers.
beforeEach(() => {
  resetMockBackend()
  vi.useFakeTimers({ toFake: ['Date'] })
  clockMs = START_MS
  vi.setSystemTime(clockMs)
})
afterEach(() => {
  vi.useRealTimers()
})

type Answer = { status: number; code?: string; retryAfterSeconds?: number }

async function attempt(username: string, password: string): Promise<Answer> {
  const r = await fetch(`${API}/session`, {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  })
  const body = (await r.json()) as { code?: string; details?: { retryAfterSeconds?: number } }
  return { status: r.status, code: body.code, retryAfterSeconds: body.details?.retryAfterSeconds }
}

const advance = (ms: number) => {
  clockMs += ms
  vi.setSystemTime(clockMs)
}

/** A wrong password, sent as soon as the server lets one through. */
async function wrongWhenAllowed(username: string, i: number): Promise<number> {
  let r = await attempt(username, `guess-${i}`)
  let waited = 0
  if (r.status === 429) {
    waited = r.retryAfterSeconds!
    advance(waited * 1000)
    r = await attempt(username, `guess-${i}`)
  }
  expect(r).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' })
  return waited
}

describe('sign-in throttling', () => {
  it('slows a guesser down with a growing delay, and the right password within it is refused unchecked', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt('agent02', `guess-${i}`)).status).toBe(401)
    const throttled = await attempt('agent02', DEMO_PASSWORD)
    expect(throttled).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS' })
    expect(throttled.retryAfterSeconds).toBeGreaterThan(0)

    const waits: number[] = []
    for (let i = 3; i < 12; i++) waits.push(await wrongWhenAllowed('agent02', i))
    expect(waits.at(-1)).toBeGreaterThan(waits[0]!)
    expect(waits).toEqual([...waits].sort((a, b) => a - b))
  })

  it('never locks the named account out: after a hostile colleague’s 20 guesses its owner signs in once the delay is over', async () => {
    for (let i = 0; i < 20; i++) await wrongWhenAllowed('lead01', i)
    let owner = await attempt('lead01', DEMO_PASSWORD)
    expect(owner.status).toBe(429)
    // However many guesses came before, the owner waits minutes at most, not a lockout.
    expect(owner.retryAfterSeconds).toBeLessThanOrEqual(5 * 60)
    advance(owner.retryAfterSeconds! * 1000)
    owner = await attempt('lead01', DEMO_PASSWORD)
    expect(owner.status).toBe(200)
    // A success clears the failures: the next mistake is not delayed.
    expect((await attempt('lead01', 'typo')).status).toBe(401)
    expect((await attempt('lead01', DEMO_PASSWORD)).status).toBe(200)
  })

  it('audits every failed and every refused attempt, with the username as typed (capped by the schema)', async () => {
    const longName = 'x'.repeat(64)
    for (let i = 0; i < 3; i++) await attempt(longName, 'wrong')
    await attempt(longName, 'wrong')
    const events = (await getBackend()).db.auditEvents
      .all()
      .filter((e) => e.action === 'session.sign_in' && e.target === longName)
    expect(events.map((e) => e.outcome)).toEqual(['failure', 'failure', 'failure', 'denied'])
  })
})
