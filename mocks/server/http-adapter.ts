import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { RequestHandler } from 'msw'
import { answerWith, correlationId, errorResponse, MAX_BODY_BYTES } from '../http/route'

// The mock backend's handlers behind a real HTTP server: each incoming request becomes a Fetch
// `Request`, the same handlers that serve the browser and the tests answer it, and the `Response`
// goes back over the socket. The server adds only what a browser on another origin needs (CORS)
// and a bound on what it buffers.

export interface ApiServerOptions {
  handlers: readonly RequestHandler[]
  /** Origins whose pages may call the API: `*` for any, else the exact origins. */
  allowedOrigins?: '*' | readonly string[]
  /**
   * The most of a body the server reads; beyond it the answer is 413 without reading the rest.
   * The handlers refuse anything over the contract's 64 KiB themselves.
   */
  maxBodyBytes?: number
}

// What the console sends besides the headers a page may always send.
export const ALLOWED_REQUEST_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-Match',
  'Idempotency-Key',
  'Accept',
  'Accept-Language',
]
export const ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
// Response headers a page on another origin may read without being told; the rest that the
// handlers send (X-Correlation-Id among them) are exposed by name.
const SAFELISTED_RESPONSE_HEADERS = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
])
// Hop-by-hop headers belong to this connection, not to the request the handlers see.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect'])

function corsHeaders(
  origin: string | undefined,
  allowed: '*' | readonly string[],
): Record<string, string> {
  if (!origin) return {}
  if (allowed === '*') return { 'Access-Control-Allow-Origin': '*' }
  return allowed.includes(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {}
}

/** The body, or null once it passes `limit` (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'])
  if (declared > limit) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.pause()
        resolve(null)
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function toFetchRequest(req: IncomingMessage, body: Buffer | undefined): Request {
  const headers = new Headers()
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, req.rawHeaders[i + 1]!)
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  return new Request(url, {
    method: req.method,
    headers,
    body: body === undefined ? undefined : new Uint8Array(body),
  })
}

async function send(
  res: ServerResponse,
  response: Response,
  cors: Record<string, string>,
  close = false,
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer())
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'content-length') headers[name] = value
  })
  const exposed = Object.keys(headers).filter((name) => !SAFELISTED_RESPONSE_HEADERS.has(name))
  if (cors['Access-Control-Allow-Origin'] && exposed.length)
    headers['Access-Control-Expose-Headers'] = exposed.join(', ')
  if (close) headers.Connection = 'close'
  res.writeHead(response.status, { ...headers, ...cors, 'Content-Length': String(body.length) })
  res.end(body)
}

/** Answers one request; never throws (a failure becomes a 500 with the contract's error body). */
async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  options: Required<ApiServerOptions>,
): Promise<void> {
  const cors = corsHeaders(req.headers.origin, options.allowedOrigins)
  if (req.method === 'OPTIONS') {
    // A preflight: what a page on another origin may send. An origin not allowed gets no
    // Access-Control headers, which the browser takes as a refusal.
    res.writeHead(204, {
      Allow: [...ALLOWED_METHODS, 'OPTIONS'].join(', '),
      ...(cors['Access-Control-Allow-Origin']
        ? {
            ...cors,
            'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
            'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS.join(', '),
            'Access-Control-Max-Age': '600',
          }
        : {}),
    })
    res.end()
    return
  }
  try {
    let body: Buffer | undefined
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const read = await readBody(req, options.maxBodyBytes)
      if (read === null) {
        const tooLarge = errorResponse(
          413,
          'PAYLOAD_TOO_LARGE',
          `The request body is larger than ${options.maxBodyBytes} bytes`,
          correlationId(),
          { maxBytes: options.maxBodyBytes },
        )
        // The rest of the body is not read, so the connection cannot carry another request.
        await send(res, tooLarge, cors, true)
        return
      }
      body = read
    }
    const request = toFetchRequest(req, body)
    const response = await answerWith(options.handlers, request)
    // An injected network fault (the admin's network conditions): the connection just drops.
    if (response.type === 'error') {
      res.destroy()
      return
    }
    await send(res, response, cors)
  } catch (error) {
    const cid = correlationId()
    console.error(`[api ${cid}]`, error)
    if (res.headersSent) res.destroy()
    else
      await send(
        res,
        errorResponse(500, 'INTERNAL', 'The server failed to handle this request', cid),
        cors,
      )
  }
}

/** An HTTP server (not yet listening) that answers with the handlers. */
export function createApiServer(options: ApiServerOptions): Server {
  const resolved: Required<ApiServerOptions> = {
    allowedOrigins: '*',
    maxBodyBytes: MAX_BODY_BYTES,
    ...options,
  }
  return createServer((req, res) => void serve(req, res, resolved))
}
