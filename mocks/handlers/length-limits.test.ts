import { beforeEach, describe, expect, it } from 'vitest'
import type { RequestDetail } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { suiteNow } from '../../src/test/test-clock-install'
import { resetMockBackend } from '../node'
import { activeAdult } from '../test-backend'
import { call } from '../test-client'

// CONTRACT (2026-12): every string field has a maximum length, and text over it is bad input
// (400 naming the field), refused before anything is stored; never cut to fit. The console shows
// the same limits beside its fields, read from the schemas these handlers parse with.

beforeEach(() => {
  resetMockBackend()
})

const requestCount = async () => (await getBackend()).db.requests.all().length

const register = async (requesterName: string) =>
  call('agent01', 'POST', '/requests', {
    type: 'copy',
    userId: (await activeAdult()).id,
    requesterType: 'self',
    requesterName,
    channel: 'hotline',
    receivedAt: new Date(suiteNow() - 60_000).toISOString(),
  })

describe("a request's applicant name", () => {
  it('is refused one character over 100, and nothing is registered', async () => {
    const before = await requestCount()
    const refused = await register('张'.repeat(101))
    expect(refused.status).toBe(400)
    expect(refused.body.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(refused.body.details?.fields ?? {})).toEqual(['requesterName'])
    expect(await requestCount()).toBe(before)
  })

  it('is kept whole at 100 characters, and counted after the spaces around it are trimmed', async () => {
    const name = '欧阳'.repeat(50)
    const created = await register(`  ${name}  `)
    expect(created.status).toBe(201)
    expect(created.body.requesterName).toBe(name)
  })
})

describe("an extension's reason", () => {
  /** A seeded copy request in review, not extended yet: one a lead may extend. */
  async function extendable(): Promise<RequestDetail> {
    const seeded = (await getBackend()).db.requests
      .all()
      .find(
        (r) =>
          r.type === 'copy' && r.status === 'in_review' && r.deadlineAt && r.extensionDays === 0,
      )
    if (!seeded) throw new Error('no seeded copy request in review')
    return (await call('lead01', 'GET', `/requests/${seeded.id}`)).body
  }

  const extend = (request: RequestDetail, reason: string) =>
    call('lead01', 'POST', `/requests/${request.id}/extend`, { days: 5, reason }, request.version)

  it('is refused one character over 1000, and the deadline stays', async () => {
    const request = await extendable()
    const refused = await extend(request, '需'.repeat(1001))
    expect(refused.status).toBe(400)
    expect(Object.keys(refused.body.details?.fields ?? {})).toEqual(['reason'])
    const after = (await call('lead01', 'GET', `/requests/${request.id}`)).body
    expect(after.deadlineAt).toBe(request.deadlineAt)
    expect(after.version).toBe(request.version)
  })

  it('is kept whole at 1000 characters', async () => {
    const request = await extendable()
    const reason = '调取线下合同核对'.repeat(125)
    const extended = await extend(request, reason)
    expect(extended.status).toBe(200)
    expect(extended.body.timeline.map((e) => e.reason)).toContain(reason)
  })
})
