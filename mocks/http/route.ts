import { getResponse, http, HttpResponse, type RequestHandler } from 'msw'
import { z } from '../../src/shared/api/zod'
import {
  paramsSchema,
  type AnyEndpoint,
  type BodyOf,
  type Method,
  type ParamsOf,
  type QueryOf,
} from '../../src/shared/api/endpoint'
import type { FieldIssue } from '../../src/shared/api/field-issues'
import { canonicalJson, sha256Hex } from '../../src/shared/lib/hash-chain'
import { getBackend } from '../backend-instance'
import type { Backend } from '../db/backend'
import type { StaffAccount } from '../db/database'
import { appendAuditEvent } from '../db/chains'
import { applyNetworkConditions } from './network-conditions'
import { authenticate, persistActivity } from './auth'
import { HttpError } from './http-error'

export { HttpError }

export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly contentType: string = 'application/json',
  ) {}
}

export const reply = (status: number, body: unknown) => new Reply(status, body)
export const replyCsv = (csv: string) => new Reply(200, csv, 'text/csv; charset=utf-8')

export interface RouteContext<Q, B, P = Record<string, string>> {
  request: Request
  params: P
  query: Q
  body: B
  staff: StaffAccount
  backend: Backend
  correlationId: string
  now: number
  /** Records an audit event for this request, chained like the ledger. */
  audit(
    action: string,
    target: string,
    options?: { reason?: string | null; outcome?: 'success' | 'denied' | 'failure' },
  ): Promise<void>
}

/** How the mock serves an endpoint; what the endpoint is lives in its table (src/shared/api). */
export interface RouteHandler<E extends AnyEndpoint> {
  /** Exempt from injected network faults, so the fault control itself stays reachable. */
  faultFree?: boolean
  /** 'own' for handlers that take the write lock themselves (the database reset). */
  transaction?: 'auto' | 'own'
  handle: (ctx: RouteContext<QueryOf<E>, BodyOf<E>, ParamsOf<E>>) => Promise<unknown>
}

export function correlationId(): string {
  return `c-${crypto.randomUUID().slice(0, 13)}`
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  cid: string,
  details?: Record<string, unknown>,
) {
  return HttpResponse.json(
    { code, message, correlationId: cid, ...(details ? { details } : {}) },
    { status, headers: { 'X-Correlation-Id': cid } },
  )
}

const issuePath = (issue: z.core.$ZodIssue, prefix: string) =>
  [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)'

/**
 * The answer of the first handler that takes `request`, or the contract's 404: how each place that
 * hosts the handlers (the API server, the browser's service worker) answers a request.
 */
export async function answerWith(
  handlers: readonly RequestHandler[],
  request: Request,
): Promise<Response> {
  return (
    (await getResponse([...handlers], request)) ??
    errorResponse(
      404,
      'NOT_FOUND',
      `Nothing is served at ${request.method} ${new URL(request.url).pathname}`,
      correlationId(),
    )
  )
}

export function fieldErrors(error: z.core.$ZodError, prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) fields[issuePath(issue, prefix)] ??= issue.message
  return fields
}

/** The value at an issue's path of what was sent, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** A zod issue as the code (and bounds) the console words it by. */
function fieldIssue(issue: z.core.$ZodIssue, value: unknown): FieldIssue {
  const bound = (n: unknown) => (typeof n === 'bigint' ? Number(n) : (n as number))
  switch (issue.code) {
    case 'invalid_type':
      return { code: value === undefined || value === null ? 'required' : 'invalid_format' }
    case 'too_small': {
      const minimum = bound(issue.minimum)
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'required' } : { code: 'too_short', minimum }
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_few', minimum }
      return { code: 'too_small', minimum }
    }
    case 'too_big': {
      const maximum = bound(issue.maximum)
      if (issue.origin === 'string') return { code: 'too_long', maximum }
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_many', maximum }
      return { code: 'too_big', maximum }
    }
    case 'invalid_format':
      return { code: 'invalid_format' }
    case 'invalid_value':
      return { code: 'invalid_value' }
    default:
      return { code: 'invalid' }
  }
}

/** Each bad field's issue by code, keyed as fieldErrors keys its words (the first issue wins). */
export function fieldIssues(
  error: z.core.$ZodError,
  input: unknown,
  prefix = '',
): Record<string, FieldIssue> {
  const issues: Record<string, FieldIssue> = {}
  for (const issue of error.issues)
    issues[issuePath(issue, prefix)] ??= fieldIssue(issue, valueAt(input, issue.path))
  return issues
}

function badInput(error: z.core.$ZodError, where: 'query' | 'body', input: unknown): HttpError {
  return new HttpError(400, 'VALIDATION_FAILED', `Invalid ${where}`, {
    fields: fieldErrors(error),
    issues: fieldIssues(error, input),
  })
}

function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {}
  url.searchParams.forEach((value, key) => {
    out[key] = value
  })
  return out
}

// CONTRACT (2026-12): a body over 64 KiB is refused before anything is parsed, locked or stored.
export const MAX_BODY_BYTES = 64 * 1024

async function readBodyText(request: Request): Promise<string> {
  const declared = Number(request.headers.get('Content-Length'))
  if (declared > MAX_BODY_BYTES) throw tooLarge()
  const bytes = new Uint8Array(await request.arrayBuffer())
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge()
  return new TextDecoder().decode(bytes)
}

function tooLarge(): HttpError {
  return new HttpError(
    413,
    'PAYLOAD_TOO_LARGE',
    `The request body is larger than ${MAX_BODY_BYTES} bytes`,
    { maxBytes: MAX_BODY_BYTES },
  )
}

function parseBody(text: string): unknown {
  if (!text) return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'MALFORMED_JSON', 'The request body is not valid JSON', {
      fields: { '(root)': 'malformed JSON' },
      issues: { '(root)': { code: 'invalid_format' } },
    })
  }
}

function toResponse(result: unknown, cid: string): Response {
  const r = result instanceof Reply ? result : new Reply(200, result)
  if (r.status === 204)
    return new HttpResponse(null, { status: 204, headers: { 'X-Correlation-Id': cid } })
  if (r.contentType !== 'application/json') {
    return new HttpResponse(String(r.body), {
      status: r.status,
      headers: { 'Content-Type': r.contentType, 'X-Correlation-Id': cid },
    })
  }
  return HttpResponse.json(r.body as never, {
    status: r.status,
    headers: { 'X-Correlation-Id': cid },
  })
}

async function idempotent(
  backend: Backend,
  staff: StaffAccount,
  request: Request,
  body: unknown,
  run: () => Promise<unknown>,
  ownTransaction: boolean,
): Promise<unknown> {
  const header = request.headers.get('Idempotency-Key')
  if (!header || header.length < 8 || header.length > 128) {
    throw new HttpError(
      400,
      'IDEMPOTENCY_KEY_REQUIRED',
      'An Idempotency-Key header (8–128 characters) is required',
      {
        fields: { 'Idempotency-Key': 'required' },
        issues: { 'Idempotency-Key': { code: 'required' } },
      },
    )
  }
  const key = `${staff.id}:${header}`
  // Only a digest is kept: the body may hold a new member's password or a full ID number.
  const fingerprint = await sha256Hex(
    `${request.method} ${new URL(request.url).pathname} ${canonicalJson(body)}`,
  )
  const previous = backend.db.idempotency.get(key)
  if (previous) {
    if (previous.fingerprint !== fingerprint) {
      throw new HttpError(
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'This Idempotency-Key was already used for a different request',
      )
    }
    return new Reply(previous.status, previous.body)
  }
  const result = await run()
  const r = result instanceof Reply ? result : new Reply(200, result)
  const remember = () =>
    backend.db.idempotency.insert({
      key,
      fingerprint,
      status: r.status,
      body: structuredClone(r.body),
    })
  // A handler that took the write lock itself has released it: the key needs a write of its own.
  await (ownTransaction ? backend.write(remember) : remember())
  return r
}

const MUTATING: readonly Method[] = ['post', 'put', 'patch', 'delete']

/** Every endpoint the mock serves, for the conformance tests. */
export const ROUTES: AnyEndpoint[] = []

/** Serves an endpoint of the API tables (or a mock-only tool) with the given handler. */
export function route<const E extends AnyEndpoint>(def: E, impl: RouteHandler<E>) {
  ROUTES.push(def)
  const path = `*/api${def.path}`
  const pathParams = paramsSchema(def)
  return http[def.method](path, async ({ request, params }) => {
    const cid = correlationId()
    const network = impl.faultFree ? null : await applyNetworkConditions()
    if (network) return network
    const backend = await getBackend()
    const now = Date.now()
    try {
      await backend.runDailyJobs(now)
    } catch (error) {
      // A failed run is undone and tried again on the next request; this one is served anyway.
      console.error(`[mock ${cid}] daily jobs failed`, error)
    }
    let bodyText = ''
    try {
      bodyText = MUTATING.includes(def.method) ? await readBodyText(request) : ''
    } catch (error) {
      if (error instanceof HttpError)
        return errorResponse(error.status, error.code, error.message, cid, error.details)
      throw error
    }
    const run =
      MUTATING.includes(def.method) && impl.transaction !== 'own'
        ? backend.write.bind(backend)
        : backend.read.bind(backend)
    try {
      // An HttpError is the answer the handler chose: what it wrote on the way (a failed attempt
      // counted, a refusal audited) is committed. Any other error undoes the whole request.
      const outcome = await run(async () => {
        try {
          return await handleRequest()
        } catch (error) {
          if (error instanceof HttpError) return error
          throw error
        }
      })
      if (outcome instanceof HttpError) throw outcome
      return outcome
    } catch (error) {
      if (error instanceof HttpError) {
        if (error.status === 403) await recordDenied(backend, request, now)
        return errorResponse(error.status, error.code, error.message, cid, error.details)
      }
      console.error(`[mock ${cid}]`, error)
      return errorResponse(500, 'INTERNAL', 'The server failed to handle this request', cid)
    } finally {
      // Outside the request's own transaction: a read must not hold the write lock.
      if (def.roles !== 'public') await persistActivity(backend, request)
    }

    async function handleRequest(): Promise<Response> {
      const staff = def.roles === 'public' ? null : authenticate(backend, request, now)
      const audit: RouteContext<unknown, unknown>['audit'] = async (
        action,
        target,
        options = {},
      ) => {
        await appendAuditEvent(backend.db, {
          at: new Date(now).toISOString(),
          actorId: staff?.id ?? 'anonymous',
          role: staff?.role ?? 'anonymous',
          action,
          target,
          reason: options.reason ?? null,
          outcome: options.outcome ?? 'success',
        })
      }
      const paramsResult = pathParams.safeParse(params)
      if (!paramsResult.success) {
        throw new HttpError(400, 'VALIDATION_FAILED', 'Invalid path', {
          fields: fieldErrors(paramsResult.error),
          issues: fieldIssues(paramsResult.error, params),
        })
      }
      if (staff && def.roles !== 'public' && !def.roles.includes(staff.role)) {
        throw new HttpError(403, 'FORBIDDEN', 'Your role may not do this', { role: staff.role })
      }
      const query = queryObject(new URL(request.url))
      const queryResult = (def.query ?? z.object({})).safeParse(query)
      if (!queryResult.success) throw badInput(queryResult.error, 'query', query)
      const rawBody = def.body ? parseBody(bodyText) : undefined
      const bodyResult = def.body
        ? def.body.safeParse(rawBody)
        : { success: true as const, data: undefined }
      if (!bodyResult.success) throw badInput(bodyResult.error, 'body', rawBody)
      const ctx = {
        request,
        params: paramsResult.data,
        query: queryResult.data,
        body: bodyResult.data,
        staff: staff as StaffAccount,
        backend,
        correlationId: cid,
        now,
        audit,
      } as RouteContext<QueryOf<E>, BodyOf<E>, ParamsOf<E>>
      const result =
        def.idempotent && staff
          ? await idempotent(
              backend,
              staff,
              request,
              rawBody,
              () => impl.handle(ctx),
              impl.transaction === 'own',
            )
          : await impl.handle(ctx)
      return toResponse(result, cid)
    }
  })
}

// Every denied attempt is itself audited (CONTRACT: Audit log).
async function recordDenied(backend: Backend, request: Request, now: number): Promise<void> {
  await backend.write(async () => {
    let actor: StaffAccount | null
    try {
      actor = authenticate(backend, request, now)
    } catch {
      actor = null
    }
    await appendAuditEvent(backend.db, {
      at: new Date(now).toISOString(),
      actorId: actor?.id ?? 'anonymous',
      role: actor?.role ?? 'anonymous',
      action: `${request.method} ${new URL(request.url).pathname}`,
      target: new URL(request.url).pathname,
      reason: null,
      outcome: 'denied',
    })
  })
}

/** CONTRACT: actions on an existing entity need If-Match; a stale version gets 412 with the current one. */
export function requireVersion(
  request: Request,
  current: { version: number },
  currentBody: unknown = current,
): void {
  const header = request.headers.get('If-Match')
  if (header === null) {
    throw new HttpError(
      428,
      'PRECONDITION_REQUIRED',
      'An If-Match header with the version you saw is required',
    )
  }
  // CONTRACT (2026-12): a decimal integer and nothing else. Number() would also take `1e0`,
  // ` 1`, `0x1` and `1.0` for version 1.
  if (!/^\d{1,9}$/.test(header)) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'If-Match must be a version number', {
      fields: { 'If-Match': 'a decimal integer' },
      issues: { 'If-Match': { code: 'invalid_format' } },
    })
  }
  const version = Number(header)
  if (version !== current.version) {
    throw new HttpError(412, 'STALE_VERSION', 'Someone changed this since you loaded it', {
      current: currentBody,
    })
  }
}

export function paginate<T>(items: T[], page: number, pageSize: number) {
  const start = (page - 1) * pageSize
  return { items: items.slice(start, start + pageSize), total: items.length, page, pageSize }
}

export function notFound(what: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', `${what} not found`)
}
