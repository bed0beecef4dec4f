import type { Settings } from '../../src/shared/api/schemas'
import { WorkingDayCalendar } from '../../src/shared/lib/working-days'
import {
  commitChanges,
  openStorage,
  readChanges,
  writeSnapshot,
  type LogEntry,
  type Meta,
  type SnapshotPart,
  type StoredChanges,
} from './browser-storage'
import { createDatabase, type Database, type TableName } from './database'
import type { SeedOptions } from './seed-options'

/**
 * The mock server process: one in-memory database, replicated through IndexedDB between the
 * tabs of a browser profile: every read and write first applies what other tabs stored. Writes
 * are serialised across tabs with a Web Lock, so a check and the change it guards happen
 * atomically, as in a database transaction.
 */
export interface Backend {
  readonly db: Database
  calendar(): WorkingDayCalendar
  settings(): Settings
  read<T>(work: () => Promise<T>): Promise<T>
  write<T>(work: () => Promise<T>): Promise<T>
  reset(): Promise<void>
  readonly options: Omit<SeedOptions, 'now'>
}

const LOCK = 'mock-privacy-console-write'
const SEED_VERSION = 7

type Persistence = {
  idb: IDBDatabase
  meta: Meta
}

function tableNames(db: Database): TableName[] {
  return Object.keys(db) as TableName[]
}

/** Records per snapshot part: some megabytes of JSON, well under the browser's limit for one value. */
export const PART_SIZE = 5_000

function serialise(db: Database): SnapshotPart[] {
  const parts: SnapshotPart[] = []
  for (const table of tableNames(db)) {
    const values = db[table].all()
    for (let i = 0; i < values.length; i += PART_SIZE)
      parts.push({ table, records: JSON.stringify(values.slice(i, i + PART_SIZE)) })
  }
  return parts
}

/** Applies what another tab or an earlier page load stored (see `Table.load`). */
function apply(db: Database, changes: StoredChanges): void {
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

/** Log entries after which a commit rewrites the snapshot, so that a page load replays few. */
export const COMPACT_AFTER = 1000

export async function createBackend(
  options: Omit<SeedOptions, 'now'>,
  persist: boolean,
): Promise<Backend> {
  const db = createDatabase()
  let calendarCache: WorkingDayCalendar | null = null
  let settingsCache: Settings | null = null
  let tracking = false
  const dirty = new Map<string, { table: TableName; key: unknown }>()

  for (const table of tableNames(db)) {
    db[table].onChange((key) => {
      if (table === 'calendar') calendarCache = null
      if (table === 'settings') settingsCache = null
      if (tracking) dirty.set(`${table}:${String(key)}`, { table, key })
    })
  }

  const seedKey = `${SEED_VERSION}:${options.users}:${options.requests}:${options.disclosures}`
  let persistence: Persistence | null = null

  async function seedFresh(): Promise<void> {
    // The seed and its fake-data generator are most of the mock's code, and a stored database
    // does not need them: they load only when seeding.
    const { seedDatabase } = await import('./seed')
    for (const table of tableNames(db)) db[table].clear()
    await seedDatabase(db, { ...options, now: Date.now() })
    calendarCache = null
    settingsCache = null
  }

  async function withLock<T>(work: () => Promise<T>): Promise<T> {
    if (!persistence) return work()
    return navigator.locks.request(LOCK, work)
  }

  async function catchUp(): Promise<void> {
    if (!persistence) return
    const changes = await readChanges(persistence.idb, persistence.meta)
    if (!changes) return
    apply(db, changes)
    persistence.meta = changes.meta
  }

  async function commit(): Promise<void> {
    if (!persistence || dirty.size === 0) return
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
      await writeSnapshot(persistence.idb, serialise(db), meta)
    } else {
      await commitChanges(persistence.idb, entries, meta)
    }
    persistence.meta = meta
  }

  if (
    persist &&
    typeof indexedDB !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    navigator.locks
  ) {
    const idb = await openStorage()
    persistence = { idb, meta: { seedKey, epoch: '', revision: 0, snapshotRevision: 0 } }
    await navigator.locks.request(LOCK, async () => {
      const stored = await readChanges(idb, null)
      if (stored && stored.meta.seedKey === seedKey) {
        apply(db, stored)
        persistence!.meta = stored.meta
      } else {
        await seedFresh()
        const fresh = { seedKey, epoch: crypto.randomUUID(), revision: 0, snapshotRevision: 0 }
        await writeSnapshot(idb, serialise(db), fresh)
        persistence!.meta = fresh
      }
    })
  } else {
    await seedFresh()
  }

  return {
    db,
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
    write(work) {
      return withLock(async () => {
        await catchUp()
        tracking = true
        try {
          return await work()
        } finally {
          tracking = false
          await commit()
        }
      })
    },
    async reset() {
      await withLock(async () => {
        // Staff stay signed in across a reset of the demo data.
        const sessions = db.sessions.all().map((s) => structuredClone(s))
        await seedFresh()
        db.sessions.load(sessions)
        dirty.clear()
        if (persistence) {
          const fresh = { seedKey, epoch: crypto.randomUUID(), revision: 0, snapshotRevision: 0 }
          await writeSnapshot(persistence.idb, serialise(db), fresh)
          persistence.meta = fresh
        }
      })
    },
  }
}
