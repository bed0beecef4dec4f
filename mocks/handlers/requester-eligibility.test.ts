import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PlatformUserRecord, RequestDetail } from '../../src/shared/api/schemas'
import { TEST_NOW } from '../../src/test/test-now'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, forgetAllTokens } from '../test-client'

// A guardian may act only for a user under 18, a close relative only for a user recorded as
// deceased (CONTRACT 2026-12): a living adult's data must never reach someone else this way.

const used = new Set<string>()

/** A seeded user not used before, put into the state the test needs. */
async function userWith(change: Partial<PlatformUserRecord>): Promise<PlatformUserRecord> {
  const { db } = await getBackend()
  const user = db.users.all().find((u) => !used.has(u.id) && u.accountStatus === 'active')
  if (!user) throw new Error('no seeded user left')
  used.add(user.id)
  return db.users.update(user.id, (draft) => Object.assign(draft, change))
}

const intake = (userId: string, requesterType: string) =>
  call<RequestDetail>('agent01', 'POST', '/requests', {
    type: 'copy',
    userId,
    requesterType,
    channel: 'letter',
    receivedAt: TEST_NOW,
  })

const requestCount = async () => (await getBackend()).db.requests.all().length

const smsCheck = (request: RequestDetail) =>
  call(
    'agent01',
    'POST',
    `/requests/${request.id}/identity-checks`,
    { method: 'sms_code', evidence: ['sms_code'], outcome: 'need_more', reason: '请补充材料' },
    request.version,
  )

beforeAll(() => resetMockBackend())
afterEach(() => {
  vi.useRealTimers()
  forgetAllTokens()
})

describe('intake of a request made for someone else', () => {
  it('refuses a guardian for an adult, and registers nothing', async () => {
    // On 2026-11-20 a person born 2008-11-19 turned 18 yesterday (the day after the birthday).
    const user = await userWith({ birthDate: '2008-11-19', deceased: false })
    const before = await requestCount()
    const result = await intake(user.id, 'guardian')
    expect(result.status).toBe(409)
    expect(result.body.code).toBe('REQUESTER_NOT_ELIGIBLE')
    expect(result.body.details).toMatchObject({
      requesterType: 'guardian',
      reason: 'guardian_for_adult',
    })
    expect(await requestCount()).toBe(before)
  })

  it('accepts a guardian for a user who is 17 until the day after the 18th birthday', async () => {
    const user = await userWith({ birthDate: '2008-11-20', deceased: false })
    const result = await intake(user.id, 'guardian')
    expect(result.status).toBe(201)
    expect(result.body.requesterType).toBe('guardian')
  })

  it('refuses a relative for a user not recorded as deceased, even a minor', async () => {
    for (const birthDate of ['1980-03-01', '2012-01-01']) {
      const user = await userWith({ birthDate, deceased: false })
      const result = await intake(user.id, 'next_of_kin')
      expect(result.status).toBe(409)
      expect(result.body.code).toBe('REQUESTER_NOT_ELIGIBLE')
      expect(result.body.details).toMatchObject({
        requesterType: 'next_of_kin',
        reason: 'next_of_kin_for_living',
      })
    }
  })

  it('accepts a relative for a user recorded as deceased', async () => {
    const user = await userWith({ birthDate: '1950-06-01', deceased: true })
    expect((await intake(user.id, 'next_of_kin')).status).toBe(201)
  })
})

describe('the identity check of a request made for someone else', () => {
  it('refuses a guardian once the user came of age after intake', async () => {
    const user = await userWith({ birthDate: '2008-11-20', deceased: false })
    const created = await intake(user.id, 'guardian')
    expect(created.status).toBe(201)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-21T09:00:00+08:00'))
    forgetAllTokens()
    const result = await smsCheck(created.body)
    expect(result.status).toBe(409)
    expect(result.body.code).toBe('REQUESTER_NOT_ELIGIBLE')
    const after = (await call<RequestDetail>('agent01', 'GET', `/requests/${created.body.id}`)).body
    expect(after.identityChecks).toEqual([])
    expect(after.version).toBe(created.body.version)
  })

  it('refuses a relative once the death record was withdrawn', async () => {
    const user = await userWith({ birthDate: '1950-06-01', deceased: true })
    const created = await intake(user.id, 'next_of_kin')
    await (
      await getBackend()
    ).db.users.update(user.id, (draft) => {
      draft.deceased = false
    })
    const result = await smsCheck(created.body)
    expect(result.status).toBe(409)
    expect(result.body.code).toBe('REQUESTER_NOT_ELIGIBLE')
  })
})
