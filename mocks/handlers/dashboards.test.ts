import { beforeAll, describe, expect, it } from 'vitest'
import { OPEN_STATUSES } from '../../src/shared/api/enums'
import {
  adminDashboardSchema,
  agentDashboardSchema,
  complianceDashboardSchema,
  leadDashboardSchema,
} from '../../src/shared/api/dashboard-schemas'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

const get = (username: string, path: string) => call<Record<string, unknown>>(username, 'GET', path)

async function total(username: string, query: string): Promise<number> {
  return (await get(username, `/requests?pageSize=1&${query}`)).body.total as number
}

// A reveal is for a request of that user: R000001 and whoever asked for it.
async function reveal(username: string, times: number) {
  const { userId } = (await call(username, 'GET', '/requests/R000001')).body
  for (let i = 0; i < times; i++) {
    const r = await call(username, 'POST', `/users/${userId}/reveal`, {
      field: 'phone',
      reason: '用户来电核对身份',
      requestId: 'R000001',
    })
    expect(r.status).toBe(200)
  }
}

const OPEN = OPEN_STATUSES.join(',')

beforeAll(() => {
  resetMockBackend()
})

describe('GET /api/dashboard/agent', () => {
  it('counts exactly what the queue lists for the same filters', async () => {
    const { status, body } = await get('agent01', '/dashboard/agent')
    expect(status).toBe(200)
    const d = agentDashboardSchema.parse(body)
    expect(d.open).toBe(await total('agent01', `assignee=me&status=${OPEN}`))
    expect(d.overdue).toBe(await total('agent01', 'assignee=me&due=overdue'))
    expect(d.dueSoon).toBe(await total('agent01', 'assignee=me&due=due_soon'))
    expect(d.awaitingRequester).toBe(
      await total('agent01', 'assignee=me&status=awaiting_requester'),
    )
    expect(d.byStatus.reduce((n, s) => n + s.count, 0)).toBe(d.open)
    expect(d.dueToday).toBe(await total('agent01', `assignee=me&status=${OPEN}&due=today`))
    expect(d.dueToday).toBeLessThanOrEqual(d.dueSoon)
    expect(d.overdue).toBeGreaterThan(0)
  })

  it('lists the caller’s own latest actions, newest first', async () => {
    const d = agentDashboardSchema.parse((await get('agent02', '/dashboard/agent')).body)
    expect(d.recent.length).toBe(10)
    const times = d.recent.map((e) => Date.parse(e.at))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    const request = await get('agent02', `/requests/${d.recent[0]?.requestId}`)
    const events = request.body.timeline as { actorId: string; at: string }[]
    expect(events.some((e) => e.actorId === 'S002' && Date.parse(e.at) === times[0])).toBe(true)
  })

  it('is not for compliance or admin', async () => {
    expect((await get('compliance01', '/dashboard/agent')).status).toBe(403)
    expect((await get('admin01', '/dashboard/agent')).status).toBe(403)
  })
})

describe('GET /api/dashboard/lead', () => {
  it('adds up to the open backlog and the queue’s due lists', async () => {
    const d = leadDashboardSchema.parse((await get('lead01', '/dashboard/lead')).body)
    expect(d.backlog.reduce((n, b) => n + b.count, 0)).toBe(await total('lead01', `status=${OPEN}`))
    expect(d.overdue.total).toBe(await total('lead01', 'due=overdue'))
    expect(d.dueSoon.total).toBe(await total('lead01', 'due=due_soon'))
    expect(d.overdue.items.length).toBeLessThanOrEqual(8)
    const deadlines = d.overdue.items.map((i) => Date.parse(i.deadlineAt ?? ''))
    expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines)
    const assigned = d.workload.reduce((n, w) => n + w.open, 0)
    expect(assigned).toBe(
      (await total('lead01', `status=${OPEN}`)) -
        (await total('lead01', `assignee=none&status=${OPEN}`)),
    )
  })

  it('offers only decisions that someone else prepared', async () => {
    const d = leadDashboardSchema.parse((await get('lead01', '/dashboard/lead')).body)
    expect(d.approvals.total).toBeGreaterThan(0)
    for (const item of d.approvals.items) {
      expect(item.status).toBe('pending_approval')
      expect(item.preparedBy).not.toBe('S003')
    }
    const all = await total('lead01', 'status=pending_approval')
    const mine = (await get('lead01', '/requests?pageSize=200&status=pending_approval')).body
      .items as { preparedBy: string | null }[]
    expect(d.approvals.total).toBe(all - mine.filter((r) => r.preparedBy === 'S003').length)
  })

  it('has a trend over 20 working days and rates between 0 and 1', async () => {
    const d = leadDashboardSchema.parse((await get('lead01', '/dashboard/lead')).body)
    expect(d.trend).toHaveLength(20)
    expect(d.trend.reduce((n, p) => n + p.received, 0)).toBeGreaterThan(0)
    for (const p of d.trend) expect(p.onTime).toBeLessThanOrEqual(p.answered)
    for (const h of d.handling) expect(h.histogram.reduce((n, c) => n + c, 0)).toBe(h.count)
    expect(d.onTime.some((o) => o.rate !== null)).toBe(true)
  })

  it('shows the leads who was made a checker lately, by whom and when, newest first', async () => {
    const before = leadDashboardSchema.parse((await get('lead01', '/dashboard/lead')).body)
    expect(before.newCheckers).toEqual([])
    const created = await call('admin01', 'POST', '/staff', {
      username: 'lead07',
      displayName: '主管林',
      role: 'lead',
      contact: 'lead07@staff.example.com',
    })
    expect(created.status).toBe(201)
    const agent = await call('admin01', 'POST', '/staff', {
      username: 'agent08',
      displayName: '客服小孙',
      role: 'agent',
      contact: '13700008888',
    })
    // Only the change to lead counts, not the creation as an agent nor a rename.
    expect(
      (await call('admin01', 'PATCH', `/staff/${agent.body.id}`, { displayName: '客服小孙甲' }, 1))
        .status,
    ).toBe(200)
    expect(
      (await call('admin01', 'PATCH', `/staff/${agent.body.id}`, { role: 'lead' }, 2)).status,
    ).toBe(200)
    const d = leadDashboardSchema.parse((await get('lead01', '/dashboard/lead')).body)
    expect(d.newCheckers.map(({ grantedAt: _at, ...c }) => c)).toEqual([
      {
        staffId: agent.body.id,
        username: 'agent08',
        displayName: '客服小孙甲',
        grantedById: 'S005',
        grantedByName: '管理员',
      },
      {
        staffId: created.body.id,
        username: 'lead07',
        displayName: '主管林',
        grantedById: 'S005',
        grantedByName: '管理员',
      },
    ])
  })

  it('is for leads only', async () => {
    expect((await get('agent01', '/dashboard/lead')).status).toBe(403)
  })
})

describe('GET /api/dashboard/compliance', () => {
  it('counts this month’s disclosures as the ledger lists them', async () => {
    const d = complianceDashboardSchema.parse(
      (await get('compliance01', '/dashboard/compliance')).body,
    )
    for (const { basis, count } of d.disclosuresByBasis) {
      const ledger = await get(
        'compliance01',
        `/disclosures?pageSize=1&basis=${basis}&from=${d.monthFirst}&to=${d.monthLast}`,
      )
      expect(count, basis).toBe(ledger.body.total)
    }
    const pending = await get('compliance01', '/disclosures/applications?status=pending&pageSize=1')
    expect(d.pendingApplications.total).toBe(pending.body.total)
  })

  it('verifies both chains and reports the latest checkpoint', async () => {
    const d = complianceDashboardSchema.parse(
      (await get('compliance01', '/dashboard/compliance')).body,
    )
    const ledger = d.chains.find((c) => c.chain === 'disclosures')
    const verify = await get('compliance01', '/disclosures/verify')
    expect(ledger).toMatchObject({ ok: true, count: verify.body.count, firstBrokenSeq: null })
    expect(d.chains.find((c) => c.chain === 'audit')?.ok).toBe(true)
  })

  it('counts reveals per staff member this week and flags more than twice the median', async () => {
    await reveal('agent01', 5)
    await reveal('agent02', 1)
    await reveal('lead01', 2)
    const d = complianceDashboardSchema.parse(
      (await get('compliance01', '/dashboard/compliance')).body,
    )
    expect(d.reveals.median).toBe(2)
    expect(d.reveals.staff.map((s) => [s.staffId, s.count, s.unusual])).toEqual([
      ['S001', 5, true],
      ['S003', 2, false],
      ['S002', 1, false],
    ])
  })
})

describe('GET /api/dashboard/admin', () => {
  it('shows this and next year’s calendar and the staff by role', async () => {
    const d = adminDashboardSchema.parse((await get('admin01', '/dashboard/admin')).body)
    const year = Number(d.generatedAt.slice(0, 4))
    expect(d.calendar.map((c) => c.year)).toEqual([year, year + 1])
    expect(d.staff.find((s) => s.role === 'compliance')?.active).toBe(2)
    expect(d.staff.reduce((n, s) => n + s.active + s.inactive, 0)).toBe(
      (await get('admin01', '/staff')).body.total,
    )
  })
})
