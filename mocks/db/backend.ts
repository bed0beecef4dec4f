import type { AuditEvent, Settings } from '../../src/shared/api/schemas'
import { GENESIS_HASH, type ChainLink } from '../../src/shared/lib/hash-chain'
import { shanghaiDate, WorkingDayCalendar } from '../../src/shared/lib/working-days'
import { browserStore } from './browser-storage'
import {
  processLock,
  type BackendStore,
  type LogEntry,
  type Meta,
  type SnapshotPart,
  type StoredChanges,
} from './snapshot-log'
import { appendAuditEvent } from './chains'
import { createDatabase, type Database, type TableName } from './database'
import { purgeJob, purgeJobHasWork } from './retention-purge'
import type { SeedOptions } from './seed-options'
import {
  memoryWitness,
  takeDueCheckpoints,
  type ChainName,
  type Witness,
  type WitnessEpoch,
} from './witness'

/**
 * The mock server process: one in-memory database, persisted to a store (snapshot-log.ts). In
 * the browser the store is IndexedDB, shared by the tabs of a browser profile: every read and
 * write first applies what other tabs stored, and writes are serialised across tabs with a Web
 * Lock, so a check and the change it guards happen atomically, as in a database transaction. The
 * API server keeps the same snapshot and log in files.
 */
export interface Backend {
  readonly db: Database
  /** The checkpoints of both chains, kept apart from `db` (see witness.ts). */
  readonly witness: Witness
  calendar(): WorkingDayCalendar
  settings(): Settings
  read<T>(work: () => Promise<T>): Promise<T>
  write<T>(work: () => Promise<T>): Promise<T>
  /**
   * Puts the demo data back to the seed. The new audit log opens with who reset it, when, and
   * the length and head of the chains it replaced; the witness keeps the old checkpoints.
   */
  reset(by: Actor, now: number): Promise<void>
  /**
   * The jobs a server runs once a day (the retention purge): when the backend starts and, after
   * that, on the first request of each new Asia/Shanghai day, in a transaction of their own.
   */
  runDailyJobs(now: number): Promise<void>
  readonly options: Omit<SeedOptions, 'now'>
}

export interface Actor {
  actorId: string
  role: AuditEvent['role']
}

/**
 * Whether a stored database may be replaced by one seeded at another scale (`?mockScale=`):
 * asked only when there is one to lose.
 */
export type ConfirmReseed = () => boolean

// Bumped whenever the tables change, so that a database stored by an older build is seeded anew.
const SEED_VERSION = 15

type Persistence = {
  store: BackendStore
  meta: Meta
}

/** The two hash chains, for the witness. */
function chainsOf(db: Database): Record<ChainName, readonly ChainLink[]> {
  return { disclosures: db.disclosures.all(), audit: db.auditEvents.all() }
}

/** Each chain's length and head hash: what a reset or a re-seed replaces. */
export function chainHeads(db: Database): NonNullable<WitnessEpoch['replaced']> {
  const head = (records: readonly { seq: number; hash: string }[]) => {
    let last: { seq: number; hash: string } | undefined
    for (const r of records) if (!last || r.seq > last.seq) last = r
    return { count: records.length, headHash: last?.hash ?? GENESIS_HASH }
  }
  return { disclosures: head(db.disclosures.all()), audit: head(db.auditEvents.all()) }
}

function tableNames(db: Database): TableName[] {
  return Object.keys(db) as TableName[]
}

/** Records per snapshot part: some megabytes of JSON, well under the browser's limit for one value. */
export const PART_SIZE = 5_000

/**
 * The snapshot's parts, each made when the store asks for it, so a store that writes them one by
 * one holds one part's JSON at a time: a million requests are about 2 GB of it. The store runs
 * under the backend's lock, so no write changes the tables while it takes the parts.
 */
function* serialise(db: Database): Generator<SnapshotPart> {
  for (const table of tableNames(db)) {
    const values = db[table].all()
    for (let i = 0; i < values.length; i += PART_SIZE)
      yield { table, records: JSON.stringify(values.slice(i, i + PART_SIZE)) }
  }
}

/** Applies what another tab or an earlier page load stored (see `Table.load`). */
function apply(db: Database, changes: Pick<StoredChanges, 'snapshot' | 'log'>): void {
  if (changes.snapshot !== null) {
    for (const table of tableNames(db)) db[table].clear()
    for (const part of changes.snapshot)
      db[part.table as TableName].load(JSON.parse(part.records) as never[])
  }
  for (const entry of changes.log) {
    const table = db[entry.table as TableName]
    if (entry.value === null) table.delete(entry.key as never)
    else table.load([entry.value as never])
  }
}

/**
 * Seeded databases kept by a process that starts many in-memory backends at one scale (the unit
 * tests start one per test file, some one per test): loading a kept one takes a fraction of the
 * time seeding takes. One is taken by a backend started at most `freshForMs` after it was seeded,
 * never before, so that backend reads as one that has been idle since.
 */
export interface SeedImages {
  find(seedKey: string, now: number): SnapshotPart[] | null
  keep(seedKey: string, now: number, image: SnapshotPart[]): void
}

export function seedImages(freshForMs: number): SeedImages {
  const images = new Map<string, { seededAt: number; image: SnapshotPart[] }>()
  return {
    find(seedKey, now) {
      const kept = images.get(seedKey)
      const age = kept ? now - kept.seededAt : -1
      return kept && age >= 0 && age <= freshForMs ? kept.image : null
    },
    keep(seedKey, now, image) {
      images.set(seedKey, { seededAt: now, image })
    },
  }
}

/** Log entries after which a commit rewrites the snapshot, so that a page load replays few. */
export const COMPACT_AFTER = 1000

/**
 * `persist`: false keeps everything in memory (tests); true uses the browser's IndexedDB when
 * there is one; a store (the API server's files) uses that store.
 */
export async function createBackend(
  options: Omit<SeedOptions, 'now'>,
  persist: boolean | BackendStore,
  confirmReseed: ConfirmReseed = () => false,
  seeds?: SeedImages,
): Promise<Backend> {
  const db = createDatabase()
  let calendarCache: WorkingDayCalendar | null = null
  let settingsCache: Settings | null = null
  let tracking = false
  const dirty = new Map<string, { table: TableName; key: unknown; previous: unknown }>()

  for (const table of tableNames(db)) {
    db[table].onChange((key, previous) => {
      if (table === 'calendar') calendarCache = null
      if (table === 'settings') settingsCache = null
      const id = `${table}:${String(key)}`
      // The first change of a record in a transaction keeps what it replaced, for an undo.
      if (tracking && !dirty.has(id)) dirty.set(id, { table, key, previous })
    })
  }

  /** Puts back every record the failed transaction wrote, as it was before. */
  function undo(): void {
    for (const { table, key, previous } of [...dirty.values()].reverse()) {
      if (previous === undefined) db[table].delete(key as never)
      else db[table].load([previous as never])
    }
    dirty.clear()
  }

  const seedKey = `${SEED_VERSION}:${options.users}:${options.requests}:${options.disclosures}`
  let persistence: Persistence | null = null
  // In Node a store of its own per backend process; it survives reset(), as an external one would.
  let witness: Witness = memoryWitness()

  /**
   * Seeds the demo data as a new epoch of both chains. When it replaces a database, the witness
   * and the new audit log's first event both record who replaced it and the heads it had, so a
   * reset can never pass for the chains' beginning.
   */
  // The day the daily jobs last ran in this process; a new process runs them when it starts. A
  // fresh seed has done that day's work itself (it carries out its plans and purges as of `now`).
  let jobsRanOn: string | null = null

  async function seedFresh(
    reason: string,
    replacedBy: (Actor & { action: string }) | null,
    now = Date.now(),
  ): Promise<void> {
    const at = new Date(now).toISOString()
    const replaced = replacedBy ? chainHeads(db) : null
    await witness.addEpoch({
      id: crypto.randomUUID(),
      startedAt: at,
      by: replacedBy?.actorId ?? 'system',
      reason,
      replaced,
    })
    // A reset is asked for by a person at a time of their choosing: only a first seed is shared.
    const image = replacedBy ? null : (seeds?.find(seedKey, now) ?? null)
    if (image) apply(db, { snapshot: image, log: [] })
    else {
      // The seed and its fake-data generator are most of the mock's code, and a stored database
      // does not need them: they load only when seeding.
      const { seedDatabase } = await import('./seed')
      for (const table of tableNames(db)) db[table].clear()
      await seedDatabase(db, { ...options, now })
      if (!replacedBy) seeds?.keep(seedKey, now, [...serialise(db)])
    }
    calendarCache = null
    settingsCache = null
    if (replacedBy && replaced) {
      await appendAuditEvent(db, {
        at,
        actorId: replacedBy.actorId,
        role: replacedBy.role,
        action: replacedBy.action,
        target: 'mock',
        reason:
          `${reason}; replaced audit log: ${replaced.audit.count} event(s), head ${replaced.audit.headHash}; ` +
          `replaced ledger: ${replaced.disclosures.count} record(s), head ${replaced.disclosures.headHash}`,
        outcome: 'success',
      })
    }
    await takeDueCheckpoints(witness, chainsOf(db), now)
    jobsRanOn = shanghaiDate(at)
  }

  // Without a store there is one process: a promise chain serialises the writes, so that one
  // transaction's undo never touches another's changes.
  const localLock = processLock()
  function withLock<T>(work: () => Promise<T>): Promise<T> {
    return persistence ? persistence.store.lock(work) : localLock(work)
  }

  async function catchUp(): Promise<void> {
    if (!persistence) return
    const changes = await persistence.store.readChanges(persistence.meta)
    if (!changes) return
    apply(db, changes)
    persistence.meta = changes.meta
  }

  async function commit(): Promise<void> {
    if (!persistence || dirty.size === 0) {
      dirty.clear()
      return
    }
    const entries: LogEntry[] = []
    let rev = persistence.meta.revision
    for (const { table, key } of dirty.values()) {
      entries.push({
        rev: ++rev,
        table,
        key: key as string | number,
        value: db[table].get(key as never) ?? null,
      })
    }
    dirty.clear()
    const meta = { ...persistence.meta, revision: rev }
    if (rev - meta.snapshotRevision >= COMPACT_AFTER) {
      meta.snapshotRevision = rev
      await persistence.store.writeSnapshot(serialise(db), meta)
    } else {
      await persistence.store.commitChanges(entries, meta)
    }
    persistence.meta = meta
  }

  const store = persist === true ? await browserStore() : persist || undefined
  if (store) {
    persistence = { store, meta: { seedKey, epoch: '', revision: 0, snapshotRevision: 0 } }
    // Opening the witness's own store, taking the lock and reading the database each wait on
    // the browser; one after the other they kept a page's first request waiting 20-250 ms longer.
    const witnessOpened = store.openWitness()
    witnessOpened.catch(() => undefined) // awaited below, once the lock is held
    await store.lock(async () => {
      const [stored, opened] = await Promise.all([store.readChanges(null), witnessOpened])
      witness = opened
      if (stored) apply(db, stored)
      // Another scale replaces the stored database only when asked and confirmed; otherwise
      // the stored one stays, at the scale it was seeded with.
      if (stored && (stored.meta.seedKey === seedKey || !confirmReseed())) {
        persistence!.meta = stored.meta
        // A witness that was cleared (or is new) starts vouching for the chains as they are.
        if ((await witness.read()).epochs.length === 0) {
          await witness.addEpoch({
            id: crypto.randomUUID(),
            startedAt: new Date().toISOString(),
            by: 'system',
            reason: 'witness started on a stored database',
            replaced: null,
          })
        }
      } else {
        if (stored) {
          await seedFresh(`re-seeded with ${seedKey}`, {
            actorId: 'system',
            role: 'anonymous',
            action: 'database.reseeded',
          })
        } else await seedFresh('seeded an empty database', null)
        const fresh = { seedKey, epoch: crypto.randomUUID(), revision: 0, snapshotRevision: 0 }
        await store.writeSnapshot(serialise(db), fresh)
        persistence!.meta = fresh
      }
    })
  } else {
    await seedFresh('seeded an empty database', null)
  }

  const backend: Backend = {
    db,
    get witness() {
      return witness
    },
    options,
    calendar() {
      calendarCache ??= new WorkingDayCalendar(db.calendar.all().filter((y) => y.loaded))
      return calendarCache
    },
    settings() {
      if (!settingsCache) {
        const record = db.settings.get('settings')
        if (!record) throw new Error('settings missing')
        const { id: _id, ...rest } = record
        settingsCache = rest
      }
      return settingsCache
    },
    async read(work) {
      await catchUp()
      return work()
    },
    // A transaction: everything `work` wrote is committed together, or, when it throws, undone
    // together, so a change never outlives the audit event that failed to record it.
    write(work) {
      return withLock(async () => {
        await catchUp()
        tracking = true
        let result: Awaited<ReturnType<typeof work>>
        try {
          result = await work()
          await takeDueCheckpoints(witness, chainsOf(db), Date.now())
        } catch (error) {
          tracking = false
          undo()
          throw error
        }
        tracking = false
        await commit()
        return result
      })
    },
    async reset(by, now) {
      await withLock(async () => {
        await catchUp()
        // Staff stay signed in across a reset of the demo data.
        const sessions = db.sessions.all().map((s) => structuredClone(s))
        await seedFresh('reset', { ...by, action: 'database.reset' }, now)
        db.sessions.load(sessions)
        dirty.clear()
        if (persistence) {
          const fresh = { seedKey, epoch: crypto.randomUUID(), revision: 0, snapshotRevision: 0 }
          await persistence.store.writeSnapshot(serialise(db), fresh)
          persistence.meta = fresh
        }
      })
    },
    runDailyJobs: (now) => runDailyJobs(now, false),
  }

  /**
   * The day's jobs, once per day and process. `fresh`: the state was read under the lock a moment
   * ago, so a day with nothing due needs no write. The job's lock, catch-up and empty commit were,
   * on every start of the in-browser mock, waits on the browser before the first answer (20 to
   * 40 ms in traced cold loads).
   */
  async function runDailyJobs(now: number, fresh: boolean): Promise<void> {
    const today = shanghaiDate(new Date(now).toISOString())
    if (jobsRanOn === today) return
    if (fresh && !purgeJobHasWork(db, now)) {
      jobsRanOn = today
      return
    }
    await backend.write(async () => {
      // Another request of this process may have run them while this one waited for the lock.
      if (jobsRanOn === today) return
      await purgeJob(db, now)
      jobsRanOn = today
    })
  }

  await runDailyJobs(Date.now(), true)
  return backend
}
