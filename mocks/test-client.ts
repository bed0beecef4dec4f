import type { RequestDetail } from '../src/shared/api/schemas'

// The tests' one way into a backend: plain HTTP, as the console calls it, so they see the real
// status codes, headers and JSON. It reads no database and imports nothing of the mock backend,
// so the same client serves the mock's own tests (the mock answers http://localhost in-process)
// and the contract suite against any backend's origin (CONTRACT_BASE_URL, which
// `npm run test:contract -- --base-url=<origin>` sets). Sessions are reused per account to keep
// the audit trail close to what one person signing in once would leave.

// Read through globalThis: the console's tests type-check without Node's globals.
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env
const origin = env?.CONTRACT_BASE_URL ?? 'http://localhost'
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

export interface ErrorBody {
  code: string
  message: string
  correlationId: string
  details?: Record<string, unknown> & { fields?: Record<string, string>; current?: unknown }
}

export type ApiBody<T> = T & {
  code?: string
  details?: Record<string, unknown> & { fields?: Record<string, string> }
}

export interface Answer<T> {
  status: number
  headers: Headers
  contentType: string | null
  text: string
  /** Parsed when the answer is JSON, else null. */
  body: ApiBody<T>
}

/** A seeded account by username, a session token of its own, or null for no session at all. */
export type Caller = string | { token: string } | null

const tokens = new Map<string, string>()

/**
 * One request as the console sends it: POSTs carry an idempotency key (a fresh one unless given;
 * null sends none) and `version` becomes If-Match. The answer comes back raw and, if JSON, parsed.
 */
export async function call<T = RequestDetail>(
  who: Caller,
  method: string,
  path: string,
  body?: unknown,
  version?: number,
  key: string | null = crypto.randomUUID(),
): Promise<Answer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (who !== null)
    headers.Authorization = `Bearer ${typeof who === 'string' ? await tokenOf(who) : who.token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (method === 'POST' && key) headers['Idempotency-Key'] = key
  if (version !== undefined) headers['If-Match'] = String(version)
  const response = await fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  const contentType = response.headers.get('Content-Type')
  // Only JSON is parsed: a CSV export is read from `text`, and an empty answer has no body.
  const parsed: unknown = text && contentType?.includes('json') ? JSON.parse(text) : null
  return {
    status: response.status,
    headers: response.headers,
    contentType,
    text,
    body: parsed as ApiBody<T>,
  }
}

/**
 * Calls a route as the console would, but so that nothing changes: no Idempotency-Key on a
 * write and a stale If-Match, so an allowed call stops at a 400, 404 or 412 after the role check.
 */
export function probe(who: Caller, method: string, path: string) {
  const mutating = method !== 'GET'
  return call(who, method, path, mutating ? {} : undefined, mutating ? 999_999 : undefined, null)
}

/** A fresh sign-in, not cached: for tests about sessions themselves. `token` is '' if refused. */
export async function signIn(username: string, password = PASSWORD) {
  const r = await call<{ token: string; expiresAt: string; staff: Record<string, unknown> }>(
    null,
    'POST',
    '/session',
    { username, password },
  )
  return { ...r, token: r.status === 200 ? r.body.token : '' }
}

/** The session token of a seeded account, signing in on first use. */
export async function tokenOf(username: string): Promise<string> {
  const cached = tokens.get(username)
  if (cached) return cached
  const r = await signIn(username)
  if (r.status !== 200) throw new Error(`${username} could not sign in: HTTP ${r.status}`)
  tokens.set(username, r.token)
  return r.token
}

/** Drops a cached session (e.g. after it has idled out), so the next call signs in again. */
export function forgetToken(username: string): void {
  tokens.delete(username)
}

export function forgetAllTokens(): void {
  tokens.clear()
}

/**
 * The backend's own "now", which may differ from this machine's (another host, or a server on a
 * test clock): a session expires 12 hours after sign-in (CONTRACT: Sessions), so a fresh one
 * says what time the server thinks it is.
 */
export async function serverNow(): Promise<number> {
  const session = await signIn('agent01')
  return Date.parse(session.body.expiresAt) - 12 * 3_600_000
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

/**
 * Registers a hotline request as intake would (POST /requests), received a minute ago unless said
 * otherwise, and fails the test unless it was created.
 */
export async function intake(
  userId: string,
  {
    type = 'copy',
    requesterType = 'self',
    by = 'agent01',
    receivedAt,
  }: { type?: string; requesterType?: string; by?: Caller; receivedAt?: string } = {},
): Promise<RequestDetail> {
  const created = await call(by, 'POST', '/requests', {
    type,
    userId,
    requesterType,
    channel: 'hotline',
    receivedAt: receivedAt ?? new Date(Date.now() - 60_000).toISOString(),
  })
  if (created.status !== 201)
    throw new Error(
      `intake of a ${type} request for ${userId} answered ${created.status} ${created.body.code ?? ''}`,
    )
  return created.body
}

/** The member sets their own password with the code they were sent. */
export async function activate(username: string, code: string, password: string) {
  return call<{ username: string }>(null, 'POST', '/staff-activation', { username, code, password })
}

/** Photos of both sides of a new ID card, as the console fingerprints them before sending. */
export const NEW_ID_CARD_PHOTOS = [
  { side: 'front', name: 'new-id-front.jpg', size: 204_800, sha256: 'a'.repeat(64) },
  { side: 'back', name: 'new-id-back.jpg', size: 198_400, sha256: 'b'.repeat(64) },
] as const
