import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestListItem } from '../../src/shared/api/schemas'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

// agent01 is S001, agent02 is S002, lead01 is S003 (the seeded staff of the contract).
const AGENT01 = 'S001'
const LEAD01 = 'S003'
const FINAL = ['completed', 'rejected', 'withdrawn']

beforeAll(() => {
  resetMockBackend()
})

type Page = { items: RequestListItem[]; total: number }
type Counts = Record<'mine' | 'waiting' | 'unassigned' | 'dueSoon' | 'overdue' | 'all', number>

async function list(who: string, query: string): Promise<Page> {
  const r = await call<Page>(who, 'GET', `/requests?pageSize=200&${query}`)
  expect(r.status).toBe(200)
  return r.body
}

/** Every page of a list, so a rule is checked on all it returns, not on the first 200. */
async function listAll(who: string, query: string): Promise<RequestListItem[]> {
  const items: RequestListItem[] = []
  for (let page = 1; ; page++) {
    const body = await list(who, `${query}&page=${page}`)
    items.push(...body.items)
    if (items.length >= body.total) return items
  }
}

const counts = async (who: string) => (await call<Counts>(who, 'GET', '/requests/counts')).body

describe("an agent's own work: what they can act on now, and what waits on others", () => {
  it('waitingOn=me holds only their own requests in a state they can work, none that waits on the checker', async () => {
    const mine = await listAll('agent01', 'waitingOn=me')
    expect(mine.length).toBeGreaterThan(0)
    for (const r of mine) {
      expect(r.assigneeId).toBe(AGENT01)
      expect(['identity_pending', 'in_review', 'approved']).toContain(r.status)
    }
    // Requests the lead must check, or the requester must answer, are not the agent's to act on.
    const statuses = new Set(mine.map((r) => r.status))
    expect(statuses.has('pending_approval')).toBe(false)
    expect(statuses.has('awaiting_requester')).toBe(false)
  })

  it('waitingOn=others holds their own open requests waiting on the requester or the checker', async () => {
    const waiting = await listAll('agent01', 'waitingOn=others')
    const statuses = new Set(waiting.map((r) => r.status))
    expect(statuses).toContain('pending_approval')
    expect(statuses).toContain('awaiting_requester')
    for (const r of waiting) expect(FINAL).not.toContain(r.status)
    for (const r of waiting) expect([r.assigneeId, r.preparedBy]).toContain(AGENT01)
  })

  it('splits their open requests between the two, with nothing in both', async () => {
    const mine = await listAll('agent01', 'waitingOn=me')
    const waiting = await listAll('agent01', 'waitingOn=others')
    const assignedOpen = await listAll('agent01', 'assignee=me&finished=false')
    const ids = new Set(mine.map((r) => r.id))
    for (const r of waiting) expect(ids.has(r.id)).toBe(false)
    const union = new Set([...mine, ...waiting].map((r) => r.id))
    for (const r of assignedOpen) expect(union.has(r.id)).toBe(true)
  })

  it("never shows another agent's requests as theirs", async () => {
    const theirs = await listAll('agent02', 'waitingOn=me')
    for (const r of theirs) expect(r.assigneeId).not.toBe(AGENT01)
  })
})

describe('a request moves between the views as its move passes from one person to another', () => {
  it("a decision the agent prepares leaves their 我的待办 for 等待他人, and lands in the lead's", async () => {
    const [request] = (await list('agent01', 'waitingOn=me&status=in_review&type=copy')).items
    if (!request) throw new Error('no seeded copy request in review for agent01')
    const ids = async (who: string, query: string) => (await listAll(who, query)).map((r) => r.id)
    expect(await ids('lead01', 'waitingOn=me&status=pending_approval')).not.toContain(request.id)
    const decided = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'reject', reasonCode: 'groundless_repetition', message: '重复申请，不予受理' },
      request.version,
    )
    expect(decided.status).toBe(200)
    expect(decided.body.status).toBe('pending_approval')
    expect(await ids('agent01', 'waitingOn=me')).not.toContain(request.id)
    expect(await ids('agent01', 'waitingOn=others')).toContain(request.id)
    expect(await ids('lead01', 'waitingOn=me&status=pending_approval')).toContain(request.id)
    // Another agent has nothing to do with it either way.
    expect(await ids('agent02', 'waitingOn=me')).not.toContain(request.id)
    expect(await ids('agent02', 'waitingOn=others')).not.toContain(request.id)
  })
})

describe("a lead's own work is the decisions that wait on their check", () => {
  it('waitingOn=me holds every decision another person prepared, and none they prepared themselves', async () => {
    const mine = await listAll('lead01', 'waitingOn=me&status=pending_approval')
    const pending = await listAll('lead01', 'status=pending_approval')
    const othersPrepared = pending.filter((r) => r.preparedBy !== LEAD01)
    expect(othersPrepared.length).toBeGreaterThan(0)
    expect(mine.map((r) => r.id).sort()).toEqual(othersPrepared.map((r) => r.id).sort())
  })

  it('their own prepared decisions wait on another lead', async () => {
    const waiting = await listAll('lead01', 'waitingOn=others&status=pending_approval')
    expect(waiting.length).toBeGreaterThan(0)
    for (const r of waiting) expect(r.preparedBy).toBe(LEAD01)
  })
})

describe('finished requests are left out when asked', () => {
  it('finished=false sorted by deadline starts with open requests and has no finished one', async () => {
    const open = await listAll('agent01', 'finished=false&sort=deadlineAt:asc')
    expect(open.length).toBeGreaterThan(0)
    for (const r of open) expect(FINAL).not.toContain(r.status)
  })

  it('finished=true holds only finished requests; without the parameter both are listed', async () => {
    const finished = await list('agent01', 'finished=true')
    for (const r of finished.items) expect(FINAL).toContain(r.status)
    const open = await list('agent01', 'finished=false')
    const all = await list('agent01', '')
    expect(finished.total + open.total).toBe(all.total)
  })

  it('refuses values it does not know with 400, naming the field', async () => {
    for (const [field, query] of [
      ['finished', 'finished=maybe'],
      ['waitingOn', 'waitingOn=everyone'],
    ]) {
      const r = await call('agent01', 'GET', `/requests?${query}`)
      expect(r.status).toBe(400)
      expect(Object.keys(r.body.details?.fields ?? {})).toContain(field)
    }
  })
})

describe('the counts are those of the lists they stand for', () => {
  it.each(['agent01', 'lead01'])('for %s, each count is the total of its list', async (who) => {
    const c = await counts(who)
    const total = async (query: string) => (await list(who, `pageSize=1&${query}`)).total
    expect(c.mine).toBe(await total('waitingOn=me'))
    expect(c.waiting).toBe(await total('waitingOn=others'))
    expect(c.unassigned).toBe(await total('assignee=none&finished=false'))
    expect(c.overdue).toBe(await total('due=overdue'))
    expect(c.dueSoon).toBe(await total('due=due_soon'))
    expect(c.all).toBe(await total('finished=false'))
  })
})
