import { beforeEach, describe, expect, it } from 'vitest'
import type { RequestListItem } from '../../src/shared/api/schemas'
import { openApiDocument } from '../../scripts/openapi'
import { consentInput } from '../handlers/disclosure-test-api'
import { resetMockBackend } from '../node'
import { API, call, tokenOf } from '../test-client'

// CONTRACT (2026-12): every string field has a maximum length, published in the OpenAPI
// document; If-Match is a decimal integer; timestamps before 2000-01-01 -> 400.

beforeEach(() => {
  resetMockBackend()
})

type Json = Record<string, unknown>

/** Every string schema under `schema` that neither has a maxLength nor is one of fixed values. */
function unbounded(schema: unknown, where: string, out: string[]): string[] {
  if (Array.isArray(schema)) schema.forEach((s, i) => unbounded(s, `${where}[${i}]`, out))
  else if (schema && typeof schema === 'object') {
    const s = schema as Json
    if (
      s.type === 'string' &&
      s.maxLength === undefined &&
      s.enum === undefined &&
      s.const === undefined
    ) {
      out.push(where)
    }
    for (const [key, value] of Object.entries(s)) unbounded(value, `${where}/${key}`, out)
  }
  return out
}

describe('the OpenAPI document', () => {
  it('gives every string the API takes (path, query, header, body) a maximum length', () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, Json>> }
    const found: string[] = []
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        for (const p of (op.parameters ?? []) as { name: string; schema: unknown }[]) {
          unbounded(p.schema, `${method} ${path} ${p.name}`, found)
        }
        const body = (
          op.requestBody as { content: { 'application/json': { schema: unknown } } } | undefined
        )?.content['application/json'].schema
        unbounded(body, `${method} ${path} body`, found)
      }
    }
    expect(found).toEqual([])
  })
})

async function openRequest(): Promise<RequestListItem> {
  const [request] = (
    await call<{ items: RequestListItem[] }>(
      'lead01',
      'GET',
      '/requests?status=in_review&pageSize=1',
    )
  ).body.items
  return request!
}

async function noteWithIfMatch(id: string, ifMatch: string) {
  const r = await fetch(`${API}/requests/${id}/notes`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await tokenOf('lead01')}`,
      'Idempotency-Key': crypto.randomUUID(),
      'If-Match': ifMatch,
    },
    body: JSON.stringify({ text: 'checked' }),
  })
  return {
    status: r.status,
    body: (await r.json()) as {
      code: string
      version: number
      details?: { fields?: Record<string, string> }
    },
  }
}

describe('If-Match', () => {
  it('takes only the version in decimal digits', async () => {
    const request = await openRequest()
    const v = request.version
    // Each of these is the right version to Number(), but not a decimal integer.
    for (const spelled of [
      `${v}e0`,
      `0x${v.toString(16)}`,
      `${v}.0`,
      `+${v}`,
      `${v}.`,
      `${v}n`,
      '',
      `${v},${v}`,
    ]) {
      const r = await noteWithIfMatch(request.id, spelled)
      expect({ spelled, status: r.status }).toEqual({ spelled, status: 400 })
      expect(r.body.details?.fields?.['If-Match']).toBeDefined()
    }
    // HTTP drops white space around a header's value before any server sees it; inside, it counts.
    expect((await noteWithIfMatch(request.id, `${v} ${v}`)).status).toBe(400)
    const ok = await noteWithIfMatch(request.id, String(v))
    expect(ok.status).toBe(200)
    expect(ok.body.version).toBe(v + 1)
  })
})

describe('a calendar year in the path', () => {
  it('is exactly four digits in the supported range', async () => {
    for (const year of [
      '2026.0',
      '+2026',
      '02026',
      '2026e0',
      '0x7EA',
      ' 2026',
      '1999',
      '2101',
      '20260',
    ]) {
      const r = await call('admin01', 'GET', `/calendar/${encodeURIComponent(year)}`)
      expect({ year, status: r.status }).toEqual({ year, status: 400 })
    }
    expect((await call('admin01', 'GET', '/calendar/2026')).status).toBe(200)
    // A write with a loose year would store the calendar of 2026 under another spelling.
    const put = await call('admin01', 'PUT', '/calendar/2026.0', { holidays: {}, workdays: {} })
    expect(put.status).toBe(400)
  })
})

describe('timestamps and dates before 2000-01-01', () => {
  it('refuses a request received before 2000', async () => {
    const intake = (receivedAt: string) =>
      call('agent01', 'POST', '/requests', {
        type: 'access',
        userId: 'U000001',
        requesterType: 'self',
        channel: 'letter',
        receivedAt,
      })
    const old = await intake('1999-12-31T23:59:59+08:00')
    expect(old.status).toBe(400)
    expect(old.body.details?.fields?.receivedAt).toBeDefined()
    expect((await intake('0001-01-01T00:00:00Z')).status).toBe(400)
    expect((await intake('2000-01-01T00:00:00+08:00')).status).toBe(201)
  })

  it('refuses a disclosure made before 2000', async () => {
    const r = await call(
      'compliance01',
      'POST',
      '/disclosures',
      consentInput({ disclosedAt: '1970-01-01T00:00:00Z' }),
    )
    expect(r.status).toBe(400)
    expect(JSON.stringify(r.body.details)).toContain('disclosedAt')
    const ok = await call(
      'compliance01',
      'POST',
      '/disclosures',
      consentInput({ disclosedAt: '2000-01-01T00:00:00+08:00' }),
    )
    expect(ok.status).toBe(201)
  })

  it('refuses list filters from before 2000', async () => {
    expect((await call('lead01', 'GET', '/requests?receivedFrom=1999-12-31')).status).toBe(400)
    expect((await call('compliance01', 'GET', '/disclosures?from=1900-01-01')).status).toBe(400)
    expect((await call('compliance01', 'GET', '/audit-events?to=1999-01-01')).status).toBe(400)
    expect((await call('compliance01', 'GET', '/audit-events?from=2000-01-01')).status).toBe(200)
  })
})
