import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestDetail, RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { hasIntactRecord } from '../test-backend'
import { call } from '../test-client'
import { suiteNow } from '../../src/test/test-clock-install'

// A new phone number is where copy codes and notices will go: before a change of it is even
// prepared, the user proves the number is theirs with a code sent to it. Staff never see the
// code; they type what the user reads back from the new phone.

const NEW_PHONE = '13912345678'
const OTHER_PHONE = '13787654321'

beforeAll(() => {
  resetMockBackend()
})

const used = new Set<string>()
async function correctionInReview(): Promise<RequestDetail> {
  const list = await call<{ items: RequestListItem[] }>(
    'agent01',
    'GET',
    '/requests?type=correction&status=in_review&assignee=me&pageSize=50',
  )
  const intact = await Promise.all(list.body.items.map((i) => hasIntactRecord(i.userId)))
  const item = list.body.items.find((i, n) => !used.has(i.id) && intact[n])
  if (!item) throw new Error('no seeded correction in review for agent01')
  used.add(item.id)
  return (await call('agent01', 'GET', `/requests/${item.id}`)).body
}

/** What the phone at `to` received last about this request: the mock SMS gateway. */
async function smsTo(to: string, requestId: string) {
  return (await getBackend()).db.smsOutbox
    .all()
    .filter((m) => m.to === to && m.text.includes(requestId))
    .at(-1)
}
const codeIn = (text: string | undefined) => text?.match(/验证码 (\d{6})/)?.[1] ?? ''

const change = (request: RequestDetail, phoneCode?: string, by = 'agent01') =>
  call(
    by,
    'POST',
    `/requests/${request.id}/correction`,
    {
      changes: [{ field: 'phone', value: NEW_PHONE }],
      evidence: '用户来电，已核对身份证原件',
      ...(phoneCode === undefined ? {} : { phoneCode }),
    },
    request.version,
  )

describe('re-verifying a new phone number', () => {
  it('is needed before a change of phone is prepared: 409 without a code sent to that number', async () => {
    const request = await correctionInReview()
    const none = await change(request, '123456')
    expect([none.status, none.body.code]).toEqual([409, 'REVERIFICATION_NEEDED'])
    expect(none.body.details?.fields).toEqual({ phoneCode: 'send a code to the new number first' })
    // A code sent to another number proves nothing about this one.
    await call('agent01', 'POST', `/requests/${request.id}/correction-code`, { phone: OTHER_PHONE })
    const other = await change(request, codeIn((await smsTo(OTHER_PHONE, request.id))?.text))
    expect([other.status, other.body.code]).toEqual([409, 'REVERIFICATION_NEEDED'])
    expect((await call('agent01', 'GET', `/requests/${request.id}`)).body.status).toBe('in_review')
  })

  it('sends the code only to the new number and tells staff where, never the code', async () => {
    const request = await correctionInReview()
    const sent = await call('agent01', 'POST', `/requests/${request.id}/correction-code`, {
      phone: NEW_PHONE,
    })
    expect(sent.status).toBe(200)
    expect(sent.body).toEqual({
      requestId: request.id,
      sentTo: '139****5678',
      expiresAt: expect.any(String),
    })
    const sms = await smsTo(NEW_PHONE, request.id)
    expect(sms?.text).toMatch(
      new RegExp(
        `^【任务易】您正在将账号手机号更正为本号码（申请编号 ${request.id}），验证码 \\d{6}，10 分钟内有效。如非本人操作，请忽略。$`,
      ),
    )
    expect(JSON.stringify(sent.body)).not.toContain(codeIn(sms?.text))
    const audit = (await getBackend()).db.auditEvents.all().at(-1)
    expect(audit).toMatchObject({ action: 'request.correction_code_sent', reason: '139****5678' })
    // Only the assignee's work: another agent may not send codes on this request.
    const foreign = await call('agent02', 'POST', `/requests/${request.id}/correction-code`, {
      phone: NEW_PHONE,
    })
    expect([foreign.status, foreign.body.code]).toEqual([403, 'NOT_ASSIGNEE'])
  })

  it('counts wrong codes, locks after five, and accepts the right code once', async () => {
    const request = await correctionInReview()
    await call('agent01', 'POST', `/requests/${request.id}/correction-code`, { phone: NEW_PHONE })
    const code = codeIn((await smsTo(NEW_PHONE, request.id))?.text)
    const wrong = code === '000000' ? '111111' : '000000'
    const first = await change(request, wrong)
    expect([first.status, first.body.code, first.body.details?.attemptsLeft]).toEqual([
      400,
      'WRONG_CODE',
      4,
    ])
    for (let i = 0; i < 4; i++) await change(request, wrong)
    const locked = await change(request, code)
    expect([locked.status, locked.body.code]).toEqual([409, 'REVERIFICATION_NEEDED'])
    expect(locked.body.details?.fields).toEqual({
      phoneCode: 'too many wrong codes: send a new one',
    })
    // A new code starts again; the right one prepares the change, recording when it was verified.
    await call('agent01', 'POST', `/requests/${request.id}/correction-code`, { phone: NEW_PHONE })
    const fresh = codeIn((await smsTo(NEW_PHONE, request.id))?.text)
    const prepared = await change(request, fresh)
    expect(prepared.status).toBe(200)
    expect(prepared.body.status).toBe('pending_approval')
    expect(prepared.body.details.correction).toMatchObject({ phoneVerifiedAt: expect.any(String) })
    // The code was used up with the change it verified.
    expect((await getBackend()).db.correctionCodes.get(request.id)).toBeUndefined()
  })

  it('refuses an expired code', async () => {
    const request = await correctionInReview()
    await call('agent01', 'POST', `/requests/${request.id}/correction-code`, { phone: NEW_PHONE })
    const code = codeIn((await smsTo(NEW_PHONE, request.id))?.text)
    await (
      await getBackend()
    ).db.correctionCodes.update(request.id, (d) => {
      d.expiresAt = new Date(suiteNow() - 1000).toISOString()
    })
    const expired = await change(request, code)
    expect([expired.status, expired.body.code]).toEqual([409, 'REVERIFICATION_NEEDED'])
    expect(expired.body.details?.fields).toEqual({ phoneCode: 'the code expired: send a new one' })
  })
})
