// Only the bearer token is kept, and only in sessionStorage (CONTRACT: no personal data in
// browser storage; a closed tab signs out).
const TOKEN_KEY = 'console.token'

type Listener = () => void
const unauthorizedListeners = new Set<Listener>()
// The server idles a token out 30 minutes after its last request; the client mirrors that
// clock to warn before it happens.
let lastRequestAt = Date.now()

export const sessionStore = {
  getToken(): string | null {
    return sessionStorage.getItem(TOKEN_KEY)
  },
  setToken(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token)
  },
  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY)
  },
  /** Fired when the server answers 401 to a signed-in request: the shell opens the sign-in modal. */
  onUnauthorized(listener: Listener): () => void {
    unauthorizedListeners.add(listener)
    return () => unauthorizedListeners.delete(listener)
  },
  notifyUnauthorized(): void {
    unauthorizedListeners.forEach((l) => l())
  },
  touch(at: number = Date.now()): void {
    lastRequestAt = at
  },
  lastRequestAt(): number {
    return lastRequestAt
  },
}
