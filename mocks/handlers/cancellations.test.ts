import { beforeAll, describe, expect, it } from 'vitest'
import type {
  CancellationChecklistDto,
  CancellationSummary,
  RequestDetail,
  RequestListItem,
} from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

const checklist = async (id: string) =>
  (await call<CancellationChecklistDto>('agent01', 'GET', `/requests/${id}/cancellation-checklist`))
    .body

/** The seeded cancellations in review for agent01, with their checklists. */
async function mine(): Promise<{ item: RequestListItem; checks: CancellationChecklistDto }[]> {
  const list = await call<{ items: RequestListItem[] }>(
    'agent01',
    'GET',
    '/requests?type=cancellation&status=in_review&assignee=me&pageSize=200',
  )
  return Promise.all(
    list.body.items.map(async (item) => ({ item, checks: await checklist(item.id) })),
  )
}

async function clean(skip: Set<string>): Promise<RequestDetail> {
  const found = (await mine()).find((r) => r.checks.ok && !skip.has(r.item.id))
  if (!found) throw new Error('no clean seeded cancellation left')
  skip.add(found.item.id)
  return (await call('agent01', 'GET', `/requests/${found.item.id}`)).body
}

const used = new Set<string>()
const approve = { outcome: 'approve', message: '您好！您的账号注销申请已审核通过。' }

beforeAll(() => resetMockBackend())

describe('the cancellation checklist', () => {
  it('is seeded with clean cancellations for agent01 and ones blocked by unfinished tasks', async () => {
    const rows = await mine()
    expect(rows.filter((r) => r.checks.ok).length).toBeGreaterThanOrEqual(3)
    const blocked = rows.filter((r) => r.checks.blocking.includes('no_unfinished_tasks'))
    expect(blocked.length).toBeGreaterThanOrEqual(2)
    const tasks = blocked[0]!.checks.items.find((i) => i.key === 'no_unfinished_tasks')
    expect(tasks).toMatchObject({
      ok: false,
      data: {
        unfinishedTasksAsWorker: expect.any(Number),
        unfinishedTasksAsPublisher: expect.any(Number),
      },
    })
  })

  it('refuses to prepare an approval that a check blocks, naming the check', async () => {
    const blocked = (await mine()).find((r) => r.checks.blocking.includes('no_unfinished_tasks'))!
    const result = await call(
      'agent01',
      'POST',
      `/requests/${blocked.item.id}/decision`,
      approve,
      blocked.item.version,
    )
    expect(result.status).toBe(409)
    expect(result.body.code).toBe('PRECONDITION_FAILED')
    expect(result.body.details?.failing).toEqual(blocked.checks.blocking)
  })

  it('refuses a rejection for a blocking item when nothing blocks', async () => {
    const request = await clean(used)
    const result = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'reject', reasonCode: 'blocking_item', message: '未通过' },
      request.version,
    )
    expect(result.status).toBe(400)
    expect(result.body.details?.fields).toEqual({ reasonCode: 'nothing blocks this cancellation' })
  })
})

describe('approving a cancellation', () => {
  it('stops the services, produces the data plan and tells the user, in one version', async () => {
    const request = await clean(used)
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      approve,
      request.version,
    )
    expect(prepared.body).toMatchObject({ status: 'pending_approval', preparedBy: 'S001' })
    const preview = await call<{ stored: boolean; plan: { items: unknown[] } }>(
      'lead01',
      'GET',
      `/requests/${request.id}/data-plan`,
    )
    expect(preview.body.stored).toBe(false)
    const approved = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ status: 'approved', version: prepared.body.version + 1 })
    expect(approved.body.user.accountStatus).toBe('cancelled')
    expect(approved.body.dataPlan?.items.map((i) => i.category)).toEqual(
      expect.arrayContaining(['profile', 'payments', 'device_logs']),
    )
    expect(approved.body.dataPlan?.items.find((i) => i.category === 'payments')).toMatchObject({
      action: 'keep',
      duty: 'accounting_tax',
    })
    expect(approved.body.notifications).toEqual([
      expect.objectContaining({
        channel: 'sms',
        text: approve.message,
        to: expect.stringMatching(/^\d{3}\*{4}\d{4}$/),
      }),
    ])
    expect(approved.body.timeline.slice(-4).map((e) => e.action)).toEqual([
      'approved',
      'services_stopped',
      'data_plan_produced',
      'user_notified',
    ])
    expect((await getBackend()).db.users.get(request.userId)?.accountStatus).toBe('cancelled')
    const stored = await call<{ stored: boolean }>(
      'lead01',
      'GET',
      `/requests/${request.id}/data-plan`,
    )
    expect(stored.body.stored).toBe(true)
  })

  it('refuses a lead approving what they prepared (maker and checker)', async () => {
    const request = await clean(used)
    const prepared = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/decision`,
      approve,
      request.version,
    )
    const result = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(result.status).toBe(403)
    expect(result.body.code).toBe('MAKER_CHECKER')
    expect((await getBackend()).db.users.get(request.userId)?.accountStatus).toBe('active')
  })

  it('re-checks on approval: a user who took a task meanwhile cannot be cancelled', async () => {
    const list = await call<{ items: CancellationSummary[] }>(
      'lead01',
      'GET',
      '/cancellations?status=pending_approval&pageSize=200',
    )
    const changed = list.body.items.find(
      (r) =>
        r.decision?.outcome === 'approve' &&
        r.preparedBy !== 'S003' &&
        r.blocking.join() === 'no_unfinished_tasks',
    )!
    const result = await call(
      'lead01',
      'POST',
      `/requests/${changed.id}/approve`,
      {},
      changed.version,
    )
    expect(result.status).toBe(409)
    expect(result.body).toMatchObject({
      code: 'PRECONDITION_FAILED',
      details: { failing: ['no_unfinished_tasks'] },
    })
    expect((await call('lead01', 'GET', `/requests/${changed.id}`)).body.status).toBe(
      'pending_approval',
    )
  })

  it('approves once when two leads race: the stale one gets 412, a replay acts no second time', async () => {
    const request = await clean(used)
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      approve,
      request.version,
    )
    const key = crypto.randomUUID()
    const first = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
      key,
    )
    const replay = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
      key,
    )
    expect(replay.body).toEqual(first.body)
    const stale = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(stale.status).toBe(412)
    const timeline = (await call('lead01', 'GET', `/requests/${request.id}`)).body.timeline
    expect(timeline.filter((e) => e.action === 'approved')).toHaveLength(1)
  })

  it('tells the user why when the checker approves a rejection; the account stays', async () => {
    const blocked = (await mine()).find((r) => r.checks.blocking.includes('wallet_settled'))!
    const message = '您好！您的钱包仍有余额，请先提现后再申请注销。'
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${blocked.item.id}/decision`,
      { outcome: 'reject', reasonCode: 'blocking_item', message },
      blocked.item.version,
    )
    const done = await call(
      'lead01',
      'POST',
      `/requests/${blocked.item.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(done.body.status).toBe('rejected')
    expect(done.body.dataPlan ?? null).toBeNull()
    // The same notice as every rejection: the ground in words, the staff's reason, the remedies.
    const text = [
      `【任务易】您的账号注销申请（编号 ${blocked.item.id}）未予办理。`,
      '依据：存在阻止注销的事项。',
      `原因：${message}`,
      '如有异议，您可以联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服向我们投诉；您也可以依据《中华人民共和国个人信息保护法》第五十条向人民法院提起诉讼。',
    ].join('\n')
    expect(done.body.notifications?.map((n) => [n.channel, n.text])).toEqual([
      ['sms', text],
      ['push', text],
    ])
    expect(done.body.user.accountStatus).toBe('active')
  })
})

describe('carrying out the data plan', () => {
  it('executes category by category, then completes; nothing runs twice', async () => {
    const request = await clean(used)
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      approve,
      request.version,
    )
    let current = (
      await call('lead01', 'POST', `/requests/${request.id}/approve`, {}, prepared.body.version)
    ).body
    const unknown = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/execute`,
      { category: 'dna' },
      current.version,
    )
    expect(unknown.status).toBe(400)
    const categories = current.dataPlan!.items.map((i) => i.category)
    for (const category of categories) {
      const step = await call(
        'agent01',
        'POST',
        `/requests/${request.id}/execute`,
        { category },
        current.version,
      )
      expect(step.status).toBe(200)
      current = step.body
    }
    expect(current.status).toBe('completed')
    expect(current.dataPlan?.completedAt).not.toBeNull()
    expect(current.dataPlan?.items.every((i) => i.executedBy === 'S001')).toBe(true)
    expect(current.timeline.filter((e) => e.action === 'data_plan_step')).toHaveLength(
      categories.length,
    )
    expect(current.timeline.at(-1)?.action).toBe('data_plan_executed')
    const again = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/execute`,
      { category: categories[0] },
      current.version,
    )
    expect(again.status).toBe(409)
  })

  it('refuses a category already carried out', async () => {
    const request = await clean(used)
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      approve,
      request.version,
    )
    const approved = (
      await call('lead01', 'POST', `/requests/${request.id}/approve`, {}, prepared.body.version)
    ).body
    const once = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/execute`,
      { category: 'identity' },
      approved.version,
    )
    const twice = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/execute`,
      { category: 'identity' },
      once.body.version,
    )
    expect(twice.status).toBe(409)
    expect(twice.body.code).toBe('ALREADY_EXECUTED')
  })
})

describe('GET /api/cancellations', () => {
  it('flags cancellations near or past their deadline for the leads', async () => {
    const flagged = await call<{
      items: CancellationSummary[]
      flagCounts: { dueSoon: number; overdue: number }
    }>('lead01', 'GET', '/cancellations?flag=flagged&pageSize=200')
    expect(flagged.status).toBe(200)
    const flags = new Set(flagged.body.items.map((r) => r.deadline.flag))
    expect(flags).toEqual(new Set(['due_soon', 'overdue']))
    expect(flagged.body.items.length).toBe(
      flagged.body.flagCounts.dueSoon + flagged.body.flagCounts.overdue,
    )
    expect(
      flagged.body.items.every((r) =>
        ['identity_pending', 'in_review', 'pending_approval'].includes(r.status),
      ),
    ).toBe(true)
    const overdue = await call<{ items: CancellationSummary[] }>(
      'lead01',
      'GET',
      '/cancellations?flag=overdue&pageSize=200',
    )
    expect(
      overdue.body.items.every(
        (r) => r.deadline.flag === 'overdue' && (r.deadline.workingDaysLeft ?? 0) < 0,
      ),
    ).toBe(true)
  })

  it('rejects a flag it does not know with 400', async () => {
    const result = await call('lead01', 'GET', '/cancellations?flag=late')
    expect(result.status).toBe(400)
    expect(result.body.details?.fields).toHaveProperty('flag')
  })
})
