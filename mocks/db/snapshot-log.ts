import type { Witness } from './witness'

// How a persisted mock backend keeps its database, wherever it keeps it: a JSON snapshot of
// every table plus a log of the changes committed since. The browser keeps it in IndexedDB
// (browser-storage.ts), the API server in files (mocks/server/file-storage.ts); both store these
// same records, and backend.ts writes and replays them the same way for either.

/** A part of the snapshot: some of one table's records, as `JSON.stringify` wrote them. */
export interface SnapshotPart {
  table: string
  records: string
}

/** One record written (`value`) or deleted (`value: null`) by a committed transaction. */
export interface LogEntry {
  rev: number
  table: string
  key: string | number
  value: unknown | null
}

export interface Meta {
  seedKey: string
  epoch: string
  revision: number
  /** The revision the snapshot holds; the log holds only the entries after it. */
  snapshotRevision: number
}

/** What a backend has to apply to catch up: the whole state (`snapshot` set) or only the newer log. */
export interface StoredChanges {
  meta: Meta
  snapshot: SnapshotPart[] | null
  log: LogEntry[]
}

/** Where a persisted backend keeps its snapshot, its log and its witness. */
export interface BackendStore {
  /** Serialises the writers that share the store, so a check and its change happen atomically. */
  lock<T>(work: () => Promise<T>): Promise<T>
  /** What changed since `known` (null: everything), or undefined when nothing is stored yet. */
  readChanges(known: Meta | null): Promise<StoredChanges | undefined>
  /** Replaces the snapshot and drops the log up to it; takes the parts one at a time, in order. */
  writeSnapshot(snapshot: Iterable<SnapshotPart>, meta: Meta): Promise<void>
  /** One committed transaction: all of its entries and the new revision, or nothing. */
  commitChanges(entries: LogEntry[], meta: Meta): Promise<void>
  /** The checkpoints' own store, kept apart from the database (see witness.ts). */
  openWitness(): Promise<Witness>
}

/** A lock for writers within one process: a promise chain that runs them one at a time. */
export function processLock(): BackendStore['lock'] {
  let tail: Promise<unknown> = Promise.resolve()
  return (work) => {
    const run = tail.then(work, work)
    tail = run.catch(() => undefined)
    return run
  }
}
