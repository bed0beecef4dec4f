import type { AuditEvent, DisclosureRecord } from '../../src/shared/api/schemas'
import { GENESIS_HASH, hashRecord } from '../../src/shared/lib/hash-chain'
import type { Database } from './database'

type Unhashed<T> = Omit<T, 'seq' | 'prevHash' | 'hash'>

// Appends must not interleave: each record's prevHash is the hash of the one before it.
let queue: Promise<unknown> = Promise.resolve()
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}

function head<T extends { seq: number; hash: string }>(
  records: T[],
): { seq: number; hash: string } {
  let last: T | undefined
  for (const r of records) if (!last || r.seq > last.seq) last = r
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH }
}

export function appendDisclosure(
  db: Database,
  record: Unhashed<DisclosureRecord>,
): Promise<DisclosureRecord> {
  return serialised(async () => {
    const prev = head(db.disclosures.all())
    const unhashed = { ...record, seq: prev.seq + 1, prevHash: prev.hash }
    const full = { ...unhashed, hash: await hashRecord(unhashed) }
    return db.disclosures.insert(full)
  })
}

// A seam for the tests: the audit log's store failing (a full disk, a lost connection) is
// otherwise impossible to bring about in memory.
const failing = new WeakSet<Database>()

/** Makes the next audit append on `db` throw, as a store that fails would. */
export function failNextAuditAppend(db: Database): void {
  failing.add(db)
}

export function appendAuditEvent(db: Database, event: Unhashed<AuditEvent>): Promise<AuditEvent> {
  return serialised(async () => {
    if (failing.delete(db)) throw new Error('The audit log could not be written')
    const prev = head(db.auditEvents.all())
    const unhashed = { ...event, seq: prev.seq + 1, prevHash: prev.hash }
    const full = { ...unhashed, hash: await hashRecord(unhashed) }
    return db.auditEvents.insert(full)
  })
}
