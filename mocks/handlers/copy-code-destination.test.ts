import { beforeAll, describe, expect, it } from 'vitest'
import type { PrivacyRequest, RequestDetail } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, intake } from '../test-client'

// CONTRACT 2026-12: a copy link's code goes to the phone verified in the request's identity check,
// which for anyone acting for the user is the requester's own. Before, one agent could change the
// account's phone and then send the code of a user's full copy to the new number.

const ATTACKER_PHONE = '13700001111'

beforeAll(() => {
  resetMockBackend()
})

async function passBySms(request: RequestDetail): Promise<RequestDetail> {
  const r = await call(
    'agent01',
    'POST',
    `/requests/${request.id}/identity-checks`,
    { method: 'sms_code', evidence: ['sms_code'], outcome: 'pass' },
    request.version,
  )
  expect(r.status).toBe(200)
  return r.body
}

/** A seeded copy request in review that agent01 may work. */
async function seededCopy(where: (r: PrivacyRequest) => boolean): Promise<PrivacyRequest> {
  const found = (await getBackend()).db.requests
    .all()
    .find(
      (r) =>
        r.type === 'copy' &&
        r.status === 'in_review' &&
        (r.assigneeId === 'S001' || r.assigneeId === null) &&
        where(r),
    )
  if (!found) throw new Error('no such seeded copy request')
  return found
}

const lastSmsTo = async (userId: string) =>
  (await getBackend()).db.smsOutbox
    .all()
    .filter((m) => m.userId === userId)
    .at(-1)?.to

describe("a copy link's code", () => {
  it('goes to the phone verified at the identity check, even after the account phone was changed', async () => {
    const backend = await getBackend()
    const user = backend.db.users
      .all()
      .find(
        (u) =>
          u.accountStatus === 'active' &&
          !u.guardian &&
          !u.deceased &&
          u.phone !== null &&
          !u.phone.endsWith('1111'),
      )!
    const phone = user.phone!
    const original = `${phone.slice(0, 3)}****${phone.slice(-4)}`
    const copy = await passBySms(await intake(user.id))

    // The phone is changed afterwards, through a correction that a lead approved.
    // Whoever holds the new phone can read back the code that re-verifies it.
    const correction = await passBySms(await intake(user.id, { type: 'correction' }))
    const path = `/requests/${correction.id}/correction-code`
    await call('agent01', 'POST', path, { phone: ATTACKER_PHONE })
    const sms = backend.db.smsOutbox
      .all()
      .filter((m) => m.to === ATTACKER_PHONE)
      .at(-1)
    const phoneCode = sms?.text.match(/验证码 (\d{6})/)?.[1]
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${correction.id}/correction`,
      {
        changes: [{ field: 'phone', value: ATTACKER_PHONE }],
        evidence: '用户来电称已换号',
        phoneCode,
      },
      correction.version,
    )
    expect(
      (
        await call(
          'lead01',
          'POST',
          `/requests/${correction.id}/approve`,
          {},
          prepared.body.version,
        )
      ).status,
    ).toBe(200)
    expect(backend.db.users.get(user.id)?.phone).toBe(ATTACKER_PHONE)

    const issued = await call(
      'agent01',
      'POST',
      `/requests/${copy.id}/copy-link`,
      { categories: ['contact'] },
      copy.version,
    )
    expect(issued.status).toBe(200)
    expect(await lastSmsTo(user.id)).toBe(original)
    expect(issued.body.notifications?.at(-1)?.to).toBe(original)
    expect(issued.body.details.verifiedPhone).toBe(original)
  })

  it("goes to a guardian's or relative's own verified phone, not to the account's", async () => {
    const backend = await getBackend()
    const request = await seededCopy((r) => r.requesterType !== 'self')
    const contact = backend.db.verifiedContacts.get(request.id)!
    const account = backend.db.users.get(request.userId)!
    expect(contact.phone).not.toBe(account.phone)
    const issued = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/copy-link`,
      { categories: [] },
      request.version,
    )
    expect(issued.status).toBe(200)
    expect(await lastSmsTo(request.userId)).toBe(
      `${contact.phone.slice(0, 3)}****${contact.phone.slice(-4)}`,
    )
  })

  it('is not sent at all when no phone was verified for the request', async () => {
    const backend = await getBackend()
    const request = await seededCopy((r) => Boolean(backend.db.verifiedContacts.get(r.id)))
    backend.db.verifiedContacts.delete(request.id)
    const before = backend.db.smsOutbox.all().length
    const refused = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/copy-link`,
      { categories: [] },
      request.version,
    )
    expect([refused.status, refused.body.code]).toEqual([409, 'NO_VERIFIED_CONTACT'])
    expect(backend.db.smsOutbox.all()).toHaveLength(before)
    expect(backend.db.requests.get(request.id)?.status).toBe('in_review')
  })
})
