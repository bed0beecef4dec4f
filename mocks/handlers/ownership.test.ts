import { beforeAll, describe, expect, it } from 'vitest'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, forgetAllTokens } from '../test-client'

// agent01 is S001, agent02 is S002, lead01 is S003 (the seeded staff of the contract).
const AGENT01 = 'S001'

beforeAll(() => {
  forgetAllTokens()
  resetMockBackend()
})

async function seeded(where: (r: PrivacyRequest) => boolean): Promise<PrivacyRequest> {
  const found = (await getBackend()).db.requests.all().find(where)
  if (!found) throw new Error('no seeded request of that kind')
  return found
}

const agent01sInReview = () =>
  seeded((r) => r.assigneeId === AGENT01 && r.status === 'in_review' && r.type === 'copy')

describe('only the assignee works an assigned request (CONTRACT 2026-12)', () => {
  it("refuses every action agent02 tries on agent01's request, and changes nothing", async () => {
    const request = await agent01sInReview()
    const probes: [string, unknown][] = [
      ['claim', {}],
      ['notes', { text: '我来处理这条' }],
      ['decision', { outcome: 'reject', reasonCode: 'groundless_repetition', message: '不予受理' }],
      ['withdraw', { reason: '用户来电撤回申请' }],
      ['fee-quote', { amountFen: 1000, basis: '复制与邮寄成本' }],
    ]
    for (const [action, body] of probes) {
      const r = await call(
        'agent02',
        'POST',
        `/requests/${request.id}/${action}`,
        body,
        request.version,
      )
      expect([action, r.status, r.body.code, r.body.details?.fields]).toEqual([
        action,
        403,
        'NOT_ASSIGNEE',
        undefined,
      ])
    }
    const after = (await getBackend()).db.requests.get(request.id)
    expect(after?.version).toBe(request.version)
    expect(after?.assigneeId).toBe(AGENT01)
    expect(after?.timeline).toHaveLength(request.timeline.length)
  })

  it('audits each refusal as denied, under the name of who tried', async () => {
    const request = await agent01sInReview()
    await call(
      'agent02',
      'POST',
      `/requests/${request.id}/notes`,
      { text: '再试一次' },
      request.version,
    )
    const events = (await getBackend()).db.auditEvents.all()
    const last = events[events.length - 1]
    expect(last).toMatchObject({
      actorId: 'S002',
      outcome: 'denied',
      target: `/api/requests/${request.id}/notes`,
    })
  })

  it('lets the assignee work it', async () => {
    const request = await agent01sInReview()
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/notes`,
      { text: '已联系用户' },
      request.version,
    )
    expect(r.status).toBe(200)
  })

  it('lets a lead take over and act on any request', async () => {
    const request = await seeded((r) => r.assigneeId === 'S002' && r.status === 'in_review')
    const note = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/notes`,
      { text: '主管跟进' },
      request.version,
    )
    expect(note.status).toBe(200)
    const claimed = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/claim`,
      {},
      note.body.version,
    )
    expect(claimed.status).toBe(200)
    expect(claimed.body.assigneeId).toBe('S003')
  })

  it('lets an agent claim an unassigned request, after which the other agent is refused', async () => {
    const request = await seeded((r) => r.assigneeId === null && r.status === 'in_review')
    const claimed = await call(
      'agent02',
      'POST',
      `/requests/${request.id}/claim`,
      {},
      request.version,
    )
    expect(claimed.status).toBe(200)
    expect(claimed.body.assigneeId).toBe('S002')
    const again = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/claim`,
      {},
      claimed.body.version,
    )
    expect([again.status, again.body.code]).toEqual([403, 'NOT_ASSIGNEE'])
  })
})
