import { beforeAll, describe, expect, it } from 'vitest'
import type { DeletionPlanItemInput } from '../../src/shared/api/deletion-schemas'
import type {
  DataPlan,
  DeletionChecklistDto,
  RequestDetail,
  RequestListItem,
} from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

// A deletion must never destroy what a court freeze or an open dispute or complaint protects
// (CONTRACT 2026-12): the same evidence checks as a cancellation, when the deletion is prepared
// and again when it is approved. A refusal for such a blocker stays possible.

const HOLD = '法院协助冻结（(2026)浙0203执保123号）'
const used = new Set<string>()

/** A seeded deletion in review for agent01 whose user has nothing that blocks a deletion. */
async function cleanDeletion(): Promise<RequestDetail> {
  const list = await call<{ items: RequestListItem[] }>(
    'agent01',
    'GET',
    '/requests?type=deletion&status=in_review&assignee=me&pageSize=200',
  )
  for (const item of list.body.items) {
    if (used.has(item.id)) continue
    const detail = (await call('agent01', 'GET', `/requests/${item.id}`)).body
    const { legalHold, openDisputes, openComplaints } = detail.user
    if (legalHold === null && openDisputes === 0 && openComplaints === 0) {
      used.add(item.id)
      return detail
    }
  }
  throw new Error('no clean seeded deletion in review left')
}

/** Puts the user's platform data into the state a test needs, as the platform would. */
async function setUser(
  userId: string,
  change: { legalHold?: string | null; openDisputes?: number; openComplaints?: number },
) {
  const backend = await getBackend()
  await backend.db.users.update(userId, (draft) => Object.assign(draft, change))
}

async function plan(id: string): Promise<DeletionPlanItemInput[]> {
  const view = await call<{ plan: DataPlan }>('agent01', 'GET', `/requests/${id}/data-plan`)
  return view.body.plan.items.map((i) => ({ category: i.category, action: i.action, duty: i.duty }))
}

async function prepare(request: RequestDetail, by = 'agent01') {
  const body = {
    ground: 'no_consent',
    evidence: '授权记录显示用户从未同意营销画像',
    plan: await plan(request.id),
  }
  return call(by, 'POST', `/requests/${request.id}/deletion-decision`, body, request.version)
}

beforeAll(() => resetMockBackend())

describe('a deletion under a legal hold or an open dispute', () => {
  it('cannot be prepared under a court freeze, by an agent or by a lead', async () => {
    const request = await cleanDeletion()
    await setUser(request.userId, { legalHold: HOLD })
    for (const who of ['agent01', 'lead01']) {
      const result = await prepare(request, who)
      expect(result.status).toBe(409)
      expect(result.body.code).toBe('PRECONDITION_FAILED')
      expect(result.body.details?.failing).toEqual(['no_legal_hold'])
    }
    const after = (await call('agent01', 'GET', `/requests/${request.id}`)).body
    expect(after).toMatchObject({ status: 'in_review', version: request.version, decision: null })
    expect(after.dataPlan ?? null).toBeNull()
  })

  it('cannot be approved when a freeze and a complaint arrived after it was prepared', async () => {
    const request = await cleanDeletion()
    const prepared = await prepare(request)
    expect(prepared.status).toBe(200)
    await setUser(request.userId, { legalHold: HOLD, openComplaints: 1 })
    const result = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(result.status).toBe(409)
    expect(result.body.code).toBe('PRECONDITION_FAILED')
    expect(result.body.details?.failing).toEqual(['no_open_disputes', 'no_legal_hold'])
    const after = (await call('lead01', 'GET', `/requests/${request.id}`)).body
    expect(after).toMatchObject({ status: 'pending_approval', version: prepared.body.version })
    expect(after.dataPlan ?? null).toBeNull()
    expect(after.timeline.map((e) => e.action)).not.toContain('approved')
  })

  it('cannot be approved while one dispute is open, and can once it is closed', async () => {
    const request = await cleanDeletion()
    const prepared = await prepare(request)
    await setUser(request.userId, { openDisputes: 1 })
    const refused = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(refused.status).toBe(409)
    expect(refused.body.details?.failing).toEqual(['no_open_disputes'])
    await setUser(request.userId, { openDisputes: 0 })
    const approved = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(approved.status).toBe(200)
    expect(approved.body.status).toBe('approved')
  })

  it('may still be refused for the blocker, and the checker approves the refusal', async () => {
    const request = await cleanDeletion()
    await setUser(request.userId, { legalHold: HOLD })
    const message = '您的账号处于法院协助冻结期间，相关信息暂不能删除。'
    const refused = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'reject', reasonCode: 'blocking_item', message },
      request.version,
    )
    expect(refused.status).toBe(200)
    expect(refused.body.status).toBe('pending_approval')
    const done = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      refused.body.version,
    )
    expect(done.status).toBe(200)
    expect(done.body.status).toBe('rejected')
    expect(done.body.dataPlan ?? null).toBeNull()
  })

  it('refuses a refusal for a blocker when nothing blocks', async () => {
    const request = await cleanDeletion()
    const result = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'reject', reasonCode: 'blocking_item', message: '不予删除' },
      request.version,
    )
    expect(result.status).toBe(400)
    expect(result.body.details?.fields).toEqual({ reasonCode: 'nothing blocks this deletion' })
  })
})

describe('the deletion checklist', () => {
  it('shows the two evidence checks with the data behind them', async () => {
    const request = await cleanDeletion()
    await setUser(request.userId, { legalHold: HOLD, openDisputes: 2, openComplaints: 0 })
    const result = await call<DeletionChecklistDto>(
      'compliance01',
      'GET',
      `/requests/${request.id}/deletion-checklist`,
    )
    expect(result.status).toBe(200)
    expect(result.body).toMatchObject({
      requestId: request.id,
      ok: false,
      blocking: ['no_open_disputes', 'no_legal_hold'],
    })
    expect(result.body.items).toEqual([
      { key: 'no_open_disputes', ok: false, data: { openDisputes: 2, openComplaints: 0 } },
      { key: 'no_legal_hold', ok: false, data: { legalHold: HOLD } },
    ])
  })

  it('is only for deletions', async () => {
    const list = await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      '/requests?type=cancellation&pageSize=1',
    )
    const result = await call(
      'agent01',
      'GET',
      `/requests/${list.body.items[0]!.id}/deletion-checklist`,
    )
    expect(result.status).toBe(409)
    expect(result.body.code).toBe('WRONG_REQUEST_TYPE')
  })
})
