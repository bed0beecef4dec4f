import { beforeEach, describe, expect, it } from 'vitest'
import type { RequestDetail, Settings, UserRequestNotice } from '../../src/shared/api/schemas'
import { endOfWorkingDay, shanghaiDate } from '../../src/shared/lib/working-days'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { activeAdult } from '../test-backend'
import { call, intake } from '../test-client'

// CONTRACT 2026-12 amendment: a cancellation's deadline never passes the 10th working day from
// receipt (the promise of policy 6(5)); a request of another type may be extended once, by at most
// 15 working days. Each extension needs a reason and sends the requester a notice. Before, a lead
// could extend a cancellation by 30 working days at a time, as often as they liked, and nobody
// told the requester.

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`

beforeEach(() => {
  resetMockBackend()
})

const extend = (request: RequestDetail, days: number, reason = '需要调取线下合同核对') =>
  call('lead01', 'POST', `/requests/${request.id}/extend`, { days, reason }, request.version)

/** The end of the nth working day after the request was received, on the server's calendar. */
async function workingDayFromReceipt(request: RequestDetail, n: number): Promise<string> {
  const calendar = (await getBackend()).calendar()
  return endOfWorkingDay(calendar.addWorkingDays(shanghaiDate(request.receivedAt), n).date)
}

async function setCancellationDeadline(days: number) {
  const current = (await call<Settings>('admin01', 'GET', '/settings')).body
  const { version, ...values } = current
  const saved = await call(
    'admin01',
    'PUT',
    '/settings',
    { ...values, cancellationDeadlineDays: days },
    version,
  )
  expect(saved.status).toBe(200)
}

describe('extending a cancellation', () => {
  it('is refused once its deadline is the 10th working day from receipt, and changes nothing', async () => {
    const request = await intake((await activeAdult()).id, { type: 'cancellation' })
    const tenth = await workingDayFromReceipt(request, 10)
    expect(request.deadlineAt).toBe(tenth)

    const refused = await extend(request, 1)
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('EXTENSION_NOT_ALLOWED')
    expect(refused.body.details).toMatchObject({
      reason: 'cancellation_promise',
      maxDays: 0,
      requestedDays: 1,
      latestDeadlineAt: tenth,
    })
    const after = (await call('lead01', 'GET', `/requests/${request.id}`)).body
    expect(after).toMatchObject({
      version: request.version,
      deadlineAt: tenth,
      extensionDays: 0,
    })
    expect(after.notifications ?? []).toEqual([])
  })

  it('may use what is left up to the 10th working day, and no more', async () => {
    await setCancellationDeadline(7)
    const request = await intake((await activeAdult()).id, { type: 'cancellation' })
    expect(request.deadlineAt).toBe(await workingDayFromReceipt(request, 7))

    const tooFar = await extend(request, 4)
    expect(tooFar.status).toBe(409)
    expect(tooFar.body.details).toMatchObject({ reason: 'cancellation_promise', maxDays: 3 })

    const done = await extend(request, 3)
    expect(done.status).toBe(200)
    expect(done.body.deadlineAt).toBe(await workingDayFromReceipt(request, 10))
    const again = await extend(done.body, 1)
    expect(again.status).toBe(409)
    expect(again.body.details).toMatchObject({ reason: 'cancellation_promise', maxDays: 0 })

    // Raising the setting back never carries the extended deadline past the promise.
    await setCancellationDeadline(10)
    const recomputed = (await call('lead01', 'GET', `/requests/${request.id}`)).body
    expect(recomputed.deadlineAt).toBe(await workingDayFromReceipt(request, 10))
  })
})

describe('extending a request of another type', () => {
  async function copyInReview(): Promise<RequestDetail> {
    const { db } = await getBackend()
    const seeded = db.requests
      .all()
      .find(
        (r) =>
          r.type === 'copy' && r.status === 'in_review' && r.deadlineAt && r.extensionDays === 0,
      )
    if (!seeded) throw new Error('no seeded copy request in review')
    return (await call('lead01', 'GET', `/requests/${seeded.id}`)).body
  }

  it('takes at most 15 working days, once', async () => {
    const request = await copyInReview()
    const tooLong = await extend(request, 16)
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.code).toBe('VALIDATION_FAILED')
    expect(tooLong.body.details?.fields).toHaveProperty('days')

    const done = await extend(request, 15)
    expect(done.status).toBe(200)
    expect(done.body.extensionDays).toBe(15)
    const calendar = (await getBackend()).calendar()
    expect(done.body.deadlineAt).toBe(
      endOfWorkingDay(calendar.addWorkingDays(shanghaiDate(request.deadlineAt!), 15).date),
    )

    const twice = await extend(done.body, 1)
    expect(twice.status).toBe(409)
    expect(twice.body.code).toBe('EXTENSION_NOT_ALLOWED')
    expect(twice.body.details).toMatchObject({
      reason: 'already_extended',
      maxDays: 0,
      extensionDays: 15,
    })
  })

  it('is refused before its clock starts: there is no deadline to extend', async () => {
    const request = await intake((await activeAdult()).id, { type: 'deletion' })
    expect(request.deadlineAt).toBeNull()
    const refused = await extend(request, 5)
    expect(refused.status).toBe(409)
    expect(refused.body.details).toMatchObject({ reason: 'clock_not_started' })
  })

  it('needs a reason', async () => {
    const request = await copyInReview()
    const bare = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/extend`,
      { days: 5 },
      request.version,
    )
    expect(bare.status).toBe(400)
    expect(bare.body.details?.fields).toHaveProperty('reason')
    const short = await extend(request, 5, '忙')
    expect(short.status).toBe(400)
  })
})

describe('an extension', () => {
  it('tells the requester the new deadline and the reason, on the timeline and the user page', async () => {
    await setCancellationDeadline(8)
    const user = await activeAdult()
    const request = await intake(user.id, { type: 'cancellation' })
    const done = await extend(request, 2, '需要核对未结清的任务款项')
    expect(done.status).toBe(200)
    const deadline = await workingDayFromReceipt(request, 10)
    const [y, m, d] = shanghaiDate(deadline).split('-').map(Number)
    const text = [
      `【任务易】您的账号注销申请（编号 ${request.id}）的办理期限已延长 2 个工作日，新的办理期限为 ${y}年${m}月${d}日。`,
      '延长原因：需要核对未结清的任务款项',
      '如有疑问或异议，您可以联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服联系我们。',
    ].join('\n')
    expect(done.body.notifications?.map((n) => [n.kind, n.channel, n.to, n.text])).toEqual([
      ['extension', 'sms', masked(user.phone!), text],
      ['extension', 'push', 'app', text],
    ])
    expect(done.body.timeline.slice(-3).map((e) => [e.action, e.reason, e.facts])).toEqual([
      [
        'deadline_extended',
        '需要核对未结清的任务款项',
        { days: 2, newDeadline: shanghaiDate(deadline) },
      ],
      ['extension_notice_sent', text, undefined],
      ['user_notified', null, { notifiedBy: ['sms', 'push'] }],
    ])

    const notices = await call<{ items: UserRequestNotice[] }>(
      'compliance01',
      'GET',
      `/users/${user.id}/notices`,
    )
    expect(
      notices.body.items
        .filter((n) => n.requestId === request.id)
        .map((n) => [n.kind, n.channel, n.text]),
    ).toEqual([
      ['extension', 'sms', text],
      ['extension', 'push', text],
    ])
  })
})
