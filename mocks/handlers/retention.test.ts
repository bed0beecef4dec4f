import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeletionPlanItemInput } from '../../src/shared/api/deletion-schemas'
import type { RetentionList, RetentionPurgeResult } from '../../src/shared/api/retention-schemas'
import type {
  DataPlan,
  PlatformUser,
  RequestDetail,
  RequestListItem,
} from '../../src/shared/api/schemas'
import { addMonths } from '../../src/shared/lib/data-plan'
import { TEST_NOW_MS } from '../../src/test/test-now'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, forgetAllTokens } from '../test-client'

// CONTRACT (2026-12): data a data plan deleted or anonymised is gone from the user record, and
// reading or revealing it says what was removed and when; kept data carries its purge date and is
// purged on or after it by the backend's daily job and by compliance, each purge audited.

const HOUR = 3_600_000
const REASON = '核对来电人的身份信息'

/** The Asia/Shanghai date of an instant. */
const shanghaiDay = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10)
// The suite's clock, whatever TEST_NOW says: the seed's purge dates are counted from it.
const TODAY = shanghaiDay(TEST_NOW_MS)
const TOMORROW = shanghaiDay(TEST_NOW_MS + 24 * HOUR)

async function auditSince(seq: number) {
  return (await getBackend()).db.auditEvents
    .all()
    .filter((e) => e.seq > seq && !e.action.startsWith('session.'))
}
const headSeq = async () => (await getBackend()).db.auditEvents.count()

async function retention(query = '') {
  return call<RetentionList>('compliance01', 'GET', `/retention${query ? `?${query}` : ''}`)
}

/** A seeded deletion in review for agent01 of an active account that nothing blocks. */
async function openDeletion(): Promise<RequestDetail> {
  const list = await call<{ items: RequestListItem[] }>(
    'agent01',
    'GET',
    '/requests?type=deletion&status=in_review&assignee=me&pageSize=200',
  )
  for (const item of list.body.items) {
    const detail = (await call('agent01', 'GET', `/requests/${item.id}`)).body
    const u = detail.user
    if (
      u.accountStatus === 'active' &&
      u.legalHold === null &&
      u.openDisputes === 0 &&
      u.openComplaints === 0 &&
      u.idNumber !== null
    )
      return detail
  }
  throw new Error('no seeded deletion in review')
}

/** Prepares the server's proposal, has a lead approve it and carries out every category. */
async function carryOutDeletion(request: RequestDetail): Promise<RequestDetail> {
  const view = await call<{ plan: DataPlan }>('agent01', 'GET', `/requests/${request.id}/data-plan`)
  const plan: DeletionPlanItemInput[] = view.body.plan.items.map((i) => ({
    category: i.category,
    action: i.action,
    duty: i.duty,
  }))
  const prepared = await call(
    'agent01',
    'POST',
    `/requests/${request.id}/deletion-decision`,
    { ground: 'no_consent', evidence: '授权记录显示用户从未同意营销画像', plan },
    request.version,
  )
  let current = (
    await call('lead01', 'POST', `/requests/${request.id}/approve`, {}, prepared.body.version)
  ).body
  expect(current.status).toBe('approved')
  for (const { category } of current.dataPlan!.items) {
    const step = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/execute`,
      { category },
      current.version,
    )
    expect(step.status, category).toBe(200)
    current = step.body
  }
  expect(current.status).toBe('completed')
  return current
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW_MS)
  forgetAllTokens()
})
afterEach(() => vi.useRealTimers())

describe('a carried-out data plan', () => {
  beforeAll(() => resetMockBackend())

  it('removes what it deleted and anonymised from the record, and a reveal answers what and when', async () => {
    const request = await openDeletion()
    const user = request.user
    const done = await carryOutDeletion(request)

    // Gone from the record the backend keeps, not hidden on the way out.
    const stored = (await getBackend()).db.users.get(user.id)!
    expect(stored).toMatchObject({
      idNumber: null,
      birthDate: null,
      phone: null,
      region: null,
      name: '匿名用户',
    })
    expect(JSON.stringify(stored)).not.toContain(user.name)

    const read = await call<PlatformUser>('agent01', 'GET', `/users/${user.id}`)
    expect(read.body).toMatchObject({ idNumber: null, phone: null, ageGroup: null })
    const identity = read.body.dataDisposition.find((d) => d.category === 'identity')
    expect(identity).toMatchObject({
      status: 'deleted',
      fields: expect.arrayContaining(['idNumber', 'birthDate']),
      requestId: request.id,
      by: 'S001',
    })
    expect(read.body.dataDisposition.find((d) => d.category === 'profile')).toMatchObject({
      status: 'anonymised',
      fields: expect.arrayContaining(['name']),
    })
    // What the law keeps carries its duty and purge date.
    expect(read.body.dataDisposition.find((d) => d.category === 'payments')).toMatchObject({
      status: 'kept',
      duty: 'accounting_tax',
      purgeOn: addMonths(TODAY, 120),
    })

    const since = await headSeq()
    for (const field of ['idNumber', 'birthDate', 'phone'] as const) {
      const revealed = await call('agent01', 'POST', `/users/${user.id}/reveal`, {
        field,
        reason: REASON,
        requestId: done.id,
      })
      expect(revealed.status, field).toBe(410)
      expect(revealed.body.code).toBe('DATA_DELETED')
      expect(revealed.body.details).toMatchObject({
        field,
        action: 'deleted',
        removedAt: identity!.at,
        requestId: request.id,
      })
      expect(revealed.text).not.toMatch(/"value"/)
    }
    const events = await auditSince(since)
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ['user.reveal_refused', 'failure'],
      ['user.reveal_refused', 'failure'],
      ['user.reveal_refused', 'failure'],
    ])
  })

  it('audits each step against the user: what was deleted, anonymised and kept', async () => {
    const events = (await getBackend()).db.auditEvents
      .all()
      .filter((e) => e.action.startsWith('user.data_'))
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.data_delete', 'user.data_anonymise', 'user.data_keep']),
    )
    expect(events.find((e) => e.action === 'user.data_keep')?.reason).toMatch(
      /kept under \w+ until \d{4}-\d{2}-\d{2}/,
    )
  })
})

describe('the retention list', () => {
  beforeAll(() => resetMockBackend())

  it('lists what is due by date and category, filtered, sorted and paged by the server', async () => {
    const all = await retention('state=due,held,upcoming&pageSize=200')
    expect(all.status).toBe(200)
    expect(all.body.summary).toEqual({
      today: TODAY,
      due: 3,
      held: 1,
      byCategory: [
        { category: 'device_logs', due: 2, held: 1 },
        { category: 'task_history', due: 1, held: 0 },
      ],
    })
    const purgeDates = all.body.items.map((i) => i.purgeOn)
    expect(purgeDates).toEqual([...purgeDates].sort())
    expect(all.body.items.filter((i) => i.state === 'held')).toEqual([
      expect.objectContaining({ category: 'device_logs', hold: 'legal_hold', purgeOn: TODAY }),
    ])

    const logs = await retention(`state=due&category=device_logs&from=${TODAY}&to=${TODAY}`)
    expect(logs.body.total).toBe(2)
    expect(logs.body.items.every((i) => i.category === 'device_logs' && i.state === 'due')).toBe(
      true,
    )

    const paged = await retention('state=due,held,upcoming&sort=purgeOn:desc&pageSize=2&page=2')
    expect(paged.body).toMatchObject({ page: 2, pageSize: 2, total: all.body.total })
    expect(paged.body.items[0]!.purgeOn >= paged.body.items[1]!.purgeOn).toBe(true)

    const bad = await retention('sort=name:asc')
    expect(bad.status).toBe(400)
  })

  it('is for compliance (and admins, who read everything): agents and leads get 403', async () => {
    expect((await call('admin01', 'GET', '/retention')).status).toBe(200)
    for (const who of ['agent01', 'lead01'])
      expect((await call(who, 'GET', '/retention')).status, who).toBe(403)
  })
})

describe('a purge by hand', () => {
  beforeAll(() => resetMockBackend())

  it('only a compliance manager purges: agents, leads and admins get 403, audited as denied', async () => {
    for (const who of ['agent01', 'lead01', 'admin01']) {
      const since = await headSeq()
      const r = await call(who, 'POST', '/retention/purges', { through: TODAY })
      expect(r.status, who).toBe(403)
      expect(await auditSince(since)).toEqual([expect.objectContaining({ outcome: 'denied' })])
    }
    expect((await retention()).body.summary.due).toBe(3)
  })

  it('refuses to purge before the purge date', async () => {
    const r = await call('compliance01', 'POST', '/retention/purges', { through: TOMORROW })
    expect(r.status).toBe(400)
    expect(r.body.details?.fields).toHaveProperty('through')
  })

  it('purges what is due, each purge audited, holds what a legal hold protects; a replay acts once', async () => {
    const due = (await retention('state=due')).body.items
    expect(due).toHaveLength(3)
    const since = await headSeq()
    const key = crypto.randomUUID()
    const body = { through: TODAY }
    const r = await call<RetentionPurgeResult>(
      'compliance01',
      'POST',
      '/retention/purges',
      body,
      undefined,
      key,
    )
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({
      through: TODAY,
      held: 1,
      byCategory: [
        { category: 'device_logs', count: 2 },
        { category: 'task_history', count: 1 },
      ],
    })
    expect(r.body.purged.map((p) => `${p.userId}:${p.category}`).sort()).toEqual(
      due.map((i) => `${i.userId}:${i.category}`).sort(),
    )
    const events = await auditSince(since)
    expect(events.filter((e) => e.action === 'user.data_purged')).toHaveLength(3)
    expect(events.every((e) => e.actorId === 'S004' && e.role === 'compliance')).toBe(true)
    expect(events.at(-1)).toMatchObject({
      action: 'retention.purged',
      reason: expect.stringContaining('3 purged (device_logs 2, task_history 1); 1 held'),
    })

    const replay = await call('compliance01', 'POST', '/retention/purges', body, undefined, key)
    expect(replay.body).toEqual(r.body)
    expect(await auditSince(since)).toHaveLength(events.length)

    const after = await retention()
    expect(after.body.summary).toMatchObject({ due: 0, held: 1 })
    const user = (await call<PlatformUser>('compliance01', 'GET', `/users/${due[0]!.userId}`)).body
    expect(user.dataDisposition.find((d) => d.category === due[0]!.category)).toMatchObject({
      status: 'purged',
      by: 'S004',
      purgeOn: TODAY,
    })
  })
})

describe('the daily purge job', () => {
  beforeAll(() => resetMockBackend())

  it('purges after the purge date, on the first request of the next day, audited as the system', async () => {
    const before = (await retention('state=due,held,upcoming&pageSize=200')).body
    const dueToday = before.items.filter((i) => i.state === 'due')
    expect(dueToday.length).toBe(3)
    // Today's run has happened (at start): what falls due today waits for the day to end.
    expect(dueToday.every((i) => i.purgeOn === TODAY)).toBe(true)
    const since = await headSeq()

    // Ten minutes past midnight, the first request of the new day runs the job first.
    const tomorrow = Date.parse(`${TOMORROW}T00:10:00+08:00`)
    vi.setSystemTime(tomorrow)
    forgetAllTokens()
    const after = (await retention('pageSize=200&state=purged,held,upcoming,due')).body
    // (The seed also holds logs the job purged years ago.)
    const purged = after.items.filter(
      (i) => i.state === 'purged' && Date.parse(i.purgedAt!) >= tomorrow,
    )
    expect(purged.map((i) => `${i.userId}:${i.category}`).sort()).toEqual(
      dueToday.map((i) => `${i.userId}:${i.category}`).sort(),
    )
    expect(purged.every((i) => i.purgedBy === 'system')).toBe(true)
    expect(after.items.filter((i) => i.state === 'held')).toHaveLength(1)
    expect(after.summary.due).toBe(0)

    const jobEvents = (await auditSince(since)).filter((e) => e.action === 'user.data_purged')
    expect(jobEvents).toHaveLength(3)
    expect(jobEvents.every((e) => e.actorId === 'system' && e.outcome === 'success')).toBe(true)

    // Once a day: later requests that day purge nothing more.
    vi.setSystemTime(tomorrow + HOUR)
    await retention()
    expect((await auditSince(since)).filter((e) => e.action === 'user.data_purged')).toHaveLength(3)
  })
})
