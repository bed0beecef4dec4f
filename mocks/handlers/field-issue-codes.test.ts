import { beforeEach, describe, expect, it } from 'vitest'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { API, call, tokenOf } from '../test-client'
import { createIncident, incidentInput } from './incident-test-api'
import { suiteNow } from '../../src/test/test-clock-install'

// CONTRACT (2026-12): the console shows its own text for every field error. The rules a schema
// cannot express (the clock, the database, two fields at once) name their problem by code as well,
// tried here with the slips a hurried staff member makes.

beforeEach(() => {
  resetMockBackend()
})

const DAY = 24 * 60 * 60 * 1000
const tomorrow = () => new Date(suiteNow() + DAY).toISOString()

async function activeUserId(): Promise<string> {
  const user = (await getBackend()).db.users.all().find((u) => u.accountStatus === 'active')
  if (!user) throw new Error('no active user in the seed')
  return user.id
}

const hotline = (overrides: Record<string, unknown>) => ({
  type: 'access',
  requesterType: 'self',
  channel: 'hotline',
  receivedAt: new Date(suiteNow() - DAY).toISOString(),
  ...overrides,
})

describe('a request taken by telephone', () => {
  it('cannot have been received tomorrow', async () => {
    const r = await call(
      'agent01',
      'POST',
      '/requests',
      hotline({ userId: await activeUserId(), receivedAt: tomorrow() }),
    )
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ receivedAt: { code: 'in_future' } })
  })

  it('cannot name a user the platform does not have', async () => {
    const r = await call('agent01', 'POST', '/requests', hotline({ userId: 'U999999' }))
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ userId: { code: 'not_found' } })
  })
})

describe('lists', () => {
  it('refuse a sort by a column they do not have', async () => {
    const r = await call('agent01', 'GET', '/requests?sort=name:asc')
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ sort: { code: 'invalid_value' } })
  })

  it('refuse a date range typed back to front', async () => {
    const r = await call('compliance01', 'GET', '/audit-events?from=2026-12-05&to=2026-12-01')
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ to: { code: 'out_of_order' } })
  })

  it('refuse a monthly report for a month still to come', async () => {
    const r = await call('lead01', 'GET', '/reports/monthly?month=2099-01')
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ month: { code: 'in_future' } })
  })
})

describe('staff accounts and settings', () => {
  it('refuse a username already in use', async () => {
    const r = await call('admin01', 'POST', '/staff', {
      username: 'agent01',
      displayName: '客服小赵',
      role: 'agent',
      contact: '13900001111',
    })
    expect(r.status).toBe(409)
    expect(r.body.details?.issues).toEqual({ username: { code: 'taken' } })
  })

  it('refuse an admin switching off their own account', async () => {
    const me = (await getBackend()).db.staff.all().find((s) => s.username === 'admin01')!
    const r = await call('admin01', 'PATCH', `/staff/${me.id}`, { active: false }, me.version)
    expect(r.status).toBe(409)
    expect(r.body.details?.issues).toEqual({ active: { code: 'own_account' } })
  })

  it('name the deadline as the most a cancellation target may be', async () => {
    const before = await call<{ version: number }>('admin01', 'GET', '/settings')
    const r = await call(
      'admin01',
      'PUT',
      '/settings',
      { ...before.body, cancellationTargetDays: 9, cancellationDeadlineDays: 8 },
      before.body.version,
    )
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({
      cancellationTargetDays: { code: 'too_big', maximum: 8 },
    })
  })
})

describe('incidents', () => {
  it('refuse an incident discovered before it began', async () => {
    const input = incidentInput()
    const r = await call('compliance01', 'POST', '/incidents', {
      ...input,
      discoveredAt: new Date(Date.parse(input.occurredFrom as string) - DAY).toISOString(),
    })
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ discoveredAt: { code: 'out_of_order' } })
  })

  it('refuse a search for affected users with no criterion at all', async () => {
    const incident = await createIncident()
    const r = await call(
      'compliance01',
      'POST',
      `/incidents/${incident.id}/affected-users/query`,
      {},
      incident.version,
    )
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ '(root)': { code: 'too_few', minimum: 1 } })
  })
})

describe('the HTTP surface', () => {
  it('names a version that is not a plain number as the wrong format', async () => {
    const settings = await call('admin01', 'GET', '/settings')
    const response = await fetch(`${API}/settings`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${await tokenOf('admin01')}`,
        'Content-Type': 'application/json',
        'If-Match': '1.0',
      },
      body: settings.text,
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { details?: { issues?: unknown } }
    expect(body.details?.issues).toEqual({ 'If-Match': { code: 'invalid_format' } })
  })
})
