import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { FeeStatus } from '../../src/shared/api/fee-schemas'
import type { PrivacyRequest, RequestDetail, RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, forgetToken } from '../test-client'

/** The seeded requests of the scenario user with this name, oldest first. */
async function requestsOf(name: string): Promise<PrivacyRequest[]> {
  const backend = await getBackend()
  const user = backend.db.users.all().find((u) => u.name === name)
  if (!user) throw new Error(`no seeded user ${name}`)
  return backend.db.requests
    .all()
    .filter((r) => r.userId === user.id)
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
}

async function current(name: string, status: string): Promise<RequestDetail> {
  const request = (await requestsOf(name)).find((r) => r.status === status)
  if (!request) throw new Error(`no ${status} request of ${name}`)
  return (await call('agent01', 'GET', `/requests/${request.id}`)).body
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-07T10:00:00+08:00')) // a Monday
  resetMockBackend()
})

afterAll(() => {
  vi.useRealTimers()
})

describe('fee counting', () => {
  it('counts the same user and type in the 12 months before, not an older one', async () => {
    const request = await current('费用甲', 'in_review')
    const fee = (await call<FeeStatus>('agent01', 'GET', `/requests/${request.id}/fee`)).body
    const copies = (await requestsOf('费用甲')).filter((r) => r.status === 'completed')
    expect(copies).toHaveLength(3)
    expect(fee).toMatchObject({
      allowance: 2,
      count: 2,
      feeMayBeQuoted: true,
      pending: null,
      windowTo: '2026-12-04',
      windowAfter: '2025-12-04',
    })
    expect(fee.earlier.map((e) => e.id)).toEqual(copies.slice(1).map((r) => r.id))
  })

  it('refuses a quote within the free allowance, where a merged duplicate does not count', async () => {
    const request = await current('费用丙', 'in_review')
    const fee = (await call<FeeStatus>('agent01', 'GET', `/requests/${request.id}/fee`)).body
    expect(fee).toMatchObject({ count: 1, feeMayBeQuoted: false })
    const refused = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/fee-quote`,
      { amountFen: 1000, basis: '复制与邮寄成本' },
      request.version,
    )
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('FEE_NOT_ALLOWED')
  })
})

describe('fee path', () => {
  it('a quote pauses the clock and tells the user; acceptance resumes it with a later deadline', async () => {
    const request = await current('费用甲', 'in_review')
    const badAmount = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/fee-quote`,
      { amountFen: 12.5, basis: '复制与邮寄成本' },
      request.version,
    )
    expect(badAmount.status).toBe(400)

    const quoted = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/fee-quote`,
      { amountFen: 1250, basis: '复制与邮寄成本' },
      request.version,
    )
    expect(quoted.status).toBe(200)
    expect(quoted.body).toMatchObject({
      status: 'awaiting_requester',
      pausedAt: '2026-12-07T02:00:00.000Z',
    })
    expect(quoted.body.feeQuotes?.[0]).toMatchObject({
      amountFen: 1250,
      status: 'pending',
      quotedBy: 'S001',
    })
    expect(quoted.body.notifications?.at(-1)).toMatchObject({
      channel: 'sms',
      text: expect.stringContaining('¥12.50'),
    })
    expect(quoted.body.timeline.at(-1)).toMatchObject({ action: 'fee_quoted' })

    // The pause is about the fee: an identity check cannot end it.
    const check = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/identity-checks`,
      { method: 'sms_code', evidence: ['sms_code'], outcome: 'pass' },
      quoted.body.version,
    )
    expect(check.status).toBe(409)
    expect(check.body.code).toBe('FEE_PENDING')

    vi.setSystemTime(new Date('2026-12-10T10:00:00+08:00')) // Thursday: three working days later
    forgetToken('agent01') // the session has idled out meanwhile
    const accepted = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/fee-acceptance`,
      { accepted: true, channel: 'hotline', note: '用户来电同意' },
      quoted.body.version,
    )
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({
      status: 'in_review',
      pausedAt: null,
      pausedDays: request.pausedDays + 3,
    })
    expect(Date.parse(accepted.body.deadlineAt ?? '')).toBeGreaterThan(
      Date.parse(request.deadlineAt ?? ''),
    )
    expect(accepted.body.feeQuotes?.[0]).toMatchObject({
      status: 'accepted',
      answerChannel: 'hotline',
      answeredBy: 'S001',
    })

    const again = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/fee-acceptance`,
      { accepted: true, channel: 'hotline' },
      accepted.body.version,
    )
    expect(again.status).toBe(409)
    const secondQuote = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/fee-quote`,
      { amountFen: 800, basis: '再次报价测试' },
      accepted.body.version,
    )
    expect(secondQuote.status).toBe(409)
    expect(secondQuote.body.code).toBe('FEE_ALREADY_QUOTED')
  })

  it('an acceptance needs a pending quote, even while the request waits for documents', async () => {
    const list = await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      '/requests?status=awaiting_requester&assignee=me&pageSize=1',
    )
    const waiting = list.body.items[0]
    expect(waiting).toBeDefined()
    const r = await call(
      'agent01',
      'POST',
      `/requests/${waiting!.id}/fee-acceptance`,
      { accepted: true, channel: 'app' },
      waiting!.version,
    )
    expect(r.status).toBe(409)
    expect(r.body.code).toBe('NO_PENDING_FEE')
  })

  it('a withdrawal is final and closes the pending quote', async () => {
    // 费用乙's open request is 客服小王's (S002): only its assignee works it.
    const request = await current('费用乙', 'in_review')
    const quoted = await call(
      'agent02',
      'POST',
      `/requests/${request.id}/fee-quote`,
      { amountFen: 5000, basis: '人工整理访问记录' },
      request.version,
    )
    expect(quoted.status).toBe(200)
    const withdrawn = await call(
      'agent02',
      'POST',
      `/requests/${request.id}/withdraw`,
      { reason: '用户不接受费用，撤回申请' },
      quoted.body.version,
    )
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', pausedAt: null })
    expect(withdrawn.body.completedAt).not.toBeNull()
    expect(withdrawn.body.feeQuotes?.[0]).toMatchObject({ status: 'declined' })
    for (const [action, body] of [
      ['withdraw', { reason: '再次撤回' }],
      ['fee-acceptance', { accepted: true, channel: 'app' }],
      ['fee-quote', { amountFen: 100, basis: '再次报价测试' }],
    ] as const) {
      const r = await call(
        'agent02',
        'POST',
        `/requests/${request.id}/${action}`,
        body,
        withdrawn.body.version,
      )
      expect(r.status, action).toBe(409)
    }
  })
})

describe('duplicates', () => {
  it('flags a new request of the same type for the same user while one is open', async () => {
    const [original, duplicate] = await requestsOf('重复丁')
    const listed = await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      `/requests?q=${duplicate!.userId}&duplicate=true`,
    )
    expect(listed.body.items.map((i) => [i.id, i.duplicateOf])).toEqual([
      [duplicate!.id, original!.id],
    ])

    const [first] = await requestsOf('重复戊')
    const created = await call('agent01', 'POST', '/requests', {
      type: 'deletion',
      userId: first!.userId,
      requesterType: 'self',
      channel: 'hotline',
      receivedAt: '2026-12-07T09:00:00+08:00',
    })
    expect(created.status).toBe(201)
    expect(created.body.duplicateOf).toBe(first!.id)
    const other = await call('agent01', 'POST', '/requests', {
      type: 'access',
      userId: first!.userId,
      requesterType: 'self',
      channel: 'hotline',
      receivedAt: '2026-12-07T09:00:00+08:00',
    })
    expect(other.body.duplicateOf).toBeNull()
  })

  it('merges only into an open request of the same user and type, carrying the notes across', async () => {
    const [original, duplicate] = await requestsOf('重复丁')
    const dup = (await call('agent01', 'GET', `/requests/${duplicate!.id}`)).body
    const [, otherUsers] = await requestsOf('重复戊')
    const closedSameUser = (await requestsOf('费用甲'))[0]!
    for (const into of [dup.id, otherUsers!.id, closedSameUser.id, 'R999999']) {
      const r = await call('agent01', 'POST', `/requests/${dup.id}/merge`, { into }, dup.version)
      expect(r.status, into).toBe(409)
      expect(r.body.code).toBe('MERGE_NOT_ALLOWED')
    }
    const merged = await call(
      'agent01',
      'POST',
      `/requests/${dup.id}/merge`,
      { into: original!.id },
      dup.version,
    )
    expect(merged.status).toBe(200)
    expect(merged.body).toMatchObject({ status: 'withdrawn', mergedInto: original!.id })
    expect(merged.body.timeline.at(-1)).toMatchObject({
      action: 'merged_into',
      facts: { requestId: original!.id },
    })

    const target = (await call('agent01', 'GET', `/requests/${original!.id}`)).body
    expect(target.version).toBe(original!.version + 1)
    expect(target.timeline.at(-1)).toMatchObject({
      action: 'merged_from',
      facts: { requestId: dup.id },
    })
    expect(target.notes.map((n) => n.text)).toContain(`${dup.id}: ${dup.notes[0]!.text}`)

    const twice = await call(
      'agent01',
      'POST',
      `/requests/${dup.id}/merge`,
      { into: original!.id },
      merged.body.version,
    )
    expect(twice.status).toBe(409)
    // Merged, it no longer counts against the user's free allowance.
    const next = await call('agent01', 'POST', '/requests', {
      type: 'copy',
      userId: dup.userId,
      requesterType: 'self',
      channel: 'app',
      receivedAt: '2026-12-07T09:30:00+08:00',
    })
    expect(next.body.duplicateOf).toBe(original!.id)
    const fee = (await call<FeeStatus>('agent01', 'GET', `/requests/${next.body.id}/fee`)).body
    expect(fee.earlier.map((e) => e.id)).toEqual([original!.id])
  })
})
