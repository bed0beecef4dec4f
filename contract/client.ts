// The contract suite's only way in: HTTP to a backend's origin, as any client would call it. It
// reads no database and intercepts nothing, so it runs against the mock server and a real
// backend alike (`npm run test:contract -- --base-url=<origin>`).

const origin = process.env.CONTRACT_BASE_URL
if (!origin)
  throw new Error('CONTRACT_BASE_URL is not set: npm run test:contract -- --base-url=<origin>')
export const API = `${origin.replace(/\/+$/, '')}/api`

// CONTRACT: Sessions and roles: the seeded staff, every password the same.
export const PASSWORD = 'Demo@2026'
export const SEEDED_STAFF = [
  { username: 'agent01', role: 'agent', displayName: '客服小李' },
  { username: 'agent02', role: 'agent', displayName: '客服小王' },
  { username: 'lead01', role: 'lead', displayName: '主管陈' },
  { username: 'compliance01', role: 'compliance', displayName: '合规周' },
  { username: 'admin01', role: 'admin', displayName: '管理员' },
] as const
export type Username = (typeof SEEDED_STAFF)[number]['username']

export interface Answer<T> {
  status: number
  headers: Headers
  text: string
  /** Parsed when the answer is JSON, else null. */
  body: T
}

export interface ErrorBody {
  code: string
  message: string
  correlationId: string
  details?: Record<string, unknown> & { fields?: Record<string, string>; current?: unknown }
}

export async function signIn(username: string, password = PASSWORD) {
  return call<{ token: string; expiresAt: string; staff: Record<string, unknown> }>(
    null,
    'POST',
    '/session',
    { body: { username, password } },
  )
}

const tokens = new Map<string, string>()

/** A session of a seeded account, signing in on first use. */
/**
 * The backend's own "now", which may differ from this machine's (another host, or a server on a
 * test clock): a session expires 12 hours after sign-in (CONTRACT: Sessions), so a fresh one
 * says what time the server thinks it is.
 */
export async function serverNow(): Promise<number> {
  const session = await signIn('agent01')
  return Date.parse(session.body.expiresAt) - 12 * 3_600_000
}

export async function tokenOf(username: Username): Promise<string> {
  const cached = tokens.get(username)
  if (cached) return cached
  const r = await signIn(username)
  if (r.status !== 200) throw new Error(`${username} could not sign in: HTTP ${r.status}`)
  tokens.set(username, r.body.token)
  return r.body.token
}

/** A seeded account, a token, or nobody. */
export type Caller = Username | { token: string } | null

export interface CallOptions {
  body?: unknown
  /** Sent as If-Match. */
  version?: number
  /** The Idempotency-Key of a POST: a fresh one unless given; null sends none. */
  key?: string | null
}

export async function call<T = unknown>(
  who: Caller,
  method: string,
  path: string,
  { body, version, key }: CallOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (who !== null)
    headers.Authorization = `Bearer ${typeof who === 'string' ? await tokenOf(who) : who.token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const idempotencyKey = key === undefined ? crypto.randomUUID() : key
  if (method === 'POST' && idempotencyKey !== null) headers['Idempotency-Key'] = idempotencyKey
  if (version !== undefined) headers['If-Match'] = String(version)
  const response = await fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const json = /json/.test(response.headers.get('Content-Type') ?? '') && text !== ''
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: (json ? JSON.parse(text) : null) as T,
  }
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export interface RequestSummary {
  id: string
  type: string
  status: string
  userId: string
  assigneeId: string | null
  version: number
}
