// Only the bearer token is kept, and only in sessionStorage (CONTRACT: no personal data in
// browser storage; closing the browser's last console tab signs out). The tabs of one browser
// share the session over a BroadcastChannel, which never leaves the browser: a new tab opened on
// a console page asks the open ones for the token instead of asking the person to sign in again,
// and signing out, an expired session and idle time end it in every tab that holds it. A tab
// opened on the sign-in page signs in on its own, so two staff members can still work side by
// side in one browser (the in-browser demo backend is shared only between its tabs); a tab with a
// live session of its own never gives it up for another tab's.
const TOKEN_KEY = 'console.token'
const CHANNEL = 'console.session'
// Activity is told to the other tabs at most this often, so their idle clocks agree without a
// message per request.
const ACTIVITY_EVERY_MS = 10_000

type Message =
  | { type: 'ask' }
  | { type: 'answer'; token: string; lastRequestAt: number }
  | { type: 'signed-in'; token: string; lastRequestAt: number }
  | { type: 'signed-out'; token: string }
  | { type: 'expired'; token: string }
  | { type: 'activity'; token: string; at: number }

/** What another tab did to the shared session, for the session provider to follow. */
export type SharedSessionEvent = 'adopted' | 'signed-out' | 'expired'

type Listener = () => void

export interface SessionChannel {
  postMessage(message: Message): void
  onmessage: ((event: MessageEvent<Message>) => void) | null
}

export function createSessionStore(
  storage: Storage,
  channel: SessionChannel | null,
  { ask = true }: { ask?: boolean } = {},
) {
  const unauthorizedListeners = new Set<Listener>()
  const sharedListeners = new Set<(event: SharedSessionEvent) => void>()
  // The server idles a token out 30 minutes after its last request; the client mirrors that
  // clock (taking the latest request of any tab) to warn before it happens.
  let lastRequestAt = Date.now()
  let lastActivityPosted = 0
  // An answer is taken only by a tab that asked and has not signed in or out since, and no tab
  // takes up a session it has seen end: a late answer must not sign a tab back in.
  let asking = false
  // Sessions seen to end here: signed out, or expired (this tab's then waits under the modal for
  // a new sign-in in any tab).
  const lapsed = new Set<string>()
  const emit = (event: SharedSessionEvent) => sharedListeners.forEach((l) => l(event))
  const post = (message: Message) => channel?.postMessage(message)
  const shareExpiry = () => {
    const token = storage.getItem(TOKEN_KEY)
    if (!token) return
    lapsed.add(token)
    post({ type: 'expired', token })
  }

  if (channel) {
    channel.onmessage = ({ data }) => {
      const own = storage.getItem(TOKEN_KEY)
      switch (data.type) {
        case 'ask':
          if (own && !lapsed.has(own)) post({ type: 'answer', token: own, lastRequestAt })
          break
        case 'answer':
        case 'signed-in': {
          if (data.token === own || lapsed.has(data.token)) break
          const free = !own || lapsed.has(own)
          if (data.type === 'answer' ? !(asking && !own) : !free) break
          asking = false
          storage.setItem(TOKEN_KEY, data.token)
          lastRequestAt = Math.max(lastRequestAt, data.lastRequestAt)
          emit('adopted')
          break
        }
        case 'signed-out':
          lapsed.add(data.token)
          if (data.token !== own) break
          storage.removeItem(TOKEN_KEY)
          emit('signed-out')
          break
        case 'expired':
          if (data.token !== own) break
          lapsed.add(own)
          emit('expired')
          break
        case 'activity':
          if (data.token === own) lastRequestAt = Math.max(lastRequestAt, data.at)
          break
      }
    }
    if (ask && !storage.getItem(TOKEN_KEY)) {
      asking = true
      post({ type: 'ask' })
    }
  }

  return {
    getToken(): string | null {
      return storage.getItem(TOKEN_KEY)
    },
    /** A new session of this tab's, which the other tabs take up too. */
    setToken(token: string): void {
      asking = false
      storage.setItem(TOKEN_KEY, token)
      lastRequestAt = Date.now()
      post({ type: 'signed-in', token, lastRequestAt })
    },
    /** Ends the session here and in every tab that shares it. */
    clear(): void {
      asking = false
      const token = storage.getItem(TOKEN_KEY)
      storage.removeItem(TOKEN_KEY)
      if (!token) return
      lapsed.add(token)
      post({ type: 'signed-out', token })
    },
    /** Drops this tab's copy only: the session itself has already ended (the server said so). */
    forget(): void {
      asking = false
      storage.removeItem(TOKEN_KEY)
    },
    /** Fired when the server answers 401 to a signed-in request: the shell opens the sign-in modal. */
    onUnauthorized(listener: Listener): () => void {
      unauthorizedListeners.add(listener)
      return () => unauthorizedListeners.delete(listener)
    },
    notifyUnauthorized(): void {
      unauthorizedListeners.forEach((l) => l())
      shareExpiry()
    },
    /** The session ran out here (the server said so, or it idled out): every tab shows it. */
    shareExpiry,
    /** Another tab signed in, signed out or saw the session expire. */
    onShared(listener: (event: SharedSessionEvent) => void): () => void {
      sharedListeners.add(listener)
      return () => sharedListeners.delete(listener)
    },
    touch(at: number = Date.now()): void {
      lastRequestAt = at
      const token = storage.getItem(TOKEN_KEY)
      if (token && at - lastActivityPosted >= ACTIVITY_EVERY_MS) {
        lastActivityPosted = at
        post({ type: 'activity', token, at })
      }
    },
    lastRequestAt(): number {
      return lastRequestAt
    },
  }
}

// Unit tests run their files in threads of one process, where a BroadcastChannel would join
// unrelated tests' sessions together; each test sets up the session it needs instead.
const shared =
  typeof BroadcastChannel !== 'undefined' && import.meta.env.MODE !== 'test'
    ? (new BroadcastChannel(CHANNEL) as unknown as SessionChannel)
    : null

export const sessionStore = createSessionStore(sessionStorage, shared, {
  ask: !/^\/(sign-in|activate|copy\/)/.test(window.location.pathname),
})
