import { describe, expect, it } from 'vitest'
import { API, call, type Answer, type ErrorBody } from '../mocks/test-client'

// CONTRACT: General: every error has { code, message, correlationId, details? } and its status.
function expectErrorShape(r: Answer<ErrorBody>, status: number): void {
  expect(r.status).toBe(status)
  expect(r.headers.get('Content-Type')).toMatch(/json/)
  expect(r.body).toEqual({
    code: expect.any(String),
    message: expect.any(String),
    correlationId: expect.any(String),
    ...(r.body.details === undefined ? {} : { details: expect.any(Object) }),
  })
  expect(r.body.code).not.toBe('')
  expect(r.body.correlationId).not.toBe('')
}

describe('errors (CONTRACT: General)', () => {
  it('400 names each bad field in details.fields', async () => {
    const r = await call<ErrorBody>('agent01', 'GET', '/requests?pageSize=201')
    expectErrorShape(r, 400)
    expect(Object.keys(r.body.details?.fields ?? {})).toContain('pageSize')
  })

  it('401 without a session', async () => {
    expectErrorShape(await call<ErrorBody>(null, 'GET', '/requests'), 401)
  })

  it('403 for a role that may not', async () => {
    expectErrorShape(await call<ErrorBody>('agent01', 'GET', '/audit-events'), 403)
  })

  it('404 for a request that does not exist', async () => {
    expectErrorShape(await call<ErrorBody>('agent01', 'GET', '/requests/R999999999'), 404)
  })

  it('413 for a body over 64 KiB', async () => {
    const r = await call<ErrorBody>('agent01', 'POST', '/requests', { text: 'x'.repeat(64 * 1024) })
    expectErrorShape(r, 413)
    expect(r.body.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('malformed JSON is a 400, never a 500', async () => {
    const r = await fetch(`${API}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"username":',
    })
    expect(r.status).toBe(400)
  })
})
