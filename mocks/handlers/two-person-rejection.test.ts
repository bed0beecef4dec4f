import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestDetail } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, intake } from '../test-client'

// CONTRACT 2026-12: every rejection, whatever the path, is a prepared decision that a second
// person approves. A failed identity check used to end the request in one call.

beforeAll(() => {
  resetMockBackend()
})

async function newCopyRequest(by: string): Promise<RequestDetail> {
  const user = (await getBackend()).db.users
    .all()
    .find((u) => u.accountStatus === 'active' && !u.guardian && !u.deceased)
  if (!user) throw new Error('no active adult in the seed')
  return intake(user.id, { by })
}

const fail = (who: string, request: RequestDetail) =>
  call(
    who,
    'POST',
    `/requests/${request.id}/identity-checks`,
    {
      method: 'sms_code',
      evidence: ['sms_code'],
      outcome: 'fail',
      reason: '短信验证码三次错误，来电者无法说出注册手机号',
    },
    request.version,
  )

describe('a failed identity check', () => {
  it('only prepares the rejection: the request waits for a checker and is not closed', async () => {
    const request = await newCopyRequest('agent01')
    const failed = await fail('agent01', request)
    expect(failed.status).toBe(200)
    expect(failed.body).toMatchObject({
      status: 'pending_approval',
      preparedBy: 'S001',
      completedAt: null,
      decision: { outcome: 'reject', reasonCode: 'identity_failed' },
    })
    // The agent who failed it cannot finish it.
    const self = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      failed.body.version,
    )
    expect(self.status).toBe(403)
    expect((await call('agent01', 'GET', `/requests/${request.id}`)).body.status).toBe(
      'pending_approval',
    )
  })

  it('ends the request once a lead approves the rejection', async () => {
    const request = await newCopyRequest('agent01')
    const failed = await fail('agent01', request)
    const approved = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      failed.body.version,
    )
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({
      status: 'rejected',
      decision: { reasonCode: 'identity_failed' },
    })
    expect(approved.body.completedAt).not.toBeNull()
  })

  it('cannot be failed and approved by the same lead', async () => {
    const request = await newCopyRequest('lead01')
    const failed = await fail('lead01', request)
    expect(failed.body.status).toBe('pending_approval')
    const own = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      failed.body.version,
    )
    expect([own.status, own.body.code]).toEqual([403, 'MAKER_CHECKER'])
  })

  it('goes back to identity checking when the checker sends it back', async () => {
    const request = await newCopyRequest('agent01')
    const failed = await fail('agent01', request)
    const back = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/send-back`,
      { reason: '请再给用户一次核验机会' },
      failed.body.version,
    )
    expect(back.status).toBe(200)
    expect(back.body).toMatchObject({
      status: 'identity_pending',
      decision: null,
      preparedBy: null,
      identityVerifiedAt: null,
    })
  })
})
