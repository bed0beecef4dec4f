import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AuditEvent, DisclosureRecord, Settings } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { failNextAuditAppend } from '../db/chains'
import { resetMockBackend } from '../node'
import { call as send, forgetAllTokens } from '../test-client'
import { call, consentInput, json } from './disclosure-test-api'
import { suiteNow } from '../../src/test/test-clock-install'

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
})

describe('a change and its audit event commit together or not at all', () => {
  it('a settings change whose audit event fails to be written is undone and answers 500', async () => {
    const backend = await getBackend()
    const before = json<Settings>(await call('admin01', 'GET', '/settings'))
    const requestsBefore = structuredClone(backend.db.requests.all())
    const eventsBefore = await events()

    failNextAuditAppend(backend.db)
    const changed = { ...before, cancellationDeadlineDays: before.cancellationDeadlineDays - 2 }
    // The test client that sends If-Match: the settings are written as loaded.
    const result = await send('admin01', 'PUT', '/settings', changed, before.version)

    expect(result.status).toBe(500)
    expect(result.body).toMatchObject({ code: 'INTERNAL', correlationId: expect.any(String) })
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

type Exported = {
  chain: string
  epochs: {
    id: string
    by: string
    reason: string
    replaced: { count: number; headHash: string } | null
  }[]
  checkpoints: {
    id: string
    epoch: string
    count: number
    headHash: string
    by: string
    from: number
    hashes: string[]
  }[]
}

/** Refused attempts are audited one event each: the cheapest way to grow the log from outside. */
async function growAuditLogTo(count: number): Promise<void> {
  while ((await verify('/audit-events/verify')).count < count) {
    expect((await call('agent01', 'GET', '/audit-events')).status).toBe(403)
  }
}

/** Checks every link independently and returns the hashes, seq 1 first. */
async function recomputedHashes(
  records: { seq: number; prevHash: string; hash: string }[],
): Promise<string[]> {
  let prev = '0'.repeat(64)
  const hashes: string[] = []
  for (const [i, record] of records.entries()) {
    expect(record.seq).toBe(i + 1)
    expect(record.prevHash).toBe(prev)
    prev = await sha256(record)
    expect(record.hash).toBe(prev)
    hashes.push(prev)
  }
  return hashes
}

/** What someone with write access to storage does: edit one record, then re-hash to the end. */
async function rewriteFrom<T extends { seq: number; prevHash: string; hash: string }>(
  records: T[],
  seq: number,
  edit: (record: T) => T,
  store: (record: T) => Promise<unknown>,
): Promise<void> {
  let prevHash = records[seq - 2]?.hash ?? '0'.repeat(64)
  for (const record of records.slice(seq - 1)) {
    const rewritten = { ...(record.seq === seq ? edit(record) : record), prevHash }
    const hash = await sha256(rewritten)
    await store({ ...rewritten, hash })
    prevHash = hash
  }
}

describe('both chains are checkpointed automatically, apart from the database', () => {
  it('every 100 audit events, with every hash exported for anchoring elsewhere', async () => {
    await growAuditLogTo(150)
    const all = await events()
    const hashes = await recomputedHashes(all)
    const listed = json<Page<{ count: number; headHash: string; by: string }>>(
      await call('admin01', 'GET', '/audit-events/checkpoints'),
    )
    expect(listed.items).toEqual([
      expect.objectContaining({ count: 100, headHash: hashes[99], by: 'system' }),
    ])

    const exported = json<Exported>(
      await call('compliance01', 'GET', '/audit-events/checkpoints/export'),
    )
    expect(exported.chain).toBe('audit')
    expect(exported.checkpoints).toEqual([
      expect.objectContaining({
        count: 100,
        from: 1,
        headHash: hashes[99],
        hashes: hashes.slice(0, 100),
      }),
    ])
    expect(exported.epochs).toHaveLength(1)
    expect((await call('agent01', 'GET', '/audit-events/checkpoints/export')).status).toBe(403)
    // The witness is no table of the database an attacker with storage access could rewrite.
    const backend = await getBackend()
    expect(Object.keys(backend.db)).not.toContain('checkpoints')
    expect(
      (await events()).some((e) => e.action === 'audit.checkpoints_export' && e.actorId === 'S004'),
    ).toBe(true)
  })

  it('the seeded ledger is vouched for before anyone signs a checkpoint', async () => {
    const ledger = json<Page<DisclosureRecord>>(
      await call('compliance01', 'GET', '/disclosures?sort=seq:asc&pageSize=200'),
    ).items
    const rest = json<Page<DisclosureRecord>>(
      await call('compliance01', 'GET', '/disclosures?sort=seq:asc&pageSize=200&page=2'),
    ).items
    const hashes = await recomputedHashes([...ledger, ...rest])
    const exported = json<Exported>(
      await call('compliance01', 'GET', '/disclosures/checkpoints/export'),
    )
    expect(exported.checkpoints).toEqual([
      expect.objectContaining({ by: 'system', from: 1, count: 320, headHash: hashes[319], hashes }),
    ])
  })

  it('a truncated audit log is caught at the first missing seq', async () => {
    await growAuditLogTo(120)
    const backend = await getBackend()
    const count = backend.db.auditEvents.count()
    for (let seq = 95; seq <= count; seq++) backend.db.auditEvents.delete(seq)
    expect(await verify('/audit-events/verify')).toMatchObject({
      ok: false,
      count: 94,
      firstBrokenSeq: 95,
    })
  })

  it('an audit log re-hashed from an edited event on is caught at that event', async () => {
    await growAuditLogTo(120)
    const backend = await getBackend()
    const all = [...backend.db.auditEvents.all()].sort((a, b) => a.seq - b.seq)
    await rewriteFrom(
      all,
      40,
      (e) => ({ ...e, reason: 'nothing happened' }),
      (e) => backend.db.auditEvents.update(e.seq, (d) => Object.assign(d, e)),
    )
    const verdict = await verify('/audit-events/verify')
    expect(verdict).toMatchObject({ ok: false, firstBrokenSeq: 40 })
    expect(verdict.headHash).toBe(all[38]!.hash)
  })

  it('a ledger re-hashed from an edited record on is caught at that record, with no one having signed', async () => {
    const backend = await getBackend()
    const all = [...backend.db.disclosures.all()].sort((a, b) => a.seq - b.seq)
    await rewriteFrom(
      all,
      7,
      (r) => ({ ...r, purpose: '改写后的目的' }),
      (r) => backend.db.disclosures.update(r.seq, (d) => Object.assign(d, r)),
    )
    expect(await verify('/disclosures/verify')).toMatchObject({
      ok: false,
      count: 320,
      firstBrokenSeq: 7,
    })
  })

  it('at least daily while events come in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(new Date('2026-11-02T09:00:00+08:00'))
      resetMockBackend()
      await growAuditLogTo(5)
      expect(
        json<Page<unknown>>(await call('admin01', 'GET', '/audit-events/checkpoints')).total,
      ).toBe(0)

      // A day later the sessions have expired; signing in again is the next event.
      vi.setSystemTime(new Date('2026-11-03T09:00:01+08:00'))
      forgetAllTokens()
      const all = await events()
      const listed = json<Page<{ count: number; headHash: string; at: string }>>(
        await call('compliance01', 'GET', '/audit-events/checkpoints'),
      )
      // The day's first write is the purge job's (what fell due on the 2nd), which runs before
      // the request that woke it: the checkpoint vouches for everything up to its last purge.
      const purges = all.filter((e) => e.action === 'user.data_purged')
      expect(purges.length).toBeGreaterThan(0)
      const upToJob = all.filter((e) => e.seq <= purges.at(-1)!.seq)
      expect(listed.items).toEqual([
        expect.objectContaining({
          count: upToJob.length,
          headHash: upToJob.at(-1)!.hash,
          at: '2026-11-03T01:00:01.000Z',
        }),
      ])
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('a reset of the demo data cannot erase the audit trail', () => {
  const reset = (body: unknown, key: string | null = crypto.randomUUID(), who = 'admin01') =>
    call(who, 'POST', '/admin/reset', body, key)

  it('is refused without an Idempotency-Key or the typed confirmation, and then changes nothing', async () => {
    const recorded = json<DisclosureRecord>(
      await call('compliance01', 'POST', '/disclosures', consentInput()),
    )
    const before = await events()

    const noKey = await reset({ confirm: 'RESET' }, null)
    expect(noKey.status).toBe(400)
    expect(json(noKey)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REQUIRED' })
    for (const body of [
      {},
      { confirm: 'reset' },
      { confirm: 'yes' },
      { confirm: true },
      { confirm: ' RESET' },
    ]) {
      const refused = await reset(body)
      expect(refused.status, JSON.stringify(body)).toBe(400)
      expect(
        json<{ details: { fields: Record<string, string> } }>(refused).details.fields,
      ).toHaveProperty('confirm')
    }
    expect((await reset({ confirm: 'RESET' }, crypto.randomUUID(), 'compliance01')).status).toBe(
      403,
    )

    expect(json(await call('compliance01', 'GET', `/disclosures/${recorded.seq}`))).toEqual(
      recorded,
    )
    const after = await events()
    expect(after.slice(0, before.length)).toEqual(before)
    expect(
      after
        .slice(before.length)
        .every((e) => e.outcome === 'denied' || e.action === 'session.sign_in'),
    ).toBe(true)
  })

  it('opens the new audit log with who reset it, when, and the head it replaced; the witness keeps the old checkpoints', async () => {
    // Signed in beforehand, so that the sign-in is part of the chain that gets replaced.
    await call('admin01', 'GET', '/settings')
    await growAuditLogTo(105)
    const old = await events()
    const oldHashes = await recomputedHashes(old)
    const ledger = [
      ...json<Page<DisclosureRecord>>(
        await call('compliance01', 'GET', '/disclosures?sort=seq:asc&pageSize=200'),
      ).items,
      ...json<Page<DisclosureRecord>>(
        await call('compliance01', 'GET', '/disclosures?sort=seq:asc&pageSize=200&page=2'),
      ).items,
    ]
    const ledgerHead = (await recomputedHashes(ledger)).at(-1)

    const key = 'reset-with-confirmation'
    // Date is the suite's clock (started at TEST_NOW by the setup): the reset happens in between.
    const startedAt = suiteNow()
    const done = await reset({ confirm: 'RESET' }, key)
    const endedAt = suiteNow()
    expect(done.status).toBe(200)

    const fresh = await events()
    const [first] = fresh
    expect(first).toMatchObject({
      seq: 1,
      prevHash: '0'.repeat(64),
      actorId: 'S005',
      role: 'admin',
      action: 'database.reset',
      outcome: 'success',
    })
    expect(first!.hash).toBe(await sha256(first!))
    expect(first!.reason).toContain(`${old.length} event(s), head ${oldHashes.at(-1)}`)
    expect(first!.reason).toContain(`${ledger.length} record(s), head ${ledgerHead}`)
    expect(Date.parse(first!.at)).toBeGreaterThanOrEqual(startedAt)
    expect(Date.parse(first!.at)).toBeLessThanOrEqual(endedAt)

    // Replaying the request does not reset again.
    expect((await reset({ confirm: 'RESET' }, key)).status).toBe(200)
    expect(await events()).toEqual(fresh)

    const exported = json<Exported>(
      await call('compliance01', 'GET', '/audit-events/checkpoints/export'),
    )
    expect(exported.epochs).toHaveLength(2)
    expect(exported.epochs[1]).toMatchObject({
      by: 'S005',
      replaced: { count: old.length, headHash: oldHashes.at(-1) },
    })
    expect(exported.checkpoints).toEqual([
      expect.objectContaining({
        epoch: exported.epochs[0]!.id,
        count: 100,
        hashes: oldHashes.slice(0, 100),
      }),
    ])
    const ledgerExport = json<Exported>(
      await call('compliance01', 'GET', '/disclosures/checkpoints/export'),
    )
    expect(ledgerExport.epochs[1]).toMatchObject({
      replaced: { count: ledger.length, headHash: ledgerHead },
    })
  })
})
