import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { TEST_NOW_MS } from '../../src/test/test-now'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, forgetAllTokens } from '../test-client'

// A careless or curious staff member tries to unmask more than their work needs: as a role that
// may not reveal, without a request, with someone else's request, or one reveal after another.

let userId = ''
let requestId = ''
let otherUsersRequest = ''

const MINUTE = 60_000

async function reveal(who: string, body: Record<string, unknown>) {
  return call<{ value: string }>(who, 'POST', `/users/${userId}/reveal`, body)
}
const REASON = '核对来电人的手机号'

/** What was audited after `seq`, signing in left aside. */
async function eventsSince(seq: number) {
  return (await getBackend()).db.auditEvents
    .all()
    .filter((e) => e.seq > seq && !e.action.startsWith('session.'))
}
async function headSeq() {
  return (await getBackend()).db.auditEvents.count()
}

beforeAll(async () => {
  resetMockBackend()
  const { db } = await getBackend()
  const request = db.requests.all()[0]!
  requestId = request.id
  userId = request.userId
  otherUsersRequest = db.requests.all().find((r) => r.userId !== userId)!.id
})

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW_MS)
  // Sessions idle out after 30 minutes: each test signs in afresh on the clock it sets.
  forgetAllTokens()
})
afterEach(() => vi.useRealTimers())

describe('who may reveal, and for what', () => {
  it('an admin may not reveal: 403, audited as denied', async () => {
    const since = await headSeq()
    const r = await reveal('admin01', { field: 'phone', reason: REASON, requestId })
    expect(r.status).toBe(403)
    expect(r.text).not.toMatch(/"value"/)
    const events = await eventsSince(since)
    expect(events).toEqual([
      expect.objectContaining({ actorId: 'S005', role: 'admin', outcome: 'denied' }),
    ])
  })

  it('a compliance manager may not reveal either', async () => {
    const r = await reveal('compliance01', { field: 'idNumber', reason: REASON, requestId })
    expect(r.status).toBe(403)
  })

  it('a reveal without a request, with an unknown one or with another user’s is refused', async () => {
    const since = await headSeq()
    for (const body of [
      { field: 'phone', reason: REASON },
      { field: 'phone', reason: REASON, requestId: '' },
      { field: 'phone', reason: REASON, requestId: 'R999999' },
      { field: 'phone', reason: REASON, requestId: otherUsersRequest },
      { field: 'phone', reason: REASON, requestId: 42 },
    ]) {
      const r = await reveal('agent01', body)
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(r.body.code).toBe('VALIDATION_FAILED')
      expect(r.body.details?.fields).toHaveProperty('requestId')
      expect(r.text).not.toMatch(/"value"/)
    }
    expect((await eventsSince(since)).filter((e) => e.action.startsWith('user.reveal'))).toEqual([])
  })

  it('an agent and a lead reveal for a request of that user, and the request is audited', async () => {
    for (const [who, id] of [
      ['agent01', 'S001'],
      ['lead01', 'S003'],
    ] as const) {
      const since = await headSeq()
      const r = await reveal(who, { field: 'phone', reason: REASON, requestId })
      expect(r.status).toBe(200)
      expect(r.body.value).toMatch(/^1\d{10}$/)
      expect(await eventsSince(since)).toEqual([
        expect.objectContaining({
          actorId: id,
          action: 'user.reveal.phone',
          target: `${userId} (${requestId})`,
          outcome: 'success',
        }),
      ])
    }
  })
})

describe('reveals are limited per staff member within a rolling hour', () => {
  it('the 31st reveal within an hour is refused with the time to wait, audited; others are not held up', async () => {
    const first = await reveal('agent02', { field: 'phone', reason: REASON, requestId })
    expect(first.status).toBe(200)
    vi.setSystemTime(TEST_NOW_MS + 10 * MINUTE)
    for (let i = 2; i <= 30; i++) {
      const r = await reveal('agent02', { field: 'idNumber', reason: REASON, requestId })
      expect(r.status, `reveal ${i}`).toBe(200)
    }
    const since = await headSeq()
    const refused = await reveal('agent02', { field: 'phone', reason: REASON, requestId })
    expect(refused.status).toBe(429)
    expect(refused.body.code).toBe('REVEAL_LIMIT')
    // The first reveal leaves the window 50 minutes from now.
    expect(refused.body.details).toMatchObject({ retryAfterSeconds: 3000 })
    expect(refused.text).not.toMatch(/"value"/)
    expect(await eventsSince(since)).toEqual([
      expect.objectContaining({
        actorId: 'S002',
        action: 'user.reveal_refused',
        outcome: 'denied',
      }),
    ])

    // Another agent is not held up by agent02's reveals.
    expect((await reveal('agent01', { field: 'phone', reason: REASON, requestId })).status).toBe(
      200,
    )

    // A refused attempt does not count: one second before the first reveal is an hour old,
    // it is still refused; at the hour, one more is allowed, then the 29 later ones hold the line.
    forgetAllTokens()
    vi.setSystemTime(TEST_NOW_MS + 60 * MINUTE - 1000)
    const almost = await reveal('agent02', { field: 'phone', reason: REASON, requestId })
    expect(almost.status).toBe(429)
    expect(almost.body.details).toMatchObject({ retryAfterSeconds: 1 })
    vi.setSystemTime(TEST_NOW_MS + 60 * MINUTE)
    expect((await reveal('agent02', { field: 'phone', reason: REASON, requestId })).status).toBe(
      200,
    )
    const again = await reveal('agent02', { field: 'phone', reason: REASON, requestId })
    expect(again.status).toBe(429)
    expect(again.body.details).toMatchObject({ retryAfterSeconds: 600 })
  })
})

describe('the limit is an admin setting', () => {
  it('an admin sets it within 1–200, and the new limit holds at once', async () => {
    // Two hours on: lead01's earlier reveal has left the window.
    vi.setSystemTime(TEST_NOW_MS + 120 * MINUTE)
    const { version, ...before } = (
      await call<Record<string, number>>('admin01', 'GET', '/settings')
    ).body
    expect(before.revealsPerHour).toBe(30)
    for (const revealsPerHour of [0, 201, 2.5]) {
      const r = await call('admin01', 'PUT', '/settings', { ...before, revealsPerHour }, version)
      expect(r.status, String(revealsPerHour)).toBe(400)
      expect(r.body.details?.fields).toHaveProperty('revealsPerHour')
    }
    const saved = await call(
      'admin01',
      'PUT',
      '/settings',
      { ...before, revealsPerHour: 2 },
      version,
    )
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ revealsPerHour: 2 })

    for (let i = 1; i <= 2; i++)
      expect((await reveal('lead01', { field: 'phone', reason: REASON, requestId })).status).toBe(
        200,
      )
    const refused = await reveal('lead01', { field: 'phone', reason: REASON, requestId })
    expect(refused.status).toBe(429)
    expect(refused.body).toMatchObject({
      code: 'REVEAL_LIMIT',
      details: { retryAfterSeconds: 3600 },
    })
  })
})
