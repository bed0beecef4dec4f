import { beforeAll, describe, expect, it } from 'vitest'
import type { FeeStatus } from '../../src/shared/api/fee-schemas'
import type { PrivacyRequest, RequestDetail } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

// A fee must never obstruct cancellation, deletion, correction or consent withdrawal, and at
// least one request a year is always free (CONTRACT 2026-12).

/** A seeded request of this type in review for agent01, given five earlier ones of its user this year. */
async function repeated(type: string): Promise<RequestDetail> {
  const { db } = await getBackend()
  const request = db.requests
    .all()
    .find((r) => r.type === type && r.status === 'in_review' && r.assigneeId === 'S001')
  if (!request) throw new Error(`no seeded ${type} request in review for agent01`)
  for (let i = 1; i <= 5; i++) {
    const earlier: PrivacyRequest = {
      ...structuredClone(request),
      id: `R9${type.length}${i}${request.id.slice(-3)}`,
      status: 'completed',
      receivedAt: `2026-0${i}-10T10:00:00+08:00`,
    }
    await db.requests.insert(earlier)
  }
  return (await call<RequestDetail>('agent01', 'GET', `/requests/${request.id}`)).body
}

beforeAll(() => resetMockBackend())

describe('a fee quote', () => {
  for (const type of ['cancellation', 'deletion', 'correction', 'consent_withdrawal']) {
    it(`is refused on a ${type} request however often it was repeated`, async () => {
      const request = await repeated(type)
      const fee = (await call<FeeStatus>('agent01', 'GET', `/requests/${request.id}/fee`)).body
      expect(fee).toMatchObject({ count: 5, allowance: 2, feeMayBeQuoted: false })
      const refused = await call(
        'lead01',
        'POST',
        `/requests/${request.id}/fee-quote`,
        { amountFen: 1000, basis: '复制与邮寄成本' },
        request.version,
      )
      expect(refused.status).toBe(409)
      expect(refused.body.code).toBe('FEE_NOT_ALLOWED')
      expect(refused.body.details).toMatchObject({ type, feeTypes: ['copy', 'access'] })
      const after = (await call<RequestDetail>('agent01', 'GET', `/requests/${request.id}`)).body
      expect(after).toMatchObject({ status: 'in_review', version: request.version })
    })
  }

  it('is still possible on a repeated copy request', async () => {
    const request = await repeated('copy')
    const quoted = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/fee-quote`,
      { amountFen: 1000, basis: '复制与邮寄成本' },
      request.version,
    )
    expect(quoted.status).toBe(200)
    expect(quoted.body.status).toBe('awaiting_requester')
  })
})

describe('the free allowance setting', () => {
  it('refuses 0 and accepts 1', async () => {
    const settings = (await call<{ version: number }>('admin01', 'GET', '/settings')).body
    const zero = await call(
      'admin01',
      'PUT',
      '/settings',
      { ...settings, freeRequestsPerYear: 0 },
      settings.version,
    )
    expect(zero.status).toBe(400)
    expect(zero.body.details?.fields).toHaveProperty('freeRequestsPerYear')
    expect(
      (await call<{ freeRequestsPerYear: number }>('admin01', 'GET', '/settings')).body
        .freeRequestsPerYear,
    ).toBe(2)
    const one = await call<{ freeRequestsPerYear: number }>(
      'admin01',
      'PUT',
      '/settings',
      { ...settings, freeRequestsPerYear: 1 },
      settings.version,
    )
    expect(one.status).toBe(200)
    expect(one.body.freeRequestsPerYear).toBe(1)
  })
})
