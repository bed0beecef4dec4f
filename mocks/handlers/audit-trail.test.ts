import { beforeEach, describe, expect, it } from 'vitest'
import type { AuditEvent, DisclosureRecord, Settings } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { failNextAuditAppend } from '../db/chains'
import { resetMockBackend } from '../node'
import { call, consentInput, forgetTokens, json } from './disclosure-test-api'

// The audit trail as a hostile admin would attack it: each test tries to make a change that the
// log does not show, or a log that no longer shows what happened, and checks that it fails.
// Expected hashes are computed here, with the platform's WebCrypto over JSON canonicalised here,
// never with the project's own hash code.

type Page<T> = { items: T[]; total: number }
type Verdict = { ok: boolean; count: number; firstBrokenSeq: number | null; headHash: string }

/** JSON with every object's keys sorted and no white space, written out independently. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined,
    )
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

async function sha256(record: object): Promise<string> {
  const { hash: _hash, ...rest } = record as Record<string, unknown>
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(rest)))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function events(): Promise<AuditEvent[]> {
  const page = json<Page<AuditEvent>>(
    await call('compliance01', 'GET', '/audit-events?sort=seq:asc&pageSize=200'),
  )
  expect(page.total).toBeLessThanOrEqual(200)
  return page.items
}

const verify = async (path: string) => json<Verdict>(await call('compliance01', 'GET', path))

beforeEach(() => {
  resetMockBackend()
  forgetTokens()
})

describe('a change and its audit event commit together or not at all', () => {
  it('a settings change whose audit event fails to be written is undone and answers 500', async () => {
    const backend = await getBackend()
    const before = json<Settings>(await call('admin01', 'GET', '/settings'))
    const requestsBefore = structuredClone(backend.db.requests.all())
    const eventsBefore = await events()

    failNextAuditAppend(backend.db)
    const changed = { ...before, cancellationDeadlineDays: before.cancellationDeadlineDays + 2 }
    const result = await call('admin01', 'PUT', '/settings', changed)

    expect(result.status).toBe(500)
    expect(json(result)).toMatchObject({ code: 'INTERNAL', correlationId: expect.any(String) })
    expect(json<Settings>(await call('admin01', 'GET', '/settings'))).toEqual(before)
    // The deadlines the new setting moved are back too: nothing of the request survived.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
    expect([...backend.db.requests.all()].sort(byId)).toEqual(requestsBefore.sort(byId))
    const after = await events()
    expect(after.filter((e) => e.action === 'settings.updated')).toEqual([])
    expect(after.slice(0, eventsBefore.length)).toEqual(eventsBefore)
    expect(await verify('/audit-events/verify')).toMatchObject({ ok: true, firstBrokenSeq: null })
  })

  it('a disclosure whose audit event fails is not on the ledger, and the same key can try again', async () => {
    const backend = await getBackend()
    const ledgerBefore = await verify('/disclosures/verify')
    failNextAuditAppend(backend.db)
    const key = 'disclosure-with-failing-audit'
    const failed = await call('compliance01', 'POST', '/disclosures', consentInput(), key)
    expect(failed.status).toBe(500)
    expect(await verify('/disclosures/verify')).toEqual(ledgerBefore)
    expect(backend.db.disclosures.count()).toBe(ledgerBefore.count)
    expect((await events()).some((e) => e.action === 'disclosure.recorded')).toBe(false)

    const retried = await call('compliance01', 'POST', '/disclosures', consentInput(), key)
    expect(retried.status).toBe(201)
    const record = json<DisclosureRecord>(retried)
    expect(record).toMatchObject({ seq: ledgerBefore.count + 1, prevHash: ledgerBefore.headHash })
    expect(record.hash).toBe(await sha256(record))
    const recorded = (await events()).filter((e) => e.action === 'disclosure.recorded')
    expect(recorded).toEqual([
      expect.objectContaining({ target: record.id, actorId: 'S004', outcome: 'success' }),
    ])
  })
})

describe('nothing append-only can be rewritten or removed', () => {
  const paths = [
    '/audit-events',
    '/audit-events/1',
    '/audit-events/verify',
    '/audit-events/checkpoints',
    '/audit-events/checkpoints/ACP00001',
    '/disclosures',
    '/disclosures/1',
    '/disclosures/D000001',
    '/disclosures/checkpoints',
    '/disclosures/checkpoints/DCP00001',
  ]

  it.each(['PUT', 'PATCH', 'DELETE'])(
    '%s answers 405 to every role and is audited as denied',
    async (method) => {
      const ledger = await verify('/disclosures/verify')
      const first = json<DisclosureRecord>(await call('compliance01', 'GET', '/disclosures/1'))
      const before = await events()
      for (const who of ['admin01', 'compliance01']) {
        for (const path of paths) {
          const result = await call(who, method, path, { reason: 'tidied up', outcome: 'success' })
          expect(result.status, `${who} ${method} ${path}`).toBe(405)
          expect(json(result)).toMatchObject({
            code: 'METHOD_NOT_ALLOWED',
            correlationId: expect.any(String),
          })
        }
      }
      const after = await events()
      // Nothing that was there changed; only the refusals were added, one per attempt.
      expect(after.slice(0, before.length)).toEqual(before)
      const refusals = after
        .slice(before.length)
        .filter((e) => e.outcome === 'denied' && e.target.startsWith('/api/'))
      expect(refusals.map((e) => `${e.actorId} ${e.target}`)).toEqual(
        ['S005', 'S004'].flatMap((actor) => paths.map((path) => `${actor} /api${path}`)),
      )
      expect(json(await call('compliance01', 'GET', '/disclosures/1'))).toEqual(first)
      expect(await verify('/disclosures/verify')).toEqual(ledger)
      expect(await verify('/audit-events/verify')).toMatchObject({ ok: true })
    },
  )
})
