import { beforeAll, describe, expect, it } from 'vitest'
import { ENDPOINT_TABLES } from '../../src/shared/api/endpoints'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

// agent01 is S001, agent02 is S002, lead01 is S003 (the seeded staff of the contract).
const AGENT01 = 'S001'

beforeAll(() => {
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

describe("an agent cannot take over or work another agent's request by any route", () => {
  // Every write on a request, from every table: a route added later is probed too.
  const writes = Object.values(ENDPOINT_TABLES)
    .flatMap((table) => Object.values(table))
    .filter((e) => e.method === 'post' && e.path.startsWith('/requests/:id/'))
    .map((e) => e.path)

  it('probes the request routes', () => {
    expect(writes).toEqual(expect.arrayContaining(['/requests/:id/claim', '/requests/:id/assign']))
  })

  it("refuses agent01 on 客服小王's request on each of them, and leaves it hers, unchanged", async () => {
    const request = await seeded((r) => r.assigneeId === 'S002' && r.status === 'in_review')
    const answers: Record<string, string> = {}
    for (const path of writes) {
      const r = await call(
        'agent01',
        'POST',
        path.replace(':id', request.id),
        // What agent01 would send to make it theirs. A route that takes another body refuses
        // this one as malformed (400) first; the bodies of the others are probed above.
        { assigneeId: 'S001' },
        request.version,
      )
      answers[path] = `${r.status} ${r.body.code}`
    }
    // Taking it over: by claiming (anyone's refusal) or by assigning it to oneself (a lead's).
    expect(answers['/requests/:id/claim']).toBe('403 NOT_ASSIGNEE')
    expect(answers['/requests/:id/assign']).toBe('403 FORBIDDEN')
    for (const [path, answer] of Object.entries(answers))
      expect([path, answer]).toEqual([path, expect.stringMatching(/^(403|400) /)])
    const after = (await getBackend()).db.requests.get(request.id)
    expect([after?.assigneeId, after?.version, after?.timeline.length]).toEqual([
      'S002',
      request.version,
      request.timeline.length,
    ])
  })
})
