import type { z } from './zod'
import { fillPath, type AnyEndpoint, type BodyInput, type ResponseOf } from './endpoint'
import { ApiError, NetworkError } from './api-error'
import { errorBodySchema } from './schemas'
import { sessionStore } from './session-store'
import { currentLanguage } from '../i18n/i18n'

export const API_BASE = `${import.meta.env.VITE_API_BASE_URL ?? ''}/api`

export type QueryValue = string | number | boolean | null | undefined | readonly string[]

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Record<string, QueryValue>
  body?: unknown
  /** One key per user intent, reused when the same intent is retried. */
  idempotencyKey?: string
  /** The version the user saw; a stale one gets 412. */
  ifMatch?: number
  signal?: AbortSignal
}

export function toSearchParams(query: Record<string, QueryValue> = {}): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','))
    } else params.set(key, String(value))
  }
  return params
}

// A backend the page starts (the mock's service worker) starts alongside the app rather than
// before it, so the app's own code loads meanwhile; requests wait until it serves the page.
let backendReady: Promise<unknown> = Promise.resolve()

export function holdRequestsUntil(ready: Promise<unknown>): void {
  backendReady = ready
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  // The server writes what people read (CSV exports) in the console's language.
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  }
  const token = sessionStore.getToken()
  if (token) headers.Authorization = `Bearer ${token}`
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey
  if (options.ifMatch !== undefined) headers['If-Match'] = String(options.ifMatch)
  const qs = toSearchParams(options.query).toString()
  try {
    await backendReady
    // Absolute, so that the same client works under Node's fetch in tests.
    const url = new URL(`${API_BASE}${path}${qs ? `?${qs}` : ''}`, window.location.origin)
    return await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      // The API knows a caller by the bearer token alone: no cookie of the console's origin goes
      // to it. (The in-browser mock also stops reading document.cookie, a call to the browser's
      // own process, for every request.)
      credentials: 'omit',
    })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error
    throw new NetworkError(error instanceof Error ? error.message : String(error))
  }
}

async function failure(response: Response, hadToken: boolean): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // A proxy or a crashed server may answer without our error body.
  }
  const parsed = errorBodySchema.safeParse(body)
  const error = new ApiError(
    response.status,
    parsed.success
      ? parsed.data
      : {
          code: `HTTP_${response.status}`,
          message: response.statusText || `HTTP ${response.status}`,
          correlationId: response.headers.get('X-Correlation-Id') ?? '',
        },
  )
  if (response.status === 401 && hadToken) sessionStore.notifyUnauthorized()
  return error
}

/** The one way the app talks to the backend: every response is parsed with its schema. */
export async function apiRequest<S extends z.ZodMiniType>(
  schema: S,
  path: string,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const hadToken = sessionStore.getToken() !== null
  return schema.parse(await jsonOf(await succeeded(await send(path, options), hadToken)))
}

/** The answer if it is a success, which keeps the session alive; else the failure it reports. */
async function succeeded(response: Response, hadToken: boolean): Promise<Response> {
  if (!response.ok) throw await failure(response, hadToken)
  if (hadToken) sessionStore.touch()
  return response
}

const jsonOf = (response: Response): Promise<unknown> =>
  response.status === 204 ? Promise.resolve(null) : response.json()

/**
 * What a call of the endpoint needs besides the endpoint. An idempotent one needs its key: one
 * per user intent, reused when the same intent is retried.
 */
export type CallOptions<E extends AnyEndpoint> = {
  /** The path's parameters by name: `{ id }` for `/requests/:id/decision`. */
  params?: Record<string, string>
  query?: Record<string, QueryValue>
  /** The version the user saw, sent as If-Match; a stale one gets 412. */
  version?: number
  signal?: AbortSignal
} & (BodyInput<E> extends undefined ? { body?: undefined } : { body: BodyInput<E> }) &
  (E extends { readonly idempotent?: true }
    ? { idempotencyKey: string }
    : { idempotencyKey?: string })

/** Calls an endpoint of the API tables; the answer is parsed with the endpoint's response schema. */
export async function callEndpoint<const E extends AnyEndpoint>(
  endpoint: E,
  options: CallOptions<E>,
): Promise<ResponseOf<E>> {
  if (endpoint.idempotent && !options.idempotencyKey)
    throw new Error(`${endpoint.method.toUpperCase()} ${endpoint.path} needs an idempotency key`)
  const hadToken = sessionStore.getToken() !== null
  const response = await send(fillPath(endpoint.path, options.params ?? {}), {
    method: endpoint.method.toUpperCase() as RequestOptions['method'],
    query: options.query,
    body: options.body,
    idempotencyKey: options.idempotencyKey,
    ifMatch: options.version,
    signal: options.signal,
  })
  await succeeded(response, hadToken)
  if (!endpoint.response) return null as ResponseOf<E>
  return endpoint.response.parse(await jsonOf(response)) as ResponseOf<E>
}

/** For file downloads (CSV exports): same auth and error handling, body returned as text. */
export async function apiText(path: string, options: RequestOptions = {}): Promise<string> {
  const hadToken = sessionStore.getToken() !== null
  const response = await send(path, options)
  if (!response.ok) throw await failure(response, hadToken)
  // Decoded as sent: `text()` would drop the byte-order mark by which spreadsheet programs know
  // that a CSV is UTF-8, and the saved file needs it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID()
}
