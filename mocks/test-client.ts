import type { RequestDetail } from '../src/shared/api/schemas'
import { getBackend } from './backend-instance'

// The handler tests talk to the mock backend over plain HTTP, as the console does, so they see
// the real status codes, headers and JSON. Sessions are reused per account to keep the audit
// trail close to what one person signing in once would leave.

export const API = 'http://localhost/api'
export const DEMO_PASSWORD = 'Demo@2026'

const tokens = new Map<string, string>()

/** A fresh sign-in, not cached: for tests about sessions themselves. */
export async function signIn(
  username: string,
  password = DEMO_PASSWORD,
): Promise<{ status: number; token: string }> {
  const r = await fetch(`${API}/session`, {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  })
  return { status: r.status, token: r.ok ? ((await r.json()) as { token: string }).token : '' }
}

/** The session token of a demo account, signing in on first use. */
export async function tokenOf(username: string): Promise<string> {
  const cached = tokens.get(username)
  if (cached) return cached
  const { token } = await signIn(username)
  tokens.set(username, token)
  return token
}

/** Drops a cached session (e.g. after it has idled out), so the next call signs in again. */
export function forgetToken(username: string): void {
  tokens.delete(username)
}

export function forgetAllTokens(): void {
  tokens.clear()
}

export type ApiBody<T> = T & {
  code?: string
  details?: Record<string, unknown> & { fields?: Record<string, string> }
}

/** A demo account by username, a session token of its own, or null for no session at all. */
export type Caller = string | { token: string } | null

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
): Promise<{ status: number; text: string; contentType: string | null; body: ApiBody<T> }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (who !== null)
    headers.Authorization = `Bearer ${typeof who === 'string' ? await tokenOf(who) : who.token}`
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
  return { status: response.status, text, contentType, body: parsed as ApiBody<T> }
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

/**
 * The last activation code sent to a staff member: their phone or mailbox, which the console's
 * API never returns. A test reading it plays the member, never the admin.
 */
export async function activationCodeSentTo(username: string): Promise<string> {
  const { db } = await getBackend()
  const member = db.staff.all().find((s) => s.username === username)
  const sent = db.staffOutbox
    .all()
    .filter((m) => m.staffId === member?.id)
    .at(-1)
  const code = sent?.text.match(/激活码 ([A-Z2-9]{8})/)?.[1]
  if (!code) throw new Error(`no activation code sent to ${username}`)
  return code
}

/** The member sets their own password with the code they were sent. */
export async function activate(username: string, code: string, password: string) {
  return call<{ username: string }>(null, 'POST', '/staff-activation', { username, code, password })
}

/**
 * Whether the user's record is whole: no data plan of theirs has deleted or anonymised anything
 * yet (the seed carries out its completed plans), so a test can read and change every field.
 */
export async function hasIntactRecord(userId: string): Promise<boolean> {
  const user = (await getBackend()).db.users.get(userId)
  return !!user && user.dataDisposition.length === 0
}

/** The first active adult of the seed acting for themselves: no guardian, not deceased. */
export async function activeAdult() {
  const user = (await getBackend()).db.users
    .all()
    .find((u) => u.accountStatus === 'active' && !u.guardian && !u.deceased)
  if (!user) throw new Error('no active adult in the seed')
  return user
}

/** Photos of both sides of a new ID card, as the console fingerprints them before sending. */
export const NEW_ID_CARD_PHOTOS = [
  { side: 'front', name: 'new-id-front.jpg', size: 204_800, sha256: 'a'.repeat(64) },
  { side: 'back', name: 'new-id-back.jpg', size: 198_400, sha256: 'b'.repeat(64) },
] as const
