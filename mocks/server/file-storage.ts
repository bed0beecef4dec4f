import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import {
  processLock,
  type BackendStore,
  type LogEntry,
  type Meta,
  type SnapshotPart,
  type StoredChanges,
} from '../db/snapshot-log'
import type { Witness, WitnessCheckpoint, WitnessEpoch, WitnessState } from '../db/witness'

// The API server's database on disk: the snapshot and change log the browser keeps in IndexedDB
// (snapshot-log.ts), as files in one folder.
//
// - snapshot.jsonl: the meta on its first line, then one line per part, `table<TAB>records`. It
//   is written to a temporary file, flushed and renamed over the old one, so a crash leaves
//   either the old snapshot or the new one, never half of one.
// - log.jsonl: one line per committed transaction, every record it wrote (a change and its audit
//   event together), appended with a single write and flushed before the request is answered. A
//   crash mid-write leaves a last line without its newline: it is dropped on the next start, and
//   with it only the transaction that was in flight, which no one was told had succeeded.
// - witness.jsonl: the checkpoints of both chains, appended the same way, apart from the data.
// - server.lock: the process that owns the folder; a second server on it would interleave logs.

export const SNAPSHOT_FILE = 'snapshot.jsonl'
export const LOG_FILE = 'log.jsonl'
export const WITNESS_FILE = 'witness.jsonl'
export const LOCK_FILE = 'server.lock'

/** One line of the log: one committed transaction. */
interface LogRecord {
  epoch: string
  revision: number
  entries: LogEntry[]
}

type WitnessLine = { epoch: WitnessEpoch } | { checkpoint: WitnessCheckpoint }

export interface FileStore extends BackendStore {
  readonly folder: string
  /** Closes the files and gives the folder up for another server. */
  close(): Promise<void>
}

/**
 * The lines of a file of JSON lines. A last line that is not whole (no newline, or not JSON) was
 * torn by a crash and is left out; `length` is where the whole lines end. A damaged line before
 * the last is not a torn write but a damaged file, which is refused rather than half-read.
 */
export function parseJsonLines<T>(bytes: Buffer, file: string): { items: T[]; length: number } {
  const items: T[] = []
  let start = 0
  let line = 0
  while (start < bytes.length) {
    line++
    const end = bytes.indexOf(0x0a, start)
    if (end < 0) break
    try {
      items.push(JSON.parse(bytes.toString('utf8', start, end)) as T)
    } catch (error) {
      if (end + 1 < bytes.length)
        throw new Error(`${file}: line ${line} is damaged`, { cause: error })
      break
    }
    start = end + 1
  }
  return { items, length: start }
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Reads a JSON-lines file and cuts a torn last line off, so the next append starts a line. */
async function openJsonLines<T>(path: string): Promise<{ handle: FileHandle; items: T[] }> {
  const bytes = (await readIfExists(path)) ?? Buffer.alloc(0)
  const { items, length } = parseJsonLines<T>(bytes, path)
  const handle = await open(path, 'a')
  if (length < bytes.length) {
    await handle.truncate(length)
    await handle.sync()
  }
  return { handle, items }
}

/** Appends one line with one write and flushes it to the disk before returning. */
async function appendLine(handle: FileHandle, value: unknown): Promise<void> {
  const bytes = Buffer.from(`${JSON.stringify(value)}\n`, 'utf8')
  let written = 0
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written)
    written += bytesWritten
  }
  await handle.datasync()
}

/** Makes a rename in the folder durable; not every platform can open a folder for that. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | null = null
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // Windows: renames there are durable without it.
  } finally {
    await handle?.close()
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the folder for this process, unless a live process holds it already. */
async function takeFolder(folder: string): Promise<void> {
  const path = join(folder, LOCK_FILE)
  for (;;) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(String(process.pid))
      await handle.close()
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number((await readIfExists(path))?.toString('utf8'))
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder))
      throw new Error(`${folder} is in use by another API server (process ${holder})`)
    // Left behind by a process that ended without giving the folder up.
    await rm(path, { force: true })
  }
}

async function readSnapshot(path: string): Promise<{ meta: Meta; parts: SnapshotPart[] } | null> {
  const bytes = await readIfExists(path)
  if (!bytes) return null
  let meta: Meta | null = null
  const parts: SnapshotPart[] = []
  let start = 0
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start)
    if (end < 0) end = bytes.length
    const line = bytes.toString('utf8', start, end)
    start = end + 1
    if (meta === null) {
      meta = JSON.parse(line) as Meta
      continue
    }
    const tab = line.indexOf('\t')
    parts.push({ table: line.slice(0, tab), records: line.slice(tab + 1) })
  }
  return meta ? { meta, parts } : null
}

/** Opens (creating it when needed) the data folder of an API server. */
export async function openFileStore(folder: string): Promise<FileStore> {
  await mkdir(folder, { recursive: true })
  await takeFolder(folder)
  const snapshotPath = join(folder, SNAPSHOT_FILE)
  let log: Awaited<ReturnType<typeof openJsonLines<LogRecord>>>
  let witnessFile: Awaited<ReturnType<typeof openJsonLines<WitnessLine>>>
  try {
    log = await openJsonLines<LogRecord>(join(folder, LOG_FILE))
    witnessFile = await openJsonLines<WitnessLine>(join(folder, WITNESS_FILE))
  } catch (error) {
    await rm(join(folder, LOCK_FILE), { force: true })
    throw error
  }
  const witnessState: WitnessState = { epochs: [], checkpoints: [] }
  for (const line of witnessFile.items) {
    if ('epoch' in line) witnessState.epochs.push(line.epoch)
    else witnessState.checkpoints.push(line.checkpoint)
  }
  // The log as read at start; later reads find everything in memory already.
  let startLog: LogRecord[] | null = log.items
  let current: Meta | null = null

  async function readAll(): Promise<StoredChanges | undefined> {
    const snapshot = await readSnapshot(snapshotPath)
    const logPath = join(folder, LOG_FILE)
    const records = startLog ?? parseJsonLines<LogRecord>(await readFile(logPath), logPath).items
    startLog = null
    if (!snapshot) return undefined
    // Records the snapshot already holds (a crash between writing it and emptying the log) or
    // of an epoch it replaced are skipped.
    const newer = records.filter(
      (r) => r.epoch === snapshot.meta.epoch && r.revision > snapshot.meta.snapshotRevision,
    )
    const meta = { ...snapshot.meta, revision: newer.at(-1)?.revision ?? snapshot.meta.revision }
    return { meta, snapshot: snapshot.parts, log: newer.flatMap((r) => r.entries) }
  }

  const witness: Witness = {
    async read() {
      return structuredClone(witnessState)
    },
    async addEpoch(epoch) {
      await appendLine(witnessFile.handle, { epoch })
      witnessState.epochs.push(structuredClone(epoch))
    },
    async addCheckpoint(checkpoint) {
      await appendLine(witnessFile.handle, { checkpoint })
      witnessState.checkpoints.push(structuredClone(checkpoint))
    },
  }

  return {
    folder,
    // One server process owns the folder: its writers only need to take turns.
    lock: processLock(),
    async readChanges(known) {
      if (known && current && known.epoch === current.epoch && known.revision === current.revision)
        return { meta: current, snapshot: null, log: [] }
      const stored = await readAll()
      if (stored) current = stored.meta
      return stored
    },
    async writeSnapshot(snapshot, meta) {
      const temporary = `${snapshotPath}.tmp`
      const handle = await open(temporary, 'w')
      try {
        await handle.write(`${JSON.stringify(meta)}\n`)
        for (const part of snapshot) await handle.write(`${part.table}\t${part.records}\n`)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temporary, snapshotPath)
      await syncFolder(folder)
      // The snapshot holds everything the log did. A crash before this leaves records that the
      // next start skips by their revision and epoch.
      await log.handle.truncate(0)
      await log.handle.sync()
      current = meta
    },
    async commitChanges(entries, meta) {
      await appendLine(log.handle, { epoch: meta.epoch, revision: meta.revision, entries })
      current = meta
    },
    openWitness: async () => witness,
    async close() {
      await log.handle.close()
      await witnessFile.handle.close()
      await rm(join(folder, LOCK_FILE), { force: true })
    },
  }
}
