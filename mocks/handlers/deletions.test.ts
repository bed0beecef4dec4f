import { beforeAll, describe, expect, it } from 'vitest'
import type { DeletionPlanItemInput } from '../../src/shared/api/deletion-schemas'
import type { DataPlan, RequestDetail, RequestListItem } from '../../src/shared/api/schemas'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

const used = new Set<string>()

/**
 * A seeded deletion in review, made by the user themselves, for agent01 (a lead hands it over if
 * need be) whose account is (or is not) cancelled, not used before, with no legal hold, dispute
 * or complaint that would block it.
 */
async function openDeletion(account: 'active' | 'cancelled' = 'active'): Promise<RequestDetail> {
  // agent01's own first, then others', which a lead hands to agent01.
  for (const assignee of ['&assignee=me', '']) {
    const list = await call<{ items: RequestListItem[] }>(
      'agent01',
      'GET',
      `/requests?type=deletion&status=in_review${assignee}&pageSize=200`,
    )
    for (const item of list.body.items) {
      if (used.has(item.id)) continue
      const detail = (await call('agent01', 'GET', `/requests/${item.id}`)).body
      const { legalHold, openDisputes, openComplaints } = detail.user
      if (
        detail.user.accountStatus === account &&
        detail.requesterType === 'self' &&
        legalHold === null &&
        openDisputes === 0 &&
        openComplaints === 0
      ) {
        used.add(item.id)
        if (detail.assigneeId === 'S001') return detail
        const path = `/requests/${item.id}/assign`
        return (await call('lead01', 'POST', path, { assigneeId: 'S001' }, detail.version)).body
      }
    }
  }
  throw new Error(`no seeded deletion in review for a ${account} account`)
}

/** The proposal the server offers, as the plan staff send back. */
async function proposal(id: string): Promise<DeletionPlanItemInput[]> {
  const view = await call<{ stored: boolean; plan: DataPlan }>(
    'agent01',
    'GET',
    `/requests/${id}/data-plan`,
  )
  expect(view.body.stored).toBe(false)
  return view.body.plan.items.map((i) => ({ category: i.category, action: i.action, duty: i.duty }))
}

async function prepare(request: RequestDetail, by = 'agent01', ground = 'no_consent') {
  const body = {
    ground,
    evidence: '授权记录显示用户从未同意营销画像',
    plan: await proposal(request.id),
  }
  return call(by, 'POST', `/requests/${request.id}/deletion-decision`, body, request.version)
}

beforeAll(() => resetMockBackend())

describe('the seeded deletions', () => {
  it('include ones in review and prepared ones waiting for the checker with their ground and plan', async () => {
    const waiting = await call<{ items: RequestListItem[] }>(
      'lead01',
      'GET',
      '/requests?type=deletion&status=pending_approval&pageSize=200',
    )
    expect(
      (
        await call<{ items: unknown[] }>(
          'agent01',
          'GET',
          '/requests?type=deletion&status=in_review&pageSize=200',
        )
      ).body.items.length,
    ).toBeGreaterThan(2)
    const detail = (await call('lead01', 'GET', `/requests/${waiting.body.items[0]!.id}`)).body
    expect(detail.details.deletion).toMatchObject({
      ground: expect.any(String),
      items: expect.any(Array),
    })
  })
})

describe('preparing a deletion', () => {
  it('refuses ground (4) while the account is active, and accepts it once cancelled', async () => {
    const active = await openDeletion('active')
    const refused = await prepare(active, 'agent01', 'account_cancelled')
    expect(refused.status).toBe(400)
    expect(refused.body.details?.fields).toEqual({ ground: 'the account is active, not cancelled' })
    const cancelled = await openDeletion('cancelled')
    const accepted = await prepare(cancelled, 'agent01', 'account_cancelled')
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({
      status: 'pending_approval',
      preparedBy: 'S001',
      details: { deletion: { ground: 'account_cancelled' } },
    })
  })

  it('accepts the statutory grounds of PIPL art. 47 and tells the user the law they come from', async () => {
    const request = await openDeletion()
    const plan = await proposal(request.id)
    const evidence = '撤回授权请求记录：用户已撤回同意'
    const decide = (ground: string, version: number) =>
      call(
        'agent01',
        'POST',
        `/requests/${request.id}/deletion-decision`,
        { ground, evidence, plan },
        version,
      )
    const unknown = await decide('user_asked_nicely', request.version)
    expect(unknown.status).toBe(400)
    expect(unknown.body.details?.fields).toHaveProperty('ground')
    let version = request.version
    for (const ground of ['purpose_no_longer_needed', 'service_stopped_or_retention_expired']) {
      const prepared = await decide(ground, version)
      expect(prepared.status).toBe(200)
      expect(prepared.body.details.deletion).toMatchObject({ ground })
      const back = await call(
        'lead01',
        'POST',
        `/requests/${request.id}/send-back`,
        { reason: '请换一个依据再准备' },
        prepared.body.version,
      )
      version = back.body.version
    }
    const prepared = await decide('consent_withdrawn', version)
    expect(prepared.status).toBe(200)
    expect(prepared.body.decision?.message.split('\n')[0]).toBe(
      `【任务易】您的删除个人信息申请（${request.id}）已审核通过，依据：《中华人民共和国个人信息保护法》第四十七条规定的情形，即您已撤回同意。`,
    )
    // The timeline keeps the ground's code, which the console puts in words.
    expect(prepared.body.timeline.at(-1)).toMatchObject({
      action: 'deletion_prepared',
      facts: { ground: 'consent_withdrawn' },
    })
  })

  it('refuses a plan that breaks a duty, naming each category and why', async () => {
    const request = await openDeletion()
    const plan = (await proposal(request.id)).map((i) =>
      i.category === 'payments'
        ? { ...i, action: 'delete' as const, duty: null }
        : i.category === 'location'
          ? { ...i, action: 'keep' as const, duty: 'network_logs' as const }
          : i,
    )
    const result = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/deletion-decision`,
      { ground: 'unlawful_processing', note: '法务确认处理无依据', plan },
      request.version,
    )
    expect(result.status).toBe(400)
    expect(Object.keys(result.body.details?.fields ?? {}).sort()).toEqual([
      'plan.location',
      'plan.payments',
    ])
    expect(result.body.details?.fields?.['plan.payments']).toMatch(
      /requires keeping this under accounting_tax until \d{4}-\d{2}-\d{2}/,
    )
    expect((await call('agent01', 'GET', `/requests/${request.id}`)).body.status).toBe('in_review')
  })

  it('needs the evidence or a note, and refuses a bare approval without ground and plan', async () => {
    const request = await openDeletion()
    const bare = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/deletion-decision`,
      { ground: 'no_consent', plan: await proposal(request.id) },
      request.version,
    )
    expect(bare.status).toBe(400)
    expect(bare.body.details?.fields).toHaveProperty('evidence')
    const generic = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'approve', message: '同意删除' },
      request.version,
    )
    expect(generic.status).toBe(409)
    expect(generic.body.code).toBe('USE_TYPE_ACTION')
  })

  it('records the ground, the plan and the notice the user will read; a replay acts once', async () => {
    const request = await openDeletion()
    const body = {
      ground: 'no_consent',
      evidence: '授权记录显示用户从未同意营销画像',
      plan: await proposal(request.id),
    }
    const key = crypto.randomUUID()
    const first = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/deletion-decision`,
      body,
      request.version,
      key,
    )
    const replay = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/deletion-decision`,
      body,
      request.version,
      key,
    )
    expect(replay.body).toEqual(first.body)
    expect(first.body.decision?.message).toContain('未经明示同意收集、使用个人信息')
    expect(first.body.timeline.filter((e) => e.action === 'deletion_prepared')).toHaveLength(1)
    const preview = await call<{ stored: boolean; plan: DataPlan }>(
      'lead01',
      'GET',
      `/requests/${request.id}/data-plan`,
    )
    expect(preview.body.plan.items).toEqual(
      (first.body.details.deletion as { items: unknown }).items,
    )
  })
})

describe('approving and carrying out a deletion', () => {
  it('refuses a lead approving what they prepared (maker and checker)', async () => {
    const request = await openDeletion()
    const prepared = await prepare(request, 'lead01')
    const result = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(result.status).toBe(403)
    expect(result.body.code).toBe('MAKER_CHECKER')
  })

  it('stores the plan, tells the user what goes and what is kept, then completes step by step', async () => {
    const request = await openDeletion()
    const prepared = await prepare(request)
    const approved = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(approved.status).toBe(200)
    expect(approved.body.status).toBe('approved')
    expect(approved.body.dataPlan?.items).toEqual(
      (prepared.body.details.deletion as { items: unknown }).items,
    )
    const sms = approved.body.notifications?.find((n) => n.channel === 'sms')
    expect(sms?.text).toContain('将删除：')
    expect(sms?.text).toMatch(/任务记录：交易记录保存 3 年.*保存至 \d{4}-\d{2}-\d{2}/)
    expect(approved.body.notifications?.map((n) => n.channel)).toEqual(['sms', 'push'])
    expect(approved.body.timeline.slice(-3).map((e) => e.action)).toEqual([
      'approved',
      'data_plan_produced',
      'user_notified',
    ])
    let current = approved.body
    for (const { category } of current.dataPlan!.items)
      current = (
        await call(
          'agent01',
          'POST',
          `/requests/${request.id}/execute`,
          { category },
          current.version,
        )
      ).body
    expect(current.status).toBe('completed')
    expect(current.dataPlan?.completedAt).not.toBeNull()
    const done = current.notifications?.at(-1)
    expect(done).toMatchObject({ channel: 'sms', text: expect.stringContaining('已办理完毕') })
    expect(done?.text).toContain('已删除：身份信息')
    expect(done?.text).toMatch(
      /支付与收益记录：会计凭证与涉税资料保存 10 年.*保存至 \d{4}-\d{2}-\d{2}/,
    )
    expect(current.timeline.slice(-2).map((e) => e.action)).toEqual([
      'data_plan_executed',
      'user_notified',
    ])
  })

  it('after a send-back starts again from the proposal, and approves no plan while a refusal waits', async () => {
    const request = await openDeletion()
    const plan = (await proposal(request.id)).map((i) =>
      i.category === 'contact' ? { ...i, action: 'anonymise' as const } : i,
    )
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/deletion-decision`,
      { ground: 'agreement_breach', note: '超出约定范围使用联系方式', plan },
      request.version,
    )
    const back = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/send-back`,
      { reason: '请补充证据材料' },
      prepared.body.version,
    )
    expect(back.body).toMatchObject({ status: 'in_review', decision: null, preparedBy: null })
    expect((await proposal(request.id)).find((i) => i.category === 'contact')?.action).toBe(
      'delete',
    )
    const refused = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'reject', reasonCode: 'highly_impractical', message: '不予删除' },
      back.body.version,
    )
    const view = await call<{ plan: DataPlan | null }>(
      'lead01',
      'GET',
      `/requests/${request.id}/data-plan`,
    )
    expect(refused.body.status).toBe('pending_approval')
    expect(view.body.plan).toBeNull()
  })

  it('keeps the refusal path: the checker approves a refusal and the user is told why', async () => {
    const request = await openDeletion()
    const message = '经核实，您的请求不符合删除条件。'
    const refused = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'reject', reasonCode: 'groundless_repetition', message },
      request.version,
    )
    const done = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      refused.body.version,
    )
    expect(done.body.status).toBe('rejected')
    expect(done.body.dataPlan ?? null).toBeNull()
    const text = [
      `【任务易】您的删除个人信息申请（编号 ${request.id}）未予办理。`,
      '依据：无端重复的请求。',
      `原因：${message}`,
      '如有异议，您可以联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服向我们投诉；您也可以依据《中华人民共和国个人信息保护法》第五十条向人民法院提起诉讼。',
    ].join('\n')
    expect(done.body.notifications?.map((n) => n.text)).toEqual([text, text])
  })
})
