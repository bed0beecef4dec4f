import { beforeAll, describe, expect, it } from 'vitest'
import type {
  RequestDetail,
  RequestListItem,
  UserRequestNotice,
} from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { hasIntactRecord } from '../test-backend'
import { call } from '../test-client'

// Policy 6(6): a withdrawal takes effect at once, and the requester is told which permissions
// were withdrawn and what each one stops, and that what was done before stays lawful.

beforeAll(() => {
  resetMockBackend()
})

/** agent01's consent withdrawal in review, made by the user themselves, with every permission granted. */
async function withdrawalInReview(): Promise<RequestDetail> {
  const list = await call<{ items: RequestListItem[] }>(
    'agent01',
    'GET',
    '/requests?type=consent_withdrawal&status=in_review&assignee=me&requesterType=self&pageSize=50',
  )
  const intact = await Promise.all(list.body.items.map((i) => hasIntactRecord(i.userId)))
  const item = list.body.items.find((_, n) => intact[n])
  if (!item) throw new Error('no seeded consent withdrawal in review for agent01')
  const { db } = await getBackend()
  const at = '2025-03-01T08:00:00.000Z'
  await db.users.update(item.userId, (draft) => {
    for (const key of ['accountList', 'systemLogs', 'clipboard', 'marketing'] as const)
      draft.consents[key] = { granted: true, changedAt: at }
    draft.accountStatus = 'active'
  })
  return (await call('agent01', 'GET', `/requests/${item.id}`)).body
}

describe('the confirmation of a consent withdrawal', () => {
  it('tells the requester each permission withdrawn and its effect, by SMS and in the app', async () => {
    const request = await withdrawalInReview()
    const phone = (await getBackend()).db.users.get(request.userId)!.phone
    const done = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/consent-withdrawal`,
      { keys: ['clipboard', 'marketing'] },
      request.version,
    )
    expect(done.status).toBe(200)
    const text = done.body.notifications?.at(-1)?.text ?? ''
    const lines = text.split('\n')
    expect(lines[0]).toMatch(
      new RegExp(
        `^【任务易】您的撤回授权申请（编号 ${request.id}）已办理，自 2026-11-20 10:\\d\\d（北京时间）起生效。已撤回的授权及其影响：$`,
      ),
    )
    expect(lines.slice(1)).toEqual([
      '- 读取剪切板：不再读取剪切板，App 中从剪切板粘贴文本、图像内容的功能无法使用。',
      '- 定向推送与精准营销：不再将您的个人信息用于定向推送和精准营销。',
      '撤回前基于您的授权已进行的处理仍然合法。您可以随时在 App 中重新开启相应授权。',
      '如有疑问，您可以联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服与我们联系。',
    ])
    const sent = done.body.notifications!.filter((n) => n.text === text)
    expect(sent.map((n) => [n.channel, n.to])).toEqual([
      ['sms', `${phone!.slice(0, 3)}****${phone!.slice(7)}`],
      ['push', 'app'],
    ])
    // The timeline shows the notice itself after the withdrawal, and the user's page lists it.
    expect(done.body.timeline.slice(-3).map((e) => e.action)).toEqual([
      'consent_withdrawn',
      'consent_withdrawal_notice_sent',
      'user_notified',
    ])
    expect(done.body.timeline.at(-2)?.reason).toBe(text)
    const notices = await call<{ items: UserRequestNotice[] }>(
      'lead01',
      'GET',
      `/users/${request.userId}/notices`,
    )
    expect(
      notices.body.items.filter((n) => n.requestId === request.id).map((n) => n.channel),
    ).toEqual(['sms', 'push'])
  })

  it('is sent once for a replayed withdrawal, and not at all for a refused one', async () => {
    const request = await withdrawalInReview()
    await (
      await getBackend()
    ).db.users.update(request.userId, (draft) => {
      draft.consents.systemLogs = { granted: false, changedAt: '2025-03-01T08:00:00.000Z' }
    })
    const refused = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/consent-withdrawal`,
      { keys: ['systemLogs'] },
      request.version,
    )
    expect(refused.status).toBe(400)
    const key = crypto.randomUUID()
    const body = { keys: ['accountList'] }
    const path = `/requests/${request.id}/consent-withdrawal`
    const first = await call('agent01', 'POST', path, body, request.version, key)
    const replay = await call('agent01', 'POST', path, body, request.version, key)
    expect(replay.body).toEqual(first.body)
    const stored = (await getBackend()).db.requests.get(request.id)!
    expect(stored.notifications?.map((n) => n.channel)).toEqual(['sms', 'push'])
    expect(stored.notifications?.[0]?.text).toContain(
      '- 读取账户列表：不再读取您的账户列表，在线沟通时无法再快速找到之前沟通过的成员。',
    )
  })
})
