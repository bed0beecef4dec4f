import { beforeEach, describe, expect, it } from 'vitest'
import type { RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { API, call } from '../test-client'

// CONTRACT (2026-12): a body over 64 KiB -> 413 PAYLOAD_TOO_LARGE, before anything is stored.
const LIMIT = 64 * 1024

beforeEach(() => {
  resetMockBackend()
})

async function stored() {
  const { db } = await getBackend()
  return {
    audit: db.auditEvents.count(),
    idempotency: db.idempotency.count(),
    failures: db.signInFailures.count(),
  }
}

describe('request bodies over 64 KiB', () => {
  it('refuses a 2 MB username at sign-in without auditing or counting it', async () => {
    await getBackend()
    const before = await stored()
    const r = await fetch(`${API}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'a'.repeat(2 * 1024 * 1024), password: 'wrong' }),
    })
    expect(r.status).toBe(413)
    expect(((await r.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE')
    expect(await stored()).toEqual(before)
  })

  it('refuses a valid note padded with an ignored field past the limit, and stores nothing', async () => {
    const [request] = (
      await call<{ items: RequestListItem[] }>(
        'lead01',
        'GET',
        '/requests?status=in_review&pageSize=1',
      )
    ).body.items
    const before = await stored()
    // Unknown fields are otherwise ignored: padding must not smuggle a huge body past the limit.
    const r = await call(
      'lead01',
      'POST',
      `/requests/${request!.id}/notes`,
      { text: 'a short note', padding: 'x'.repeat(LIMIT) },
      request!.version,
    )
    expect(r.status).toBe(413)
    expect(r.body.code).toBe('PAYLOAD_TOO_LARGE')
    expect(await stored()).toEqual(before)
    const after = (await call('lead01', 'GET', `/requests/${request!.id}`)).body
    expect(after.version).toBe(request!.version)
  })

  it('counts bytes, not characters: 30,000 Chinese characters are about 90 KB', async () => {
    const [request] = (
      await call<{ items: RequestListItem[] }>(
        'lead01',
        'GET',
        '/requests?status=in_review&pageSize=1',
      )
    ).body.items
    const r = await call(
      'lead01',
      'POST',
      `/requests/${request!.id}/notes`,
      { text: 'ok', padding: '中'.repeat(30_000) },
      request!.version,
    )
    expect(r.status).toBe(413)
  })

  it('still takes a body just under the limit', async () => {
    const [request] = (
      await call<{ items: RequestListItem[] }>(
        'lead01',
        'GET',
        '/requests?status=in_review&pageSize=1',
      )
    ).body.items
    const body = { text: 'a short note', padding: '' }
    body.padding = 'x'.repeat(LIMIT - JSON.stringify(body).length)
    expect(new TextEncoder().encode(JSON.stringify(body)).length).toBe(LIMIT)
    const r = await call('lead01', 'POST', `/requests/${request!.id}/notes`, body, request!.version)
    expect(r.status).toBe(200)
  })
})

describe('sign-in fields are capped before anything is audited', () => {
  it('refuses a username over 64 characters with 400 and leaves no audit event', async () => {
    await getBackend()
    const before = await stored()
    const r = await fetch(`${API}/session`, {
      method: 'POST',
      body: JSON.stringify({ username: 'u'.repeat(65), password: 'wrong' }),
    })
    expect(r.status).toBe(400)
    expect(await stored()).toEqual(before)
  })
})
