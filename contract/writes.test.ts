import { beforeAll, describe, expect, it } from 'vitest'
import {
  call,
  serverNow,
  type ErrorBody,
  type Page,
  type RequestSummary,
} from '../mocks/test-client'

// CONTRACT: Requests: every creating POST needs an Idempotency-Key; every action on an existing
// request needs If-Match with the version the caller saw.

let userId: string
// Dates sent are the server's, never this machine's.
let now: number

beforeAll(async () => {
  now = await serverNow()
  const users = await call<Page<{ id: string }>>(
    'lead01',
    'GET',
    '/users?accountStatus=active&pageSize=1',
  )
  expect(users.status).toBe(200)
  userId = users.body.items[0]!.id
})

const intakeOf = (channel: string) => ({
  type: 'copy',
  userId,
  requesterType: 'self',
  channel,
  receivedAt: new Date(now - 60_000).toISOString(),
})

async function copyRequestsOfUser(): Promise<number> {
  const r = await call<Page<unknown>>('lead01', 'GET', `/requests?type=copy&q=${userId}&pageSize=1`)
  return r.body.total
}

describe('idempotency keys', () => {
  it('replays the first answer for the same key and payload, without acting again', async () => {
    const key = `contract-${crypto.randomUUID()}`
    const payload = intakeOf('hotline')
    const first = await call<RequestSummary>(
      'agent01',
      'POST',
      '/requests',
      payload,
      undefined,
      key,
    )
    expect(first.status).toBe(201)
    const count = await copyRequestsOfUser()
    const replay = await call<RequestSummary>(
      'agent01',
      'POST',
      '/requests',
      payload,
      undefined,
      key,
    )
    expect(replay.status).toBe(201)
    expect(replay.body.id).toBe(first.body.id)
    expect(await copyRequestsOfUser()).toBe(count)
  })

  it('422 for the same key with another payload', async () => {
    const key = `contract-${crypto.randomUUID()}`
    const first = await call('agent01', 'POST', '/requests', intakeOf('letter'), undefined, key)
    expect(first.status).toBe(201)
    const other = await call<ErrorBody>(
      'agent01',
      'POST',
      '/requests',
      intakeOf('email'),
      undefined,
      key,
    )
    expect(other.status).toBe(422)
    expect(other.body.correlationId).toEqual(expect.any(String))
  })

  it('400 without a key, and nothing created', async () => {
    const count = await copyRequestsOfUser()
    const r = await call<ErrorBody>(
      'agent01',
      'POST',
      '/requests',
      intakeOf('hotline'),
      undefined,
      null,
    )
    expect(r.status).toBe(400)
    expect(await copyRequestsOfUser()).toBe(count)
  })
})

describe('If-Match versions', () => {
  it('428 without If-Match, 412 with the current request for a stale one, and a bump when current', async () => {
    const list = await call<Page<RequestSummary>>(
      'lead01',
      'GET',
      '/requests?status=in_review&pageSize=1',
    )
    const id = list.body.items[0]!.id
    const seen = (await call<RequestSummary>('lead01', 'GET', `/requests/${id}`)).body.version
    const note = (text: string) => ({ text })

    const missing = await call<ErrorBody>('lead01', 'POST', `/requests/${id}/notes`, note('无版本'))
    expect(missing.status).toBe(428)

    const fresh = await call<RequestSummary>(
      'lead01',
      'POST',
      `/requests/${id}/notes`,
      note('合约测试备注'),
      seen,
    )
    expect(fresh.status).toBeLessThan(300)
    expect(fresh.body.version).toBe(seen + 1)

    const stale = await call<ErrorBody>(
      'lead01',
      'POST',
      `/requests/${id}/notes`,
      note('过期版本的备注'),
      seen,
    )
    expect(stale.status).toBe(412)
    expect(stale.body.details?.current).toMatchObject({ id, version: seen + 1 })
  })
})
