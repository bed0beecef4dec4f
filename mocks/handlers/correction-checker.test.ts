import { beforeAll, describe, expect, it } from 'vitest'
import type { RequestDetail, RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { hasIntactRecord } from '../test-backend'
import { call, NEW_ID_CARD_PHOTOS } from '../test-client'

// CONTRACT 2026-12: a correction of `phone` or `idNumber` is a prepared decision that a second
// person approves. One agent alone could otherwise point a user's phone number at themselves.

const NEW_PHONE = '13912345678'
const NEW_ID = '11010119900307803X'

beforeAll(() => {
  resetMockBackend()
})

async function correctionInReview(): Promise<RequestDetail> {
  const list = await call<{ items: RequestListItem[] }>(
    'agent01',
    'GET',
    '/requests?type=correction&status=in_review&assignee=me&pageSize=50',
  )
  const used = new Set((await getBackend()).db.pendingCorrections.all().map((p) => p.requestId))
  const intact = await Promise.all(list.body.items.map((i) => hasIntactRecord(i.userId)))
  const item = list.body.items.find((i, n) => !used.has(i.id) && intact[n])
  if (!item) throw new Error('no seeded correction in review for agent01')
  return (await call('agent01', 'GET', `/requests/${item.id}`)).body
}

const fullUser = async (id: string) => (await getBackend()).db.users.get(id)

/**
 * The code sent to the new number for this request, as the user reads it on that phone (the
 * mock SMS gateway stands in for it): staff never get it from the API.
 */
async function phoneCode(request: RequestDetail, phone = NEW_PHONE): Promise<string> {
  const sent = await call('agent01', 'POST', `/requests/${request.id}/correction-code`, { phone })
  expect(sent.status).toBe(200)
  const sms = (await getBackend()).db.smsOutbox
    .all()
    .filter((m) => m.to === phone && m.text.includes(request.id))
    .at(-1)
  return sms!.text.match(/验证码 (\d{6})/)![1]!
}

describe('a correction of the phone or ID number', () => {
  it('is only prepared by the agent: the user record keeps its numbers until a checker approves', async () => {
    const request = await correctionInReview()
    const before = await fullUser(request.userId)
    const r = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/correction`,
      {
        changes: [{ field: 'phone', value: NEW_PHONE }],
        evidence: '用户持身份证到营业厅办理，已核对',
        phoneCode: await phoneCode(request),
      },
      request.version,
    )
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({
      status: 'pending_approval',
      preparedBy: 'S001',
      completedAt: null,
    })
    expect(r.body.details.correction).toMatchObject({
      changes: [{ field: 'phone', after: '139****5678' }],
    })
    expect((await fullUser(request.userId))?.phone).toBe(before?.phone)
    // Nothing staff can read carries the new number in full.
    expect(JSON.stringify(r.body)).not.toContain(NEW_PHONE)
    expect(
      JSON.stringify((await call('agent01', 'GET', `/requests/${request.id}`)).body),
    ).not.toContain(NEW_PHONE)
    // The agent cannot approve it, whatever they try.
    const own = await call('agent01', 'POST', `/requests/${request.id}/approve`, {}, r.body.version)
    expect(own.status).toBe(403)
    expect((await fullUser(request.userId))?.phone).toBe(before?.phone)
  })

  it('is written once a lead approves it, and the request completes', async () => {
    const request = await correctionInReview()
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/correction`,
      {
        changes: [
          { field: 'phone', value: NEW_PHONE },
          { field: 'idNumber', value: NEW_ID },
        ],
        evidence: '公安机关出具的户籍证明已核对',
        phoneCode: await phoneCode(request),
        idCardPhotos: NEW_ID_CARD_PHOTOS,
      },
      request.version,
    )
    expect(prepared.body.status).toBe('pending_approval')
    const approved = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect(approved.status).toBe(200)
    expect(approved.body.status).toBe('completed')
    expect(approved.body.user.phone).toBe('139****5678')
    expect(approved.body.user.idNumber).toBe('110101********803X')
    const user = await fullUser(request.userId)
    expect([user?.phone, user?.idNumber]).toEqual([NEW_PHONE, NEW_ID])
    // The birth date follows the ID number it is read from, and stays on the server.
    expect(user?.birthDate).toBe('1990-03-07')
    expect(approved.body.user).not.toHaveProperty('birthDate')
    const audit = (await getBackend()).db.auditEvents
      .all()
      .filter((e) => e.action === 'user.corrected' && e.target === request.userId)
    expect(audit.at(-1)).toMatchObject({ actorId: 'S003' })
  })

  it('cannot be prepared and approved by the same lead', async () => {
    const request = await correctionInReview()
    const prepared = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/correction`,
      {
        changes: [{ field: 'idNumber', value: NEW_ID }],
        evidence: '身份证原件已核对无误',
        idCardPhotos: NEW_ID_CARD_PHOTOS,
      },
      request.version,
    )
    expect(prepared.body.status).toBe('pending_approval')
    const own = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/approve`,
      {},
      prepared.body.version,
    )
    expect([own.status, own.body.code]).toEqual([403, 'MAKER_CHECKER'])
  })

  it('is dropped when sent back, and can be entered again', async () => {
    const request = await correctionInReview()
    const before = await fullUser(request.userId)
    const prepared = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/correction`,
      {
        changes: [{ field: 'phone', value: NEW_PHONE }],
        evidence: '用户来电口述，未提供证明',
        phoneCode: await phoneCode(request),
      },
      request.version,
    )
    const back = await call(
      'lead01',
      'POST',
      `/requests/${request.id}/send-back`,
      { reason: '需要书面证明材料' },
      prepared.body.version,
    )
    expect(back.status).toBe(200)
    expect(back.body).toMatchObject({ status: 'in_review', decision: null })
    expect(back.body.details.correction).toBeUndefined()
    expect((await getBackend()).db.pendingCorrections.get(request.id)).toBeUndefined()
    expect((await fullUser(request.userId))?.phone).toBe(before?.phone)
  })
})

describe('a new ID number', () => {
  it('is not prepared without photos of both sides of the new card, and is with them', async () => {
    const request = await correctionInReview()
    const attempt = (idCardPhotos?: readonly unknown[]) =>
      call(
        'agent01',
        'POST',
        `/requests/${request.id}/correction`,
        {
          changes: [{ field: 'idNumber', value: NEW_ID }],
          evidence: '用户来电称身份证号登记错误',
          ...(idCardPhotos ? { idCardPhotos } : {}),
        },
        request.version,
      )
    const none = await attempt()
    expect([none.status, none.body.code, none.body.details?.missing]).toEqual([
      409,
      'REVERIFICATION_NEEDED',
      ['front', 'back'],
    ])
    const frontOnly = await attempt([NEW_ID_CARD_PHOTOS[0]])
    expect([frontOnly.status, frontOnly.body.details?.missing]).toEqual([409, ['back']])
    const after = (await call('agent01', 'GET', `/requests/${request.id}`)).body
    expect(after).toMatchObject({ status: 'in_review', version: request.version })

    const prepared = await attempt(NEW_ID_CARD_PHOTOS)
    expect(prepared.body.status).toBe('pending_approval')
    const record = (prepared.body.details as { correction: { idCardPhotos: unknown[] } }).correction
    expect(record.idCardPhotos).toEqual([
      { side: 'front', name: 'new-id-front.jpg', size: 204_800, sha256: 'a'.repeat(64) },
      { side: 'back', name: 'new-id-back.jpg', size: 198_400, sha256: 'b'.repeat(64) },
    ])
  })
})
