import { beforeAll, describe, expect, it } from 'vitest'
import { isFreeText } from '../src/shared/api/free-text'
import type { DisclosureRecord, RequestDetail } from '../src/shared/api/schemas'
import type { DisclosureApplication } from '../src/shared/api/disclosure-schemas'
import { getBackend } from './backend-instance'
import { ROUTES } from './http/route'
import { resetMockBackend } from './node'
import { call } from './test-client'
import './handlers'

// CONTRACT (Personal data masking): free text is stored with phone and ID numbers masked, however
// they were typed. A hostile staff member writes a user's numbers into every text field there is,
// in every form that slipped past a plain digit pattern.

// Body strings that are data rather than prose: identifiers checked against records, the numbers
// a correction or an identity check must see in full (they are masked by their own rules), and
// credentials. Anything else a body takes must be free text; a new field has to choose here.
const STRUCTURED = new Set([
  'POST /requests: userId',
  'PUT /calendar/:year: |0.text',
  'PUT /calendar/:year: |1.holidays{}',
  'PUT /calendar/:year: |1.workdays{}',
  'POST /requests/:id/correction: changes[].value',
  'POST /requests/:id/correction: phoneCode',
  'POST /requests/:id/correction-code: phone',
  'POST /disclosures/applications: applicant.idNumber',
  'POST /requests/:id/identity-checks: subject.idNumber',
  'POST /requests/:id/identity-checks: requesterIdNumber',
  'POST /requests/:id/identity-checks: requesterPhone',
  'POST /incidents/:incidentId/affected-users/import: csv',
  'POST /session: username',
  'POST /session: password',
  'POST /staff: contact',
  'POST /staff-activation: username',
  'POST /staff-activation: code',
  'POST /staff-activation: password',
  'POST /users/:userId/reveal: requestId',
])

type Def = { type: string; [key: string]: unknown }
type Schema = { _zod: { def: Def } }

/** Every string a body schema takes that is neither free text nor of a fixed format. */
function plainStrings(schema: Schema, path: string, out: string[]): void {
  const def = schema._zod.def
  const inner = (s: unknown, p = path) => plainStrings(s as Schema, p, out)
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, Schema>))
        inner(value, path ? `${path}.${key}` : key)
      return
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner(def.innerType)
    case 'array':
      return inner(def.element, `${path}[]`)
    case 'pipe':
      return inner(def.in)
    case 'union':
      return (def.options as Schema[]).forEach((option, i) => inner(option, `${path}|${i}`))
    case 'record':
      return inner(def.valueType, `${path}{}`)
    case 'string': {
      const checks = (def.checks ?? []) as { _zod: { def: { check: string } } }[]
      const formatted =
        def.format !== undefined || checks.some((c) => c._zod.def.check === 'string_format')
      if (!isFreeText(schema) && !formatted) out.push(path)
      return
    }
    case 'enum':
    case 'literal':
    case 'number':
    case 'boolean':
    case 'unknown':
      return
    default:
      out.push(`${path} (${def.type}: unchecked)`)
  }
}

describe('every free-text body field is masked', () => {
  it('no request body takes a string that is neither free text nor listed as structured', () => {
    const unlisted: string[] = []
    for (const route of ROUTES) {
      if (!route.body) continue
      const fields: string[] = []
      plainStrings(route.body as unknown as Schema, '', fields)
      for (const field of fields) {
        const name = `${route.method.toUpperCase()} ${route.path}: ${field}`
        if (!STRUCTURED.has(name)) unlisted.push(name)
      }
    }
    expect(unlisted).toEqual([])
  })
})

// The same two numbers typed four ways; each must be stored as the one masked text below.
const TYPED = {
  ascii: '用户电话13812345678，身份证33010619900101123X',
  fullWidth: '用户电话１３８１２３４５６７８，身份证３３０１０６１９９００１０１１２３Ｘ',
  spaced: '用户电话 138 1234 5678 ，身份证 330106 1990 0101 123X',
  dashed: '用户电话138-1234-5678，身份证330106-19900101-123X',
}
const STORED = {
  ascii: '用户电话138****5678，身份证330106********123X',
  fullWidth: '用户电话138****5678，身份证330106********123X',
  spaced: '用户电话 138****5678 ，身份证 330106********123X',
  dashed: '用户电话138****5678，身份证330106********123X',
}
const FORMS = Object.keys(TYPED) as (keyof typeof TYPED)[]

/** The numbers as digits, whatever width, spacing or dashes they were written with. */
function digitsOf(text: string): string {
  return text.normalize('NFKC').replace(/[\s\-－–—]/g, '')
}

async function tablesJson(): Promise<string> {
  const { db } = await getBackend()
  return JSON.stringify([
    db.requests.all(),
    db.auditEvents.all(),
    db.disclosures.all(),
    db.disclosureApplications.all(),
  ])
}

beforeAll(() => resetMockBackend())

describe('free text is masked at write time, however the numbers are typed', () => {
  it('in notes and decision messages', async () => {
    const { db } = await getBackend()
    const open = db.requests.all().filter((r) => r.status === 'in_review' && r.type === 'copy')
    for (const [i, form] of FORMS.entries()) {
      const request = open[i]!
      const noted = await call<RequestDetail>(
        'lead01',
        'POST',
        `/requests/${request.id}/notes`,
        { text: TYPED[form] },
        request.version,
      )
      expect(noted.status, form).toBe(200)
      expect(noted.body.notes.at(-1)?.text, form).toBe(STORED[form])
      const decided = await call<RequestDetail>(
        'lead01',
        'POST',
        `/requests/${request.id}/decision`,
        { outcome: 'reject', reasonCode: 'identity_failed', message: TYPED[form] },
        noted.body.version,
      )
      expect(decided.status, form).toBe(200)
      expect(decided.body.decision?.message, form).toBe(STORED[form])
      expect(db.requests.get(request.id)?.decision?.message, form).toBe(STORED[form])
    }
  })

  it('in reveal reasons, as the audit log keeps them', async () => {
    const { db } = await getBackend()
    const request = db.requests.all()[0]!
    for (const form of FORMS) {
      const r = await call('agent01', 'POST', `/users/${request.userId}/reveal`, {
        field: 'phone',
        reason: TYPED[form],
        requestId: request.id,
      })
      expect(r.status, form).toBe(200)
      expect(db.auditEvents.all().at(-1), form).toMatchObject({
        action: 'user.reveal.phone',
        reason: STORED[form],
      })
    }
    const log = await call<{ items: { reason: string | null }[] }>(
      'compliance01',
      'GET',
      '/audit-events?pageSize=200&sort=seq:desc',
    )
    expect(log.body.items.map((e) => e.reason)).toEqual(
      expect.arrayContaining(Object.values(STORED)),
    )
  })

  it("in a disclosure's recipient name and a third-party applicant's claim", async () => {
    for (const form of FORMS) {
      const recorded = await call<DisclosureRecord>('compliance01', 'POST', '/disclosures', {
        basis: 'consent',
        userIds: ['U000001'],
        recipient: { name: TYPED[form], type: 'individual', contact: TYPED[form] },
        dataItems: ['name'],
        purpose: TYPED[form],
        disclosedAt: '2026-01-05T10:00:00+08:00',
        consentReference: 'CONSENT-TEST0001',
      })
      expect(recorded.status, form).toBe(201)
      expect(recorded.body.recipient, form).toMatchObject({
        name: STORED[form],
        contact: STORED[form],
      })
      expect(recorded.body.purpose, form).toBe(STORED[form])

      const applied = await call<DisclosureApplication>(
        'compliance01',
        'POST',
        '/disclosures/applications',
        {
          userIds: ['U000002'],
          recipient: { name: TYPED[form], type: 'individual', contact: '电话见申请书' },
          applicant: {
            name: TYPED[form],
            idNumber: '11010519491231002X',
            contact: TYPED[form],
            claim: TYPED[form],
          },
          evidence: [{ name: `${TYPED[form]}.pdf`, size: 1024, sha256: 'a'.repeat(64) }],
          dataItems: ['name'],
          purpose: '申请人提起民事诉讼',
        },
      )
      expect(applied.status, form).toBe(201)
      expect(applied.body.applicant, form).toEqual({
        name: STORED[form],
        idNumber: '110105********002X',
        contact: STORED[form],
        claim: STORED[form],
      })
      expect(applied.body.recipient.name, form).toBe(STORED[form])
      expect(applied.body.evidence[0]?.name, form).toBe(`${STORED[form]}.pdf`)
      const { db } = await getBackend()
      expect(db.auditEvents.all().at(-1), form).toMatchObject({
        action: 'disclosure.application.recorded',
        reason: STORED[form],
      })
    }
  })

  it('nowhere in the stored tables or the CSV exports is any of the numbers left whole', async () => {
    const ledger = await call('compliance01', 'GET', '/disclosures/export.csv')
    expect(ledger.status).toBe(200)
    for (const stored of Object.values(STORED))
      expect(ledger.text).toContain(stored.replaceAll('"', '""'))
    const audit = await call('compliance01', 'GET', '/audit-events/export.csv')
    expect(audit.status).toBe(200)
    for (const text of [ledger.text, audit.text, await tablesJson()]) {
      expect(digitsOf(text)).not.toContain('13812345678')
      expect(digitsOf(text)).not.toContain('33010619900101123X')
    }
  })

  it('keeps text without such numbers exactly as typed', async () => {
    const { db } = await getBackend()
    const request = db.requests.all().find((r) => r.status === 'in_review' && r.type === 'access')!
    const text = '金额 12.50 元，工单 2026-10-08 第 3 次来电（１２３）'
    const noted = await call<RequestDetail>(
      'lead01',
      'POST',
      `/requests/${request.id}/notes`,
      { text },
      request.version,
    )
    expect(noted.body.notes.at(-1)?.text).toBe(text)
  })
})
