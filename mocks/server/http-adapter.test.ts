// @vitest-environment node
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { http, HttpResponse, type RequestHandler } from 'msw'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { configureBackend } from '../backend-instance'
import { handlers as apiHandlers } from '../handlers'
import { server as inProcess } from '../node'
import { createApiServer, type ApiServerOptions } from './http-adapter'

// The adapter between node:http and the handlers, over a real socket: what a browser on another
// origin needs, what it refuses to buffer, and that the handlers' answers arrive unchanged.

// The suite's setup answers fetch in-process with the same handlers: these requests must go
// over the socket instead.
beforeAll(() => inProcess.close())

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

async function listen(
  handlers: RequestHandler[],
  options: Omit<ApiServerOptions, 'handlers'> = {},
): Promise<string> {
  const server = createApiServer({ handlers, ...options })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const echo = http.post('*/api/echo', async ({ request }) => {
  const body = await request.text()
  return HttpResponse.json(
    {
      bytes: new TextEncoder().encode(body).byteLength,
      authorization: request.headers.get('Authorization'),
      ifMatch: request.headers.get('If-Match'),
      idempotencyKey: request.headers.get('Idempotency-Key'),
      path: new URL(request.url).pathname + new URL(request.url).search,
    },
    { status: 201, headers: { 'X-Correlation-Id': 'c-echo', ETag: '"7"' } },
  )
})
const stale = http.post('*/api/stale', () =>
  HttpResponse.json(
    { code: 'STALE_VERSION', message: 'changed', correlationId: 'c-1', details: { current: 1 } },
    { status: 412, headers: { 'X-Correlation-Id': 'c-1' } },
  ),
)
const empty = http.delete('*/api/session', () => new HttpResponse(null, { status: 204 }))
const broken = http.get('*/api/broken', () => {
  throw new Error('handler bug')
})
const dropped = http.get('*/api/dropped', () => HttpResponse.error())

describe('the HTTP adapter', () => {
  it('answers a preflight so a console on another origin may send its headers', async () => {
    const base = await listen([echo])
    const r = await fetch(`${base}/api/echo`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://console.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,if-match,idempotency-key,content-type',
      },
    })
    expect(r.status).toBe(204)
    expect(r.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(r.headers.get('Access-Control-Allow-Methods')?.split(', ')).toEqual(
      expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    )
    const allowed = r.headers.get('Access-Control-Allow-Headers')?.toLowerCase().split(', ')
    expect(allowed).toEqual(
      expect.arrayContaining(['authorization', 'if-match', 'idempotency-key', 'content-type']),
    )
  })

  it('allows only the configured origins when given, and says so per origin', async () => {
    const base = await listen([echo], { allowedOrigins: ['http://training.example'] })
    const preflight = (origin: string) =>
      fetch(`${base}/api/echo`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      })
    const allowed = await preflight('http://training.example')
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('http://training.example')
    expect(allowed.headers.get('Vary')).toBe('Origin')
    const other = await preflight('http://elsewhere.example')
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('passes requests and answers through unchanged, and exposes the headers the handler sent', async () => {
    const base = await listen([echo, stale, empty])
    const created = await fetch(`${base}/api/echo?x=1`, {
      method: 'POST',
      headers: {
        Origin: 'http://console.example',
        Authorization: 'Bearer t0ken',
        'If-Match': '3',
        'Idempotency-Key': 'key-12345678',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ text: '备注' }),
    })
    expect(created.status).toBe(201)
    expect(await created.json()).toEqual({
      bytes: 17,
      authorization: 'Bearer t0ken',
      ifMatch: '3',
      idempotencyKey: 'key-12345678',
      path: '/api/echo?x=1',
    })
    expect(created.headers.get('X-Correlation-Id')).toBe('c-echo')
    expect(created.headers.get('ETag')).toBe('"7"')
    const exposed = created.headers.get('Access-Control-Expose-Headers')?.toLowerCase().split(', ')
    expect(exposed).toEqual(expect.arrayContaining(['x-correlation-id', 'etag']))

    const conflict = await fetch(`${base}/api/stale`, { method: 'POST', body: '{}' })
    expect(conflict.status).toBe(412)
    expect(await conflict.json()).toMatchObject({ code: 'STALE_VERSION', details: { current: 1 } })

    const signedOut = await fetch(`${base}/api/session`, { method: 'DELETE' })
    expect(signedOut.status).toBe(204)
    expect(await signedOut.text()).toBe('')
  })

  it('refuses a body over 64 KiB with 413 before the handler sees it, and passes one at the limit', async () => {
    const base = await listen([echo])
    const atLimit = await fetch(`${base}/api/echo`, {
      method: 'POST',
      body: 'a'.repeat(64 * 1024),
    })
    expect(atLimit.status).toBe(201)
    expect(((await atLimit.json()) as { bytes: number }).bytes).toBe(64 * 1024)

    const over = await fetch(`${base}/api/echo`, {
      method: 'POST',
      body: 'a'.repeat(64 * 1024 + 1),
    })
    expect(over.status).toBe(413)
    const body = (await over.json()) as Record<string, unknown>
    expect(body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { maxBytes: 64 * 1024 } })
    expect(body.correlationId).toEqual(expect.any(String))
  })

  it('answers what no handler serves with 404, and a handler that throws with 500, in the error shape', async () => {
    const base = await listen([broken])
    const missing = await fetch(`${base}/api/nothing-here`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.any(String),
      correlationId: expect.any(String),
    })
    const failed = await fetch(`${base}/api/broken`)
    expect(failed.status).toBe(500)
    expect(await failed.json()).toMatchObject({ correlationId: expect.any(String) })
  })

  it('drops the connection for an injected network fault', async () => {
    const base = await listen([dropped])
    await expect(fetch(`${base}/api/dropped`)).rejects.toThrow()
  })

  it('serves the real handlers: sign in, then read the session with the token', async () => {
    configureBackend({ scale: null, persist: false })
    const base = await listen(apiHandlers)
    const signedIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'lead01', password: 'Demo@2026' }),
    })
    expect(signedIn.status).toBe(200)
    const { token } = (await signedIn.json()) as { token: string }
    const session = await fetch(`${base}/api/session`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(session.status).toBe(200)
    expect(await session.json()).toMatchObject({
      staff: { username: 'lead01', role: 'lead', displayName: '主管陈' },
    })
    const wrong = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'lead01', password: 'not-it' }),
    })
    expect(wrong.status).toBe(401)
  })
})
