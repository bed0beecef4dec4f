import { beforeAll, describe, expect, it } from 'vitest'
import type { Page, RequestDetail, RequestListItem } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call, intake } from '../test-client'

// A hostile staff member's attempt to unmask ID numbers: the 8 hidden digits of a masked ID
// number are a birth date, so any date-like value next to it in what the server answers about
// the same user may fill them. Every combination is tried and must rebuild nothing.

const MASKED_ID = /(?<![\dX*])(\d{6})\*{8}(\d{3}[\dX])(?![\dX*])/g
const DASHED_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g
const COMPACT_DATE = /(?<!\d)(\d{8})(?!\d)/g

// GB 11643 / ISO 7064 MOD 11-2, written out here so the test does not lean on the code it checks.
function checksumOk(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i]!
  return '10X98765432'[sum % 11] === id[17]
}

interface Seen {
  masked: Set<string>
  dates: Set<string>
}
const byUser = new Map<string, Seen>()
const byDocument: Seen[] = []
let fetched = 0

function seen(into: Seen, text: string): void {
  for (const m of text.matchAll(MASKED_ID)) into.masked.add(`${m[1]}|${m[2]}`)
  for (const m of text.matchAll(DASHED_DATE)) into.dates.add(`${m[1]}${m[2]}${m[3]}`)
  for (const m of text.matchAll(COMPACT_DATE)) into.dates.add(m[1]!)
}

function userSeen(userId: string): Seen {
  let s = byUser.get(userId)
  if (!s) byUser.set(userId, (s = { masked: new Set(), dates: new Set() }))
  return s
}

// Whatever an object holding a user id carries, down to its leaves, is about that user.
function attribute(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(attribute)
  if (value === null || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  const users = [
    ...(typeof record.userId === 'string' ? [record.userId] : []),
    ...(Array.isArray(record.userIds)
      ? record.userIds.filter((u): u is string => typeof u === 'string')
      : []),
    ...(typeof record.id === 'string' && /^U\d{6}$/.test(record.id) ? [record.id] : []),
  ]
  const text = JSON.stringify(record)
  for (const u of users) seen(userSeen(u), text)
  Object.values(record).forEach(attribute)
}

/** Fetches as `who`, and files what came back under the document and each user it is about. */
async function crawl<T>(who: string, path: string, aboutUser?: string): Promise<T> {
  const r = await call<T>(who, 'GET', path)
  expect(r.status, path).toBe(200)
  fetched++
  const doc: Seen = { masked: new Set(), dates: new Set() }
  seen(doc, r.text)
  byDocument.push(doc)
  if (aboutUser) seen(userSeen(aboutUser), r.text)
  if (r.body) attribute(r.body)
  return r.body
}

function rebuilt(groups: Iterable<Seen>, known: Set<string>): string[] {
  const found = new Set<string>()
  for (const { masked, dates } of groups) {
    for (const m of masked) {
      const [head, tail] = m.split('|') as [string, string]
      for (const date of dates) {
        const candidate = head + date + tail
        if (checksumOk(candidate) && known.has(candidate)) found.add(candidate)
      }
    }
  }
  return [...found]
}

beforeAll(() => resetMockBackend())

describe('masked ID numbers cannot be rebuilt from the responses beside them', () => {
  it('no date in any staff-facing response fills the hidden digits of a masked ID number', async () => {
    const { db } = await getBackend()

    // Leave the traces a day's work leaves: a real-name check with the full number typed in,
    // a guardian's own number checked for a minor.
    const adult = db.users
      .all()
      .find(
        (u) => !u.guardian && !u.deceased && u.birthDate !== null && u.birthDate < '2000-01-01',
      )!
    const self = await intake(adult.id)
    const checked = await call(
      'agent01',
      'POST',
      `/requests/${self.id}/identity-checks`,
      {
        method: 'real_name',
        evidence: ['real_name'],
        outcome: 'pass',
        subject: { name: adult.name, idNumber: adult.idNumber },
      },
      self.version,
    )
    expect(checked.status).toBe(200)
    const minor = db.users.all().find((u) => u.guardian && !u.deceased)!
    const forMinor = await intake(minor.id, { type: 'access', requesterType: 'guardian' })
    const guardianChecked = await call(
      'agent01',
      'POST',
      `/requests/${forMinor.id}/identity-checks`,
      {
        method: 'real_name',
        evidence: ['requester_id'],
        outcome: 'need_more',
        reason: '请补充监护关系证明',
        requesterIdNumber: minor.guardian!.idNumber,
      },
      forMinor.version,
    )
    expect(guardianChecked.status).toBe(200)

    // Users: the list, and for some of them every page about them.
    const users = await crawl<Page<{ id: string }>>('agent01', '/users?pageSize=200')
    for (const u of [...users.items.slice(0, 25), { id: adult.id }, { id: minor.id }]) {
      await crawl('agent01', `/users/${u.id}`, u.id)
      await crawl('agent01', `/users/${u.id}/disclosures`, u.id)
    }

    // Requests: the queue, and the detail and per-type views of a sample of every type.
    const requests = await crawl<Page<RequestListItem>>('agent01', '/requests?pageSize=200')
    const sample = [
      ...requests.items.slice(0, 30),
      { id: self.id, type: 'copy' },
      { id: forMinor.id, type: 'access' },
    ]
    for (const r of sample) {
      const detail = await crawl<RequestDetail>('agent01', `/requests/${r.id}`)
      if (detail.type === 'copy')
        await crawl('agent01', `/requests/${r.id}/copy-package`, detail.userId)
      if (detail.type === 'cancellation')
        await crawl('lead01', `/requests/${r.id}/cancellation-checklist`, detail.userId)
      if (detail.type === 'consent_withdrawal')
        await crawl('agent01', `/requests/${r.id}/consents`, detail.userId)
    }
    await crawl('lead01', '/cancellations?pageSize=200')

    // The ledger, the audit log and their exports; incidents and the users they touched.
    await crawl('compliance01', '/disclosures?pageSize=200')
    await crawl('compliance01', '/disclosures/export.csv')
    await crawl('compliance01', '/disclosures/applications?pageSize=200')
    await crawl('compliance01', '/audit-events?pageSize=200')
    await crawl('compliance01', '/audit-events/export.csv')
    const incidents = await crawl<Page<{ id: string }>>('compliance01', '/incidents?pageSize=200')
    for (const incident of incidents.items.slice(0, 3)) {
      await crawl('compliance01', `/incidents/${incident.id}`)
      await crawl('compliance01', `/incidents/${incident.id}/affected-users?pageSize=200`)
    }

    const known = new Set(
      db.users
        .all()
        .flatMap((u) => [
          ...(u.idNumber ? [u.idNumber] : []),
          ...(u.guardian ? [u.guardian.idNumber] : []),
        ]),
    )
    const maskedSeen = new Set([...byUser.values()].flatMap((s) => [...s.masked]))
    // The crawl must have seen what it tries to rebuild, or passing would prove nothing.
    expect(fetched).toBeGreaterThan(100)
    expect(maskedSeen.size).toBeGreaterThanOrEqual(200)
    expect([...byUser.values()].some((s) => s.dates.size > 0)).toBe(true)

    expect(rebuilt(byUser.values(), known)).toEqual([])
    expect(rebuilt(byDocument, known)).toEqual([])
  })
})

describe('the birth date is revealed like the other masked fields', () => {
  it('staff see an age group; the birth date comes only from an audited reveal with a reason', async () => {
    const { db } = await getBackend()
    const minor = db.users.all().find((u) => u.guardian && !u.deceased)!
    const user = await call<Record<string, unknown>>('agent01', 'GET', `/users/${minor.id}`)
    expect(user.body).not.toHaveProperty('birthDate')
    expect(user.body.ageGroup).toBe('minor')
    const request =
      db.requests.all().find((r) => r.userId === minor.id)?.id ?? db.requests.all()[0]!.id

    const short = await call('agent01', 'POST', `/users/${minor.id}/reveal`, {
      field: 'birthDate',
      reason: '核对',
      requestId: request,
    })
    expect(short.status).toBe(400)
    const r = await call<{ value: string }>('agent01', 'POST', `/users/${minor.id}/reveal`, {
      field: 'birthDate',
      reason: '核对监护人代办资格',
      requestId: request,
    })
    expect(r.status).toBe(200)
    expect(r.body.value).toBe(minor.birthDate)
    const event = db.auditEvents.all().at(-1)!
    expect(event).toMatchObject({ action: 'user.reveal.birthDate', reason: '核对监护人代办资格' })
    expect(JSON.stringify(event)).not.toContain(minor.birthDate)
  })
})
