// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb'
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../node'
import { API } from '../test-client'

// In the browser the mock server runs in a service worker, which the browser stops when it has been
// idle and starts afresh, with only what it stored in IndexedDB, for the next request. Here such a
// start ("loadPage") is a fresh copy of every mock module over one IndexedDB, served ahead of the
// handlers loaded at start.

function webLocks() {
  const chains = new Map<string, Promise<unknown>>()
  return {
    request<T>(name: string, work: () => Promise<T>): Promise<T> {
      const run = (chains.get(name) ?? Promise.resolve()).then(work)
      chains.set(
        name,
        run.catch(() => undefined),
      )
      return run
    },
  }
}

async function loadPage(): Promise<void> {
  vi.resetModules()
  const { configureBackend } = await import('../backend-instance')
  const { handlers } = await import('../handlers')
  configureBackend({ scale: null, persist: true })
  server.use(...handlers)
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory())
  vi.stubGlobal('navigator', { locks: webLocks() })
  // Only the clock is faked: msw/node still needs real timers and microtasks.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-10-08T09:00:00+08:00'))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const MINUTE = 60_000
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms)

async function signIn(): Promise<string> {
  const r = await fetch(`${API}/session`, {
    method: 'POST',
    body: JSON.stringify({ username: 'agent01', password: 'Demo@2026' }),
  })
  expect(r.status).toBe(200)
  return ((await r.json()) as { token: string }).token
}

async function whoAmI(token: string): Promise<{ status: number; code?: string }> {
  const r = await fetch(`${API}/session`, { headers: { Authorization: `Bearer ${token}` } })
  return { status: r.status, code: ((await r.json()) as { code?: string }).code }
}

describe('the idle clock across a reload (CONTRACT: 30 minutes without a request)', () => {
  it('keeps someone who kept working signed in after a reload more than 30 minutes after sign-in', async () => {
    await loadPage()
    const token = await signIn()
    for (let i = 0; i < 4; i++) {
      advance(10 * MINUTE)
      expect((await whoAmI(token)).status).toBe(200)
    }
    await loadPage()
    advance(10 * MINUTE)
    // 50 minutes after sign-in, 10 after the last request.
    expect((await whoAmI(token)).status).toBe(200)
  }, 60_000)

  it('still idles out after a reload once 30 minutes pass without a request', async () => {
    await loadPage()
    const token = await signIn()
    advance(20 * MINUTE)
    expect((await whoAmI(token)).status).toBe(200)
    await loadPage()
    advance(31 * MINUTE)
    expect(await whoAmI(token)).toEqual({ status: 401, code: 'SESSION_EXPIRED' })
  }, 60_000)
})
