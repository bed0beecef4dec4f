import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { RequestDetail, UserRequestNotice } from '../../src/shared/api/schemas'
import { TEST_NOW_MS } from '../../src/test/test-now'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { activeAdult } from '../test-backend'
import { call, forgetAllTokens, intake } from '../test-client'

// CONTRACT 2026-12 (PIPL art. 50): every rejection, whatever the type and the path, reaches the
// requester with its ground in words they can read, the reason staff wrote, and their remedies.
// Before, a rejection approved by a checker told the user nothing unless it was a cancellation or
// a deletion, and those sent only the staff's message.

const REMEDIES =
  '如有异议，您可以联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服向我们投诉；您也可以依据《中华人民共和国个人信息保护法》第五十条向人民法院提起诉讼。'

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`

beforeAll(() => {
  resetMockBackend()
})

async function approve(request: RequestDetail): Promise<RequestDetail> {
  const approved = await call(
    'lead01',
    'POST',
    `/requests/${request.id}/approve`,
    {},
    request.version,
  )
  expect(approved.status).toBe(200)
  expect(approved.body.status).toBe('rejected')
  return approved.body
}

describe('an approved rejection', () => {
  it('after a failed identity check tells the user the ground, the reason and their remedies', async () => {
    const user = await activeAdult()
    const request = await intake(user.id, { type: 'copy' })
    const failed = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/identity-checks`,
      { method: 'sms_code', evidence: ['sms_code'], outcome: 'fail', reason: '短信验证码三次错误' },
      request.version,
    )
    const done = await approve(failed.body)
    const text = [
      `【任务易】您的个人信息副本申请（编号 ${request.id}）未予办理。`,
      '依据：身份核验未通过。',
      '原因：短信验证码三次错误',
      REMEDIES,
    ].join('\n')
    expect(done.notifications?.map((n) => [n.channel, n.to, n.text])).toEqual([
      ['sms', masked(user.phone!), text],
      ['push', 'app', text],
    ])
    expect(done.timeline.slice(-3).map((e) => [e.action, e.reason, e.facts])).toEqual([
      ['rejection_approved', null, undefined],
      ['rejection_notice_sent', text, undefined],
      ['user_notified', null, { notifiedBy: ['sms', 'push'] }],
    ])
  })

  it('on a ground of 6(8) goes to the phone verified for a requester acting for the user, not the app', async () => {
    const backend = await getBackend()
    const request = backend.db.requests
      .all()
      .find(
        (r) =>
          r.type === 'copy' &&
          r.status === 'in_review' &&
          r.requesterType !== 'self' &&
          (r.assigneeId === 'S001' || r.assigneeId === null) &&
          backend.db.verifiedContacts.get(r.id),
      )
    if (!request) throw new Error('no seeded copy request of someone acting for the user')
    const contact = backend.db.verifiedContacts.get(request.id)!
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'reject', reasonCode: 'groundless_repetition', message: '同一内容本月已提供两次' },
      request.version,
    )
    expect(prepared.status).toBe(200)
    const done = await approve(prepared.body)
    expect(done.notifications?.slice(-1)).toEqual([
      expect.objectContaining({
        channel: 'sms',
        to: masked(contact.phone),
        text: [
          `【任务易】您的个人信息副本申请（编号 ${request.id}）未予办理。`,
          '依据：无端重复的请求。',
          '原因：同一内容本月已提供两次',
          REMEDIES,
        ].join('\n'),
      }),
    ])
  })

  it('of a correction tells the user too (and applies nothing)', async () => {
    const user = await activeAdult()
    const request = await intake(user.id, { type: 'correction' })
    const passed = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/identity-checks`,
      { method: 'sms_code', evidence: ['sms_code'], outcome: 'pass' },
      request.version,
    )
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/decision`,
      { outcome: 'reject', reasonCode: 'highly_impractical', message: '所述记录不存在' },
      passed.body.version,
    )
    const done = await approve(prepared.body)
    expect(done.notifications?.map((n) => n.text)).toEqual(
      [
        [
          `【任务易】您的更正申请（编号 ${request.id}）未予办理。`,
          '依据：非常不切实际的请求。',
          '原因：所述记录不存在',
          REMEDIES,
        ].join('\n'),
      ].flatMap((t) => [t, t]),
    )
  })

  it("is listed on the user's page with the request it was about", async () => {
    const user = await activeAdult()
    const notices = await call<{ items: UserRequestNotice[] }>(
      'compliance01',
      'GET',
      `/users/${user.id}/notices`,
    )
    expect(notices.status).toBe(200)
    const rejections = notices.body.items
      .filter((n) => n.text.includes('未予办理'))
      .map((n) => `${n.requestType} ${n.channel}`)
      .sort()
    expect(rejections).toEqual(['copy push', 'copy sms', 'correction push', 'correction sms'])
  })
})

const DAY = 86_400_000

async function intakeAt(type: string, userId: string, receivedAt: number) {
  const created = await call('agent01', 'POST', '/requests', {
    type,
    userId,
    requesterType: 'self',
    channel: 'hotline',
    receivedAt: new Date(receivedAt).toISOString(),
  })
  expect(created.status).toBe(201)
  return created.body
}

const sweep = async () => {
  const r = await call<{ closed: string[] }>(
    'lead01',
    'POST',
    '/requests/auto-close-unverified',
    {},
  )
  expect(r.status).toBe(200)
  return r.body.closed
}

/** Moves the clock on; sessions idle out meanwhile, so everyone signs in again. */
function later(ms: number) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(TEST_NOW_MS + ms)
  forgetAllTokens()
}

describe('closing an unverified request', () => {
  afterEach(() => {
    vi.useRealTimers()
    forgetAllTokens()
  })

  it('needs a reminder first, counts from it, and is prepared for a lead who approves and tells the user', async () => {
    const user = await activeAdult()
    const request = await intakeAt('copy', user.id, TEST_NOW_MS - 40 * DAY)
    // Never reminded: however old, it is not closed.
    expect(await sweep()).not.toContain(request.id)

    const reminded = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/remind`,
      {},
      request.version,
    )
    expect(reminded.status).toBe(200)
    const reminder = `【任务易】您的个人信息副本申请（编号 ${request.id}）尚未完成身份核验，请在 15 个工作日内按要求提供身份证明材料；逾期仍未提供的，申请将被关闭。`
    expect(reminded.body.timeline.at(-1)).toMatchObject({
      action: 'requester_reminded',
      actorId: 'S001',
      reason: reminder,
    })
    expect(reminded.body.notifications?.map((n) => [n.channel, n.to, n.text])).toEqual([
      ['sms', masked(user.phone!), reminder],
      ['push', 'app', reminder],
    ])
    // The window runs from the reminder, not from receipt.
    expect(await sweep()).not.toContain(request.id)

    later(30 * DAY)
    expect(await sweep()).toContain(request.id)
    const prepared = await call('lead01', 'GET', `/requests/${request.id}`)
    expect(prepared.body).toMatchObject({
      status: 'pending_approval',
      preparedBy: 'system',
      completedAt: null,
      decision: { outcome: 'reject', reasonCode: 'unverified_timeout' },
    })
    expect(prepared.body.notifications).toHaveLength(2)
    // Preparing twice prepares nothing twice.
    expect(await sweep()).not.toContain(request.id)
    const queue = await call<{ items: { id: string }[] }>(
      'lead01',
      'GET',
      '/requests?status=pending_approval&pageSize=100&q=' + request.id,
    )
    expect(queue.body.items.map((r) => r.id)).toEqual([request.id])

    const done = await approve(prepared.body)
    expect(done.notifications?.at(-1)?.text).toBe(
      [
        `【任务易】您的个人信息副本申请（编号 ${request.id}）未予办理。`,
        '依据：超时未完成身份核验。',
        '原因：提醒您提供身份证明材料后 15 个工作日内仍未完成身份核验。如仍需办理，请重新提交申请并按要求提供身份证明材料。',
        REMEDIES,
      ].join('\n'),
    )
  })

  it('never closes a request whose own deadline passed unworked: that is overdue, not a rejection', async () => {
    const user = await activeAdult()
    const request = await intakeAt('cancellation', user.id, TEST_NOW_MS - 2 * DAY)
    expect(request.deadlineAt).not.toBeNull()
    const reminded = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/remind`,
      {},
      request.version,
    )
    expect(reminded.status).toBe(200)
    later(60 * DAY)
    expect(TEST_NOW_MS + 60 * DAY).toBeGreaterThan(Date.parse(request.deadlineAt!))
    expect(await sweep()).not.toContain(request.id)
    expect((await call('lead01', 'GET', `/requests/${request.id}`)).body.status).toBe(
      'identity_pending',
    )
  })

  it('cannot remind about a request already verified', async () => {
    const user = await activeAdult()
    const request = await intakeAt('copy', user.id, TEST_NOW_MS - DAY)
    const passed = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/identity-checks`,
      { method: 'sms_code', evidence: ['sms_code'], outcome: 'pass' },
      request.version,
    )
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/remind`,
      {},
      passed.body.version,
    )
    expect([r.status, r.body.code]).toEqual([409, 'INVALID_TRANSITION'])
  })
})
