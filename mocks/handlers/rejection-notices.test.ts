import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestDetail, UserRequestNotice } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, forgetAllTokens } from '../test-client'

// CONTRACT 2026-12 (PIPL art. 50): every rejection, whatever the type and the path, reaches the
// requester with its ground in words they can read, the reason staff wrote, and their remedies.
// Before, a rejection approved by a checker told the user nothing unless it was a cancellation or
// a deletion, and those sent only the staff's message.

const REMEDIES =
  '如有异议，您可以联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服向我们投诉；您也可以依据《中华人民共和国个人信息保护法》第五十条向人民法院提起诉讼。'

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`

beforeAll(() => {
  forgetAllTokens()
  resetMockBackend()
})

async function adult() {
  const user = (await getBackend()).db.users
    .all()
    .find((u) => u.accountStatus === 'active' && !u.guardian && !u.deceased)
  if (!user) throw new Error('no active adult in the seed')
  return user
}

async function intake(type: string, userId: string): Promise<RequestDetail> {
  const created = await call('agent01', 'POST', '/requests', {
    type,
    userId,
    requesterType: 'self',
    channel: 'hotline',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
  })
  expect(created.status).toBe(201)
  return created.body
}

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
    const user = await adult()
    const request = await intake('copy', user.id)
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
      ['sms', masked(user.phone), text],
      ['push', 'app', text],
    ])
    expect(done.timeline.slice(-3).map((e) => [e.action, e.reason])).toEqual([
      ['rejection_approved', null],
      ['rejection_notice_sent', text],
      ['user_notified', 'sms, push'],
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
    const user = await adult()
    const request = await intake('correction', user.id)
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
    const user = await adult()
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
