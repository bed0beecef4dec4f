// IndexedDB persistence of the mock backend, shared by every tab of the browser profile so that
// two tabs signed in as two staff members see one backend, as they would a real server.
// Everything lives under names starting with `mock` (CONTRACT: only the mock may persist).

export const MOCK_DB_NAME = 'mock-privacy-console'
const VERSION = 1

export interface StoredRecord {
  table: string
  value: unknown
}

export interface LogEntry {
  rev: number
  table: string
  key: string
  value: unknown | null
}

export interface Meta {
  seedKey: string
  epoch: string
  revision: number
}

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
    const idb = request.result
    idb.createObjectStore('records')
    idb.createObjectStore('log', { keyPath: 'rev' })
    idb.createObjectStore('meta')
  }
  return promisify(request)
}

export async function readMeta(idb: IDBDatabase): Promise<Meta | undefined> {
  const tx = idb.transaction('meta', 'readonly')
  return promisify(tx.objectStore('meta').get('meta') as IDBRequest<Meta | undefined>)
}

export async function readAllRecords(idb: IDBDatabase): Promise<StoredRecord[]> {
  const tx = idb.transaction('records', 'readonly')
  return promisify(tx.objectStore('records').getAll() as IDBRequest<StoredRecord[]>)
}

export async function readLogAfter(idb: IDBDatabase, revision: number): Promise<LogEntry[]> {
  const tx = idb.transaction('log', 'readonly')
  const range = IDBKeyRange.lowerBound(revision, true)
  return promisify(tx.objectStore('log').getAll(range) as IDBRequest<LogEntry[]>)
}

/** Replaces everything: used after seeding and after an admin reset. */
export async function writeSnapshot(idb: IDBDatabase, records: StoredRecord[], keys: string[], meta: Meta): Promise<void> {
  const tx = idb.transaction(['records', 'log', 'meta'], 'readwrite')
  const store = tx.objectStore('records')
  store.clear()
  tx.objectStore('log').clear()
  records.forEach((record, i) => store.put(record, keys[i]))
  tx.objectStore('meta').put(meta, 'meta')
  await done(tx)
}

/** One atomic commit of a request's changes: the records, their log entries and the new revision. */
export async function commitChanges(idb: IDBDatabase, entries: LogEntry[], meta: Meta): Promise<void> {
  const tx = idb.transaction(['records', 'log', 'meta'], 'readwrite')
  const records = tx.objectStore('records')
  const log = tx.objectStore('log')
  for (const entry of entries) {
    const id = `${entry.table}:${entry.key}`
    if (entry.value === null) records.delete(id)
    else records.put({ table: entry.table, value: entry.value } satisfies StoredRecord, id)
    log.put(entry)
  }
  tx.objectStore('meta').put(meta, 'meta')
  await done(tx)
}
