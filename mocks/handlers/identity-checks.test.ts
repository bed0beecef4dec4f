import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PlatformUserRecord, RequestDetail } from '../../src/shared/api/schemas'
import { ageOn, makeIdNumber } from '../../src/shared/lib/id-number'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { TEST_NOW_MS } from '../../src/test/test-now'
import { call, forgetAllTokens, forgetToken, tokenOf } from '../test-client'
import { suiteNow } from '../../src/test/test-clock-install'

const SHA = 'a'.repeat(64)

async function findUser(match: (u: PlatformUserRecord) => boolean): Promise<PlatformUserRecord> {
  const user = (await getBackend()).db.users.all().find(match)
  if (!user) throw new Error('no such seeded user')
  return user
}

const adult = (u: PlatformUserRecord) =>
  !u.guardian &&
  !u.deceased &&
  u.birthDate !== null &&
  ageOn(u.birthDate, new Date(suiteNow()).toISOString().slice(0, 10)) >= 20

async function intake(
  userId: string,
  requesterType: string,
  type = 'copy',
  receivedAt = new Date(suiteNow()).toISOString(),
) {
  const created = await call('agent01', 'POST', '/requests', {
    type,
    userId,
    requesterType,
    channel: 'hotline',
    receivedAt,
  })
  expect(created.status).toBe(201)
  return created.body
}

const check = (request: RequestDetail, body: Record<string, unknown>) =>
  call('agent01', 'POST', `/requests/${request.id}/identity-checks`, body, request.version)

beforeAll(() => resetMockBackend())
afterEach(() => {
  vi.useRealTimers()
  // A session signed in under a faked clock would look expired afterwards.
  forgetAllTokens()
})

describe('POST /api/requests/{id}/identity-checks', () => {
  it('passes a self request on an SMS code and starts the 15-working-day clock', async () => {
    const request = await intake((await findUser(adult)).id, 'self')
    expect(request.clockStartsAt).toBeNull()
    const result = await check(request, {
      method: 'sms_code',
      evidence: ['sms_code'],
      outcome: 'pass',
    })
    expect(result.status).toBe(200)
    expect(result.body).toMatchObject({ status: 'in_review', version: request.version + 1 })
    expect(result.body.identityVerifiedAt).not.toBeNull()
    expect(result.body.clockStartsAt).toBe(result.body.identityVerifiedAt)
    expect(result.body.deadlineAt).toMatch(/T23:59:59\.999\+08:00$/)
    expect(result.body.identityChecks.at(-1)).toMatchObject({
      outcome: 'pass',
      credited: ['sms_code'],
      missing: [],
      checkedBy: 'S001',
    })
    expect(result.body.timeline.at(-1)).toMatchObject({
      action: 'identity_passed',
      actorId: 'S001',
    })
    const audit = (await getBackend()).db.auditEvents.all().filter((e) => e.target === request.id)
    expect(audit.map((e) => e.action)).toContain('request.identity_passed')
  })

  it('passes a real-name check only when name and number match, and keeps the number masked', async () => {
    const user = await findUser(adult)
    const request = await intake(user.id, 'self')
    const wrongName = await check(request, {
      method: 'real_name',
      evidence: ['real_name'],
      outcome: 'pass',
      subject: { name: `${user.name}甲`, idNumber: user.idNumber },
    })
    expect(wrongName.status).toBe(400)
    expect(wrongName.body).toMatchObject({
      code: 'AUTOMATIC_CHECK_FAILED',
      details: { failing: ['name_matches'] },
    })
    const ok = await check(request, {
      method: 'real_name',
      evidence: ['real_name'],
      outcome: 'pass',
      subject: { name: user.name, idNumber: user.idNumber },
    })
    expect(ok.status).toBe(200)
    expect(JSON.stringify(ok.body)).not.toContain(user.idNumber)
    expect(ok.body.identityChecks.at(-1)?.subject?.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/)
  })

  it('names the exact problem of an invalid ID number, refuses to pass it, but records it on a failure', async () => {
    const user = await findUser(adult)
    const request = await intake(user.id, 'self')
    const id = user.idNumber!
    const wrong = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`
    const pass = await check(request, {
      method: 'real_name',
      evidence: ['real_name'],
      outcome: 'pass',
      subject: { name: user.name, idNumber: wrong },
    })
    expect(pass.status).toBe(400)
    expect(
      (pass.body.details as { fields: Record<string, string> }).fields['subject.idNumber'],
    ).toMatch(/check character/)
    const short = await check(request, {
      method: 'real_name',
      evidence: ['real_name'],
      outcome: 'pass',
      subject: { name: user.name, idNumber: '1234' },
    })
    expect(
      (short.body.details as { fields: Record<string, string> }).fields['subject.idNumber'],
    ).toMatch(/18 characters/)
    const fail = await check(request, {
      method: 'real_name',
      evidence: ['real_name'],
      outcome: 'fail',
      reason: '身份证号码校验位错误',
      subject: { name: user.name, idNumber: wrong },
    })
    expect(fail.status).toBe(200)
    expect(fail.body).toMatchObject({
      status: 'pending_approval',
      preparedBy: 'S001',
      decision: {
        outcome: 'reject',
        reasonCode: 'identity_failed',
        message: '身份证号码校验位错误',
      },
    })
    expect(fail.body.identityChecks.at(-1)?.autoChecks).toContainEqual({
      key: 'id_number_valid',
      ok: false,
      problem: 'checksum',
      value: null,
    })
  })

  it('will not pass a guardian request without proof of guardianship, and names what is missing', async () => {
    const minor = await findUser((u) => u.guardian !== null)
    const request = await intake(minor.id, 'guardian')
    const guardianId = makeIdNumber('330106', '19800315', '021')
    const first = await check(request, {
      method: 'sms_code',
      evidence: ['sms_code', 'requester_id'],
      outcome: 'pass',
      requesterIdNumber: guardianId,
    })
    expect(first.status).toBe(400)
    expect(first.body).toMatchObject({
      code: 'IDENTITY_INCOMPLETE',
      details: { missing: ['guardianship'] },
    })
    const notOnFile = await check(request, {
      method: 'sms_code',
      evidence: ['sms_code', 'requester_id', 'household_register'],
      outcome: 'pass',
      requesterIdNumber: guardianId,
    })
    expect(notOnFile.status).toBe(400)
    expect(notOnFile.body.details).toMatchObject({ notOnFile: ['household_register'] })
    const withFile = await check(request, {
      method: 'sms_code',
      evidence: ['sms_code', 'requester_id', 'household_register'],
      outcome: 'pass',
      requesterIdNumber: guardianId,
      attachments: [{ kind: 'household_register', name: '户口簿.pdf', size: 1200, sha256: SHA }],
    })
    expect(withFile.status).toBe(200)
    expect(withFile.body.status).toBe('in_review')
    expect(withFile.body.identityDocuments).toContainEqual(
      expect.objectContaining({ kind: 'household_register', receivedBy: 'S001' }),
    )
  })

  it('asks for more documents, pausing the clock, and resumes when they arrive', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const received = '2026-09-07T02:00:00.000Z' // 10:00 in Beijing
    vi.setSystemTime(new Date(received))
    const user = await findUser(adult)
    const request = await intake(user.id, 'self', 'cancellation', received)
    const deadline = request.deadlineAt
    const asked = await check(request, {
      method: 'id_photos',
      evidence: ['id_card_front'],
      outcome: 'need_more',
      reason: '请补充身份证背面和手持照片',
    })
    // A hotline request has no photos on file until they arrive.
    expect(asked.status).toBe(400)
    const docs = ['id_card_front', 'id_card_back', 'id_card_holding'].map((kind) => ({
      kind,
      name: `${kind}.jpg`,
      size: 10,
      sha256: SHA,
    }))
    const needMore = await check(request, {
      method: 'sms_code',
      evidence: ['sms_code'],
      outcome: 'need_more',
      reason: '请补充身份证照片',
    })
    expect(needMore.body).toMatchObject({
      status: 'awaiting_requester',
      pausedAt: '2026-09-07T02:00:00.000Z',
    })
    vi.setSystemTime(new Date('2026-09-10T10:00:00+08:00'))
    forgetToken('agent01') // three days later the session has idled out
    const resumed = await call(
      'agent01',
      'POST',
      `/requests/${request.id}/documents-received`,
      { documents: docs },
      needMore.body.version,
    )
    expect(resumed.status).toBe(200)
    expect(resumed.body).toMatchObject({
      status: 'identity_pending',
      pausedAt: null,
      pausedDays: 3,
    })
    expect(Date.parse(resumed.body.deadlineAt ?? '')).toBeGreaterThan(Date.parse(deadline ?? ''))
    expect(resumed.body.timeline.at(-1)).toMatchObject({ action: 'documents_received' })
    const pass = await check(resumed.body, {
      method: 'id_photos',
      evidence: ['id_card_front', 'id_card_back', 'id_card_holding'],
      outcome: 'pass',
    })
    expect(pass.body.status).toBe('in_review')
  })

  it('needs a readable reason to fail or ask for more, and If-Match', async () => {
    const request = await intake((await findUser(adult)).id, 'self')
    const noReason = await check(request, {
      method: 'sms_code',
      evidence: ['sms_code'],
      outcome: 'fail',
      reason: 'no',
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.details).toMatchObject({ fields: { reason: expect.any(String) } })
    const methodWithoutEvidence = await check(request, {
      method: 'real_name',
      evidence: ['sms_code'],
      outcome: 'pass',
    })
    expect(methodWithoutEvidence.status).toBe(400)
    expect(methodWithoutEvidence.body.details).toMatchObject({
      fields: { method: expect.any(String) },
    })
    const stale = await call('agent01', 'POST', `/requests/${request.id}/identity-checks`, {
      method: 'sms_code',
      evidence: ['sms_code'],
      outcome: 'pass',
    })
    expect(stale.status).toBe(428)
    const compliance = await call(
      'compliance01',
      'POST',
      `/requests/${request.id}/identity-checks`,
      { method: 'sms_code', evidence: ['sms_code'], outcome: 'pass' },
      request.version,
    )
    expect(compliance.status).toBe(403)
  })
})

describe('POST /api/requests/auto-close-unverified', () => {
  it('prepares the closing of requests unverified for 15 working days after a reminder, and only those', async () => {
    const user = await findUser(adult)
    // The old request was received and its requester reminded a month ago.
    vi.useFakeTimers({ toFake: ['Date'] })
    const monthAgo = TEST_NOW_MS - 30 * 86_400_000
    vi.setSystemTime(monthAgo)
    forgetAllTokens()
    const received = await intake(
      user.id,
      'self',
      'copy',
      new Date(monthAgo - 60_000).toISOString(),
    )
    const old = (
      await call('agent01', 'POST', `/requests/${received.id}/remind`, {}, received.version)
    ).body
    // Back to the suite's now, still on the fake clock (the afterEach ends it): the machine's
    // own date never enters the test.
    vi.setSystemTime(TEST_NOW_MS)
    forgetAllTokens()
    const asked = await intake(
      user.id,
      'self',
      'copy',
      new Date(TEST_NOW_MS - 86_400_000).toISOString(),
    )
    const fresh = (await call('agent01', 'POST', `/requests/${asked.id}/remind`, {}, asked.version))
      .body
    expect((await call('agent01', 'POST', '/requests/auto-close-unverified', {})).status).toBe(403)
    const swept = await call<Record<string, unknown>>(
      'lead01',
      'POST',
      '/requests/auto-close-unverified',
      {},
    )
    expect(swept.status).toBe(200)
    const closed = swept.body.closed as unknown as string[]
    expect(closed).toContain(old.id)
    expect(closed).not.toContain(fresh.id)
    const after = await call('agent01', 'GET', `/requests/${old.id}`)
    expect(after.body).toMatchObject({
      status: 'pending_approval',
      preparedBy: 'system',
      decision: { reasonCode: 'unverified_timeout' },
    })
    expect(after.body.timeline.at(-1)).toMatchObject({
      action: 'auto_closed_unverified',
      actorId: 'system',
    })
    const again = await call<Record<string, unknown>>(
      'lead01',
      'POST',
      '/requests/auto-close-unverified',
      {},
    )
    expect(again.body.closed).toEqual([])
  })
})

describe('GET /api/audit-events', () => {
  it('lists events newest first for compliance and admin only', async () => {
    const { db } = await getBackend()
    // A reveal is for a request of that user.
    const request = db.requests.all()[0]!
    const user = db.users.get(request.userId)!
    await tokenOf('compliance01') // signing in is audited too: before the reveal, so the reveal is newest
    expect(
      (
        await call('agent01', 'POST', `/users/${user.id}/reveal`, {
          field: 'phone',
          reason: '用户来电核对：号码',
          requestId: request.id,
        })
      ).status,
    ).toBe(200)
    const page = await call<Record<string, unknown>>(
      'compliance01',
      'GET',
      '/audit-events?pageSize=5',
    )
    expect(page.status).toBe(200)
    const items = page.body.items as unknown as { seq: number; action: string; reason: string }[]
    expect(items[0]).toMatchObject({ action: 'user.reveal.phone', reason: '用户来电核对：号码' })
    expect(items.map((e) => e.seq)).toEqual([...items.map((e) => e.seq)].sort((a, b) => b - a))
    expect(JSON.stringify(items)).not.toContain(user.phone)
    expect((await call('agent01', 'GET', '/audit-events')).status).toBe(403)
    expect((await call('admin01', 'GET', '/audit-events')).status).toBe(200)
  })
})

describe('what leaves the server', () => {
  it('never carries a raw ID or phone number, guardians and identity checks included', async () => {
    const { db } = await getBackend()
    const raw = new Set(
      db.users
        .all()
        .flatMap((u) =>
          [u.idNumber, u.phone, u.guardian?.idNumber, u.guardian?.phone].filter((v): v is string =>
            Boolean(v),
          ),
        ),
    )
    const minor = await findUser((u) => u.guardian !== null)
    const request = await intake(minor.id, 'guardian')
    const asked = await check(request, {
      method: 'sms_code',
      evidence: ['sms_code', 'requester_id'],
      outcome: 'need_more',
      reason: '请提供户口簿',
      requesterIdNumber: minor.guardian?.idNumber,
    })
    expect(asked.status).toBe(200)
    const bodies = [
      await call('agent01', 'GET', '/requests?pageSize=200'),
      await call('agent01', 'GET', '/users?pageSize=200'),
      await call('agent01', 'GET', `/requests/${request.id}`),
      ...(await Promise.all(
        db.requests
          .all()
          .slice(0, 30)
          .map((r) => call('agent01', 'GET', `/requests/${r.id}`)),
      )),
    ].map((r) => JSON.stringify(r.body))
    const leaks = bodies.flatMap((text) =>
      [...text.matchAll(/\d{17}[\dX]|\d{11}/g)].map((m) => m[0]).filter((v) => raw.has(v)),
    )
    expect(leaks).toEqual([])
    expect(bodies[2]).toContain(minor.guardian?.idNumber.slice(0, 6))
  })
})
