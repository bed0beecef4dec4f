import { beforeEach, describe, expect, it } from 'vitest'
import type {
  DisclosureApplication,
  DisclosureStatement,
} from '../../src/shared/api/disclosure-schemas'
import type { DisclosureRecord } from '../../src/shared/api/schemas'
import { hashRecord } from '../../src/shared/lib/hash-chain'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { applicationInput, call, json } from './disclosure-test-api'

beforeEach(() => {
  resetMockBackend()
})

const ledgerTotal = async () =>
  json<{ total: number }>(await call('compliance01', 'GET', '/disclosures?pageSize=1')).total

describe('third-party applications', () => {
  it('wait outside the ledger until a second compliance manager approves them', async () => {
    const created = await call(
      'compliance01',
      'POST',
      '/disclosures/applications',
      applicationInput(),
    )
    expect(created.status).toBe(201)
    const app = json<DisclosureApplication>(created)
    expect(app).toMatchObject({ status: 'pending', recordedBy: 'S004', disclosureSeq: null })
    expect(app.applicant.idNumber).toBe('110105********002X')
    expect(app.applicant.contact).toBe('139****5678')
    expect(await ledgerTotal()).toBe(320)

    const own = await call(
      'compliance01',
      'POST',
      `/disclosures/applications/${app.id}/approve`,
      {},
    )
    expect(own.status).toBe(403)
    expect(json(own)).toMatchObject({ code: 'MAKER_CHECKER' })
    expect(await ledgerTotal()).toBe(320)

    const approved = await call(
      'compliance02',
      'POST',
      `/disclosures/applications/${app.id}/approve`,
      {},
    )
    expect(approved.status).toBe(201)
    const record = json<DisclosureRecord>(approved)
    expect(record).toMatchObject({
      seq: 321,
      basis: 'third_party_application',
      recordedBy: 'S004',
      approvedBy: 'S006',
      applicationId: app.id,
      applicant: app.applicant,
      evidence: app.evidence,
    })
    expect(await hashRecord(record)).toBe(record.hash)
    expect(
      json(await call('compliance01', 'GET', `/disclosures/applications/${app.id}`)),
    ).toMatchObject({
      status: 'approved',
      decidedBy: 'S006',
      disclosureSeq: 321,
    })
    const twice = await call(
      'compliance02',
      'POST',
      `/disclosures/applications/${app.id}/approve`,
      {},
    )
    expect(twice.status).toBe(409)
    expect(await ledgerTotal()).toBe(321)
  })

  it('can be rejected with a reason, and never enter the ledger', async () => {
    const app = json<DisclosureApplication>(
      await call('compliance01', 'POST', '/disclosures/applications', applicationInput()),
    )
    expect(
      (
        await call('compliance02', 'POST', `/disclosures/applications/${app.id}/reject`, {
          reason: 'x',
        })
      ).status,
    ).toBe(400)
    const rejected = await call(
      'compliance02',
      'POST',
      `/disclosures/applications/${app.id}/reject`,
      { reason: '初步证据不足以证明侵权' },
    )
    expect(json(rejected)).toMatchObject({
      status: 'rejected',
      decisionReason: '初步证据不足以证明侵权',
    })
    expect(
      (await call('compliance01', 'POST', `/disclosures/applications/${app.id}/approve`, {}))
        .status,
    ).toBe(409)
    expect(await ledgerTotal()).toBe(320)
    const pending = json<{ items: DisclosureApplication[] }>(
      await call('compliance01', 'GET', '/disclosures/applications?status=pending'),
    )
    expect(pending.items.map((a) => a.id)).not.toContain(app.id)
  })

  it.each([
    ['no evidence', { evidence: [] }, 'evidence'],
    [
      'an invalid applicant ID number',
      { applicant: { ...applicationInput().applicant, idNumber: '110105194912310021' } },
      'applicant.idNumber',
    ],
    [
      'a short claim',
      { applicant: { ...applicationInput().applicant, claim: '太短' } },
      'applicant.claim',
    ],
    [
      'an evidence file without its fingerprint',
      { evidence: [{ name: 'a.pdf', size: 1, sha256: 'xyz' }] },
      'evidence.0.sha256',
    ],
  ])('refuses an application with %s', async (_name, overrides, field) => {
    const result = await call(
      'compliance01',
      'POST',
      '/disclosures/applications',
      applicationInput(overrides),
    )
    expect(result.status).toBe(400)
    expect(Object.keys(json<{ details: { fields: object } }>(result).details.fields)).toContain(
      field,
    )
  })

  it('is for compliance: agents cannot record or approve', async () => {
    expect(
      (await call('agent01', 'POST', '/disclosures/applications', applicationInput())).status,
    ).toBe(403)
    expect(
      (await call('lead01', 'POST', '/disclosures/applications/A000001/approve', {})).status,
    ).toBe(403)
    expect((await call('admin01', 'GET', '/disclosures/applications')).status).toBe(200)
  })
})

describe('GET /api/users/{userId}/disclosures', () => {
  it('tells the user everything except confidential legal process, each in its corrected form', async () => {
    const backend = await getBackend()
    const records = backend.db.disclosures.all()
    const confidential = records.find((r) => r.basis === 'legal_process' && r.confidential)!
    const userId = confidential.userIds[0]!
    const corrected = records.find((r) => r.corrects !== null)!
    const result = await call('agent01', 'GET', `/users/${userId}/disclosures?requestId=R000001`)
    expect(result.status).toBe(200)
    const statement = json<DisclosureStatement>(result)
    expect(statement.userId).toBe(userId)
    expect(statement.userName).toMatch(/^.\*+$/)
    const seqs = statement.items.map((i) => i.seq)
    expect(seqs).not.toContain(confidential.seq)
    const expected = records
      .filter((r) => r.userIds.includes(userId) && !(r.basis === 'legal_process' && r.confidential))
      .filter((r) => !records.some((c) => c.corrects === r.seq))
    expect([...seqs].sort((a, b) => a - b)).toEqual(
      expected.map((r) => r.seq).sort((a, b) => a - b),
    )
    expect(JSON.stringify(statement)).not.toContain('contact')

    const correctedUser = corrected.userIds[0]!
    const correctedStatement = json<DisclosureStatement>(
      await call('lead01', 'GET', `/users/${correctedUser}/disclosures`),
    )
    const correctedSeqs = correctedStatement.items.map((i) => i.seq)
    if (!(corrected.basis === 'legal_process' && corrected.confidential))
      expect(correctedSeqs).toContain(corrected.seq)
    expect(correctedSeqs).not.toContain(corrected.corrects)
    expect(
      backend.db.auditEvents
        .all()
        .some(
          (e) => e.action === 'user.disclosure_statement' && e.target === `${userId} (R000001)`,
        ),
    ).toBe(true)
  })

  it('answers 404 for an unknown user and 400 for a bad request id', async () => {
    expect((await call('agent01', 'GET', '/users/U999999/disclosures')).status).toBe(404)
    expect((await call('agent01', 'GET', '/users/U000001/disclosures?requestId=nope')).status).toBe(
      400,
    )
  })
})
