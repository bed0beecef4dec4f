import type { Settings } from '../../src/shared/api/schemas'
import { WorkingDayCalendar } from '../../src/shared/lib/working-days'
import {
  commitChanges,
  openStorage,
  readAllRecords,
  readLogAfter,
  readMeta,
  writeSnapshot,
  type LogEntry,
  type Meta,
  type StoredRecord,
} from './browser-storage'
import { createDatabase, type Database, type TableName } from './database'
import { DEFAULT_SEED_OPTIONS, seedDatabase, type SeedOptions } from './seed'

/**
 * The mock server process: one in-memory database, replicated through IndexedDB between the
 * tabs of a browser profile. Writes are serialised across tabs with a Web Lock, so a check and
 * the change it guards happen atomically, as in a database transaction.
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
const CHANNEL = 'mock-privacy-console'
const SEED_VERSION = 6

type Persistence = {
  idb: IDBDatabase
  meta: Meta
  channel: BroadcastChannel
}

function tableNames(db: Database): TableName[] {
  return Object.keys(db) as TableName[]
}

function snapshot(db: Database): { records: StoredRecord[]; keys: string[] } {
  const records: StoredRecord[] = []
  const keys: string[] = []
  for (const table of tableNames(db)) {
    for (const value of db[table].all()) {
      records.push({ table, value: structuredClone(value) })
      keys.push(`${table}:${String(db[table].keyOf(value as never))}`)
    }
  }
  return { records, keys }
}

function load(db: Database, records: StoredRecord[]): void {
  const byTable = new Map<TableName, unknown[]>()
  for (const r of records) {
    const list = byTable.get(r.table as TableName) ?? []
    list.push(r.value)
    byTable.set(r.table as TableName, list)
  }
  for (const table of tableNames(db)) {
    db[table].clear()
    const values = byTable.get(table)
    if (values?.length) db[table].load(values as never[])
  }
}

export async function createBackend(options: Omit<SeedOptions, 'now'>, persist: boolean): Promise<Backend> {
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
    const meta = await readMeta(persistence.idb)
    if (!meta) return
    if (meta.epoch !== persistence.meta.epoch) {
      load(db, await readAllRecords(persistence.idb))
    } else if (meta.revision > persistence.meta.revision) {
      for (const entry of await readLogAfter(persistence.idb, persistence.meta.revision)) {
        const table = db[entry.table as TableName]
        if (entry.value === null) table.delete(entry.key as never)
        else await table.put(entry.value as never)
      }
    }
    persistence.meta = meta
  }

  async function commit(): Promise<void> {
    if (!persistence || dirty.size === 0) return
    const entries: LogEntry[] = []
    let rev = persistence.meta.revision
    for (const { table, key } of dirty.values()) {
      const value = db[table].get(key as never)
      entries.push({ rev: ++rev, table, key: String(key), value: value ? structuredClone(value) : null })
    }
    dirty.clear()
    const meta = { ...persistence.meta, revision: rev }
    await commitChanges(persistence.idb, entries, meta)
    persistence.meta = meta
    persistence.channel.postMessage(rev)
  }

  if (persist && typeof indexedDB !== 'undefined' && typeof navigator !== 'undefined' && navigator.locks) {
    const idb = await openStorage()
    const channel = new BroadcastChannel(CHANNEL)
    persistence = { idb, channel, meta: { seedKey, epoch: '', revision: 0 } }
    await navigator.locks.request(LOCK, async () => {
      const meta = await readMeta(idb)
      if (meta && meta.seedKey === seedKey) {
        load(db, await readAllRecords(idb))
        persistence!.meta = meta
      } else {
        await seedFresh()
        const { records, keys } = snapshot(db)
        const fresh = { seedKey, epoch: crypto.randomUUID(), revision: 0 }
        await writeSnapshot(idb, records, keys, fresh)
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
          const { records, keys } = snapshot(db)
          const fresh = { seedKey, epoch: crypto.randomUUID(), revision: 0 }
          await writeSnapshot(persistence.idb, records, keys, fresh)
          persistence.meta = fresh
          persistence.channel.postMessage(0)
        }
      })
    },
  }
}

export function seedOptionsForScale(scale: number | null): Omit<SeedOptions, 'now'> {
  if (!scale || scale <= DEFAULT_SEED_OPTIONS.requests) return DEFAULT_SEED_OPTIONS
  return { ...DEFAULT_SEED_OPTIONS, requests: scale, users: Math.max(DEFAULT_SEED_OPTIONS.users, Math.round(scale / 10)) }
}
