// IndexedDB persistence of the mock backend, shared by every tab of the browser profile so that
// two tabs signed in as two staff members see one backend, as they would a real server.
// Everything lives under names starting with `mock` (CONTRACT: only the mock may persist).
//
// The database is kept as a JSON snapshot of every table plus a log of the changes written
// since. Reading a few strings and parsing them is several times faster than reading and cloning
// thousands of separate records, and the mock has to do it before it can answer its first request
// each time the browser starts its service worker. The snapshot is cut into parts, so that no one
// string or stored value holds all of 100,000 requests (some hundreds of MB of JSON).
//
// Each part is stored as a Blob of ASCII text (the JSON with every other character escaped), not
// as a string. Chromium hands a large string value back by rebuilding it on the reading thread:
// the demo's 16 MB took 250–270 ms to read that way on an idle page, and as Blobs about 100 ms,
// mostly off that thread. ASCII text takes the decoder's fast path: the same JSON as UTF-8, with
// its Chinese, took 150–200 ms to decode against 80 ms. Escaping costs each snapshot write 70–90 ms
// for the demo's data, and a snapshot is read at every start but written far more rarely.

import type { BackendStore, LogEntry, Meta, SnapshotPart, StoredChanges } from './snapshot-log'
import { indexedDbWitness } from './witness'

export const MOCK_DB_NAME = 'mock-privacy-console'
const VERSION = 3
const LOCK = 'mock-privacy-console-write'

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })
}

export async function openStorage(): Promise<IDBDatabase> {
  const request = indexedDB.open(MOCK_DB_NAME, VERSION)
  request.onupgradeneeded = () => {
    // An older layout is dropped: the backend then seeds afresh, as after a reset.
    const idb = request.result
    for (const name of Array.from(idb.objectStoreNames)) idb.deleteObjectStore(name)
    idb.createObjectStore('snapshot', { autoIncrement: true })
    idb.createObjectStore('log', { keyPath: 'rev' })
    idb.createObjectStore('meta')
  }
  return promisify(request)
}

/**
 * What changed since the state a tab holds (`known`; null when it holds nothing), read in one
 * transaction so that the snapshot, the log and the revision agree. A tab gets the whole state
 * when it holds another epoch (a reset) or a revision the log no longer reaches.
 */
export async function readChanges(
  idb: IDBDatabase,
  known: Meta | null,
): Promise<StoredChanges | undefined> {
  const tx = idb.transaction(['meta', 'snapshot', 'log'], 'readonly')
  const meta = await promisify(tx.objectStore('meta').get('meta') as IDBRequest<Meta | undefined>)
  if (!meta) return undefined
  const whole = !known || known.epoch !== meta.epoch || known.revision < meta.snapshotRevision
  if (!whole && known.revision === meta.revision) return { meta, snapshot: null, log: [] }
  const [stored, log] = await Promise.all([
    whole ? promisify(tx.objectStore('snapshot').getAll() as IDBRequest<StoredPart[]>) : null,
    promisify(
      tx
        .objectStore('log')
        .getAll(
          IDBKeyRange.lowerBound(whole ? meta.snapshotRevision : known.revision, true),
        ) as IDBRequest<LogEntry[]>,
    ),
  ])
  // A Blob read from the database stays readable after its transaction ends, even if a writer
  // replaces the snapshot meanwhile.
  const snapshot =
    stored &&
    (await Promise.all(
      stored.map(async ({ table, records }) => ({ table, records: await records.text() })),
    ))
  return { meta, snapshot, log }
}

/** A snapshot part as the database holds it (see the top of this file). */
interface StoredPart {
  table: string
  records: Blob
}

function storedPart({ table, records }: SnapshotPart): StoredPart {
  const ascii = records.replace(
    /[^\0-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return { table, records: new Blob([ascii], { type: 'application/json' }) }
}

/**
 * Replaces the snapshot and drops the log up to it: after seeding, after an admin reset, and
 * when the log has grown long enough that replaying it would slow every start of the backend.
 */
export async function writeSnapshot(
  idb: IDBDatabase,
  snapshot: Iterable<SnapshotPart>,
  meta: Meta,
): Promise<void> {
  const tx = idb.transaction(['snapshot', 'log', 'meta'], 'readwrite')
  const parts = tx.objectStore('snapshot')
  parts.clear()
  for (const part of snapshot) parts.add(storedPart(part))
  // Writers hold the backend's lock, so no entry newer than the snapshot can exist.
  tx.objectStore('log').clear()
  tx.objectStore('meta').put(meta, 'meta')
  await done(tx)
}

/**
 * A value of the mock's own kept beside the database (its `meta` store, under `key`), for what
 * outlives the service worker that holds the backend but is not the API's data.
 */
export function storedValue(key: string): { load(): Promise<unknown>; save(value: unknown): void } {
  const idb = openStorage()
  return {
    load: async () => promisify((await idb).transaction('meta').objectStore('meta').get(key)),
    save: (value) =>
      void idb.then((db) =>
        db.transaction('meta', 'readwrite').objectStore('meta').put(value, key),
      ),
  }
}

/** One atomic commit of a request's changes: their log entries and the new revision. */
export async function commitChanges(
  idb: IDBDatabase,
  entries: LogEntry[],
  meta: Meta,
): Promise<void> {
  const tx = idb.transaction(['log', 'meta'], 'readwrite')
  const log = tx.objectStore('log')
  for (const entry of entries) log.put(entry)
  tx.objectStore('meta').put(meta, 'meta')
  await done(tx)
}

/**
 * The store every tab of the browser profile shares; writes are serialised across the tabs with
 * a Web Lock. Undefined where there is no IndexedDB or no Web Locks (Node without a polyfill).
 */
export async function browserStore(): Promise<BackendStore | undefined> {
  if (typeof indexedDB === 'undefined' || typeof navigator === 'undefined' || !navigator.locks)
    return undefined
  const idb = await openStorage()
  return {
    async lock(work) {
      return navigator.locks.request(LOCK, work)
    },
    readChanges: (known) => readChanges(idb, known),
    writeSnapshot: (snapshot, meta) => writeSnapshot(idb, snapshot, meta),
    commitChanges: (entries, meta) => commitChanges(idb, entries, meta),
    openWitness: indexedDbWitness,
  }
}
