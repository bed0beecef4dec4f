import { describe, expect, it } from 'vitest'
import { createSessionStore, type SessionChannel, type SharedSessionEvent } from './session-store'

/** Two or more tabs of one browser: each its own sessionStorage, one channel between them. */
function browser() {
  const members: SessionChannel[] = []
  const tab = (options?: { ask?: boolean }) => {
    const channel: SessionChannel = {
      onmessage: null,
      // Like BroadcastChannel: later, and to every other member, never back to the sender.
      postMessage: (message) =>
        setTimeout(() => {
          for (const m of members)
            if (m !== channel) m.onmessage?.({ data: message } as MessageEvent)
        }),
    }
    members.push(channel)
    const storage = new Map<string, string>()
    const store = createSessionStore(
      {
        getItem: (k) => storage.get(k) ?? null,
        setItem: (k, v) => void storage.set(k, v),
        removeItem: (k) => void storage.delete(k),
      } as Storage,
      channel,
      options,
    )
    const events: SharedSessionEvent[] = []
    store.onShared((e) => events.push(e))
    return { store, events }
  }
  // A message from a tab this test does not otherwise need.
  const outsider: SessionChannel = { onmessage: null, postMessage: () => {} }
  members.push(outsider)
  const send = (message: Parameters<SessionChannel['postMessage']>[0]) =>
    setTimeout(() => {
      for (const m of members) if (m !== outsider) m.onmessage?.({ data: message } as MessageEvent)
    })
  return { tab, send }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Two tabs of one browser, signed in in the first with `token` and the second told so. */
async function twoTabsSignedIn(token: string) {
  const b = browser()
  const [a, c] = [b.tab(), b.tab()]
  a.store.setToken(token)
  await settled()
  return { b, a, c }
}

describe('the session shared between the tabs of one browser', () => {
  it('a new tab takes up the token of an open one instead of signing in again', async () => {
    const b = browser()
    const first = b.tab()
    first.store.setToken('tok-1')
    await settled()
    const second = b.tab()
    expect(second.store.getToken()).toBeNull()
    await settled()
    await settled()
    expect(second.store.getToken()).toBe('tok-1')
    expect(second.events).toEqual(['adopted'])
  })

  it('a new tab in a browser with no session stays signed out', async () => {
    const b = browser()
    const only = b.tab()
    await settled()
    expect(only.store.getToken()).toBeNull()
    expect(only.events).toEqual([])
  })

  it('signing in in one tab signs in the others; signing out in one ends it in all', async () => {
    const { a, c } = await twoTabsSignedIn('tok-2')
    expect(c.store.getToken()).toBe('tok-2')
    c.store.clear()
    await settled()
    expect(a.store.getToken()).toBeNull()
    expect(a.events).toEqual(['signed-out'])
    expect(c.events).toEqual(['adopted'])
  })

  it('an expired session shows as expired in every tab that holds it', async () => {
    const { a, c } = await twoTabsSignedIn('tok-3')
    a.store.notifyUnauthorized()
    await settled()
    expect(c.events).toEqual(['adopted', 'expired'])
    expect(a.events).toEqual([])
  })

  it('news of another session, expired or signed out, leaves this tab as it is', async () => {
    const b = browser()
    const a = b.tab()
    a.store.setToken('tok-5')
    b.send({ type: 'expired', token: 'tok-old' })
    b.send({ type: 'signed-out', token: 'tok-old' })
    await settled()
    expect(a.store.getToken()).toBe('tok-5')
    expect(a.events).toEqual([])
  })

  it('a tab opened on the sign-in page does not ask, so a second person can sign in there', async () => {
    const b = browser()
    const agent = b.tab()
    agent.store.setToken('tok-agent')
    await settled()
    const lead = b.tab({ ask: false })
    await settled()
    await settled()
    expect(lead.store.getToken()).toBeNull()
    lead.store.setToken('tok-lead')
    await settled()
    // Each keeps their own: a live session is never swapped for another tab's.
    expect(agent.store.getToken()).toBe('tok-agent')
    expect(agent.events).toEqual([])
    // Signing out ends only the session signed out of.
    lead.store.clear()
    await settled()
    expect(agent.store.getToken()).toBe('tok-agent')
  })

  it('a tab under the expired-session modal takes up the new sign-in made in another tab', async () => {
    const { a, c } = await twoTabsSignedIn('tok-8')
    c.store.notifyUnauthorized()
    await settled()
    a.store.setToken('tok-9')
    await settled()
    expect(c.store.getToken()).toBe('tok-9')
    expect(c.events).toEqual(['adopted', 'adopted'])
    expect(a.events).toEqual(['expired'])
  })

  it('the idle clock follows the latest request of any tab of the same session', async () => {
    const { b, a, c } = await twoTabsSignedIn('tok-10')
    a.store.touch(1_000_000)
    c.store.touch(500_000)
    await settled()
    expect(c.store.lastRequestAt()).toBe(1_000_000)
    expect(a.store.lastRequestAt()).toBe(1_000_000)
    const other = b.tab({ ask: false })
    other.store.setToken('tok-11')
    other.store.touch(9_000_000)
    await settled()
    expect(a.store.lastRequestAt()).toBe(1_000_000)
  })
})

describe('late and stale news between tabs', () => {
  it('an answer that arrives after this tab signed out does not sign it back in', async () => {
    const b = browser()
    const late = b.tab()
    // Another tab answers the new tab's question only after the new tab has signed in and out.
    late.store.setToken('tok-6')
    late.store.clear()
    b.send({ type: 'answer', token: 'tok-7', lastRequestAt: 0 })
    b.send({ type: 'signed-in', token: 'tok-6', lastRequestAt: 0 })
    await settled()
    expect(late.store.getToken()).toBeNull()
    expect(late.events).toEqual([])
  })
})
