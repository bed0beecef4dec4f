import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from './auth'

// Only the clock is faked: msw/node still needs real timers and microtasks.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-10-08T09:00:00+08:00'))
})
afterEach(() => {
  vi.useRealTimers()
})

async function signIn(): Promise<string> {
  const response = await fetch('http://localhost/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'agent01', password: 'Demo@2026' }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

async function whoAmI(token: string): Promise<{ status: number; code?: string }> {
  const response = await fetch('http://localhost/api/session', {
    headers: { Authorization: `Bearer ${token}` },
  })
  const body = (await response.json()) as { code?: string }
  return { status: response.status, code: body.code }
}

const advance = (ms: number) => vi.setSystemTime(Date.now() + ms)

describe('session timeouts (CONTRACT: idle 30 minutes, absolute 12 hours)', () => {
  it('idles out after 30 minutes without a request, not before', async () => {
    const token = await signIn()
    advance(IDLE_TIMEOUT_MS - 1_000)
    expect((await whoAmI(token)).status).toBe(200)
    // The request above counted as activity: the idle window starts again from it.
    advance(IDLE_TIMEOUT_MS - 1_000)
    expect((await whoAmI(token)).status).toBe(200)
    advance(IDLE_TIMEOUT_MS + 1_000)
    expect(await whoAmI(token)).toEqual({ status: 401, code: 'SESSION_EXPIRED' })
  })

  it('expires 12 hours after sign-in however busy the session was', async () => {
    const token = await signIn()
    const signedInAt = Date.now()
    while (Date.now() + 20 * 60_000 < signedInAt + ABSOLUTE_TIMEOUT_MS) {
      advance(20 * 60_000)
      expect((await whoAmI(token)).status).toBe(200)
    }
    vi.setSystemTime(signedInAt + ABSOLUTE_TIMEOUT_MS + 1_000)
    expect(await whoAmI(token)).toEqual({ status: 401, code: 'SESSION_EXPIRED' })
    // A new sign-in is a new session with its own 12 hours.
    expect((await whoAmI(await signIn())).status).toBe(200)
  })
})
