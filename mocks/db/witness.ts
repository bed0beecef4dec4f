import type { ChainCheckpointDto } from '../../src/shared/api/schemas'
import { GENESIS_HASH, verifyChain, type ChainLink } from '../../src/shared/lib/hash-chain'

// The witness stands in for an external notary: it keeps the checkpoints of both hash chains
// apart from the database they vouch for, so that whoever can rewrite, truncate or reset the
// database still cannot make the witness forget what the chains said. In the browser it is its
// own IndexedDB database (its name starts with `mock`, CONTRACT: only the mock persists); for the
// API server a file of its own beside the database's (mocks/server/file-storage.ts); in tests an
// in-memory store that outlives a reset of the database. It only ever appends.

export type ChainName = 'disclosures' | 'audit'

/** A chain's head as the witness saw it, with the hash of every record it newly vouches for. */
export interface WitnessCheckpoint {
  id: string
  chain: ChainName
  /** The epoch (seed or reset) of the chain it vouches for. */
  epoch: string
  headHash: string
  count: number
  at: string
  /** The staff member who signed it, or `system` for an automatic one. */
  by: string
  /** The first seq of `hashes`: one after the previous checkpoint of the same epoch. */
  from: number
  /** The hashes of records `from`…`count`, so a verification can name the first one that changed. */
  hashes: string[]
}

/** A database seeded or reset: what chains it started, and the heads of the ones it replaced. */
export interface WitnessEpoch {
  id: string
  startedAt: string
  by: string
  reason: string
  /** Each chain's head when it was replaced; null for a database the backend could not read. */
  replaced: Record<ChainName, { count: number; headHash: string }> | null
}

export interface WitnessState {
  epochs: WitnessEpoch[]
  checkpoints: WitnessCheckpoint[]
}

export interface Witness {
  read(): Promise<WitnessState>
  addEpoch(epoch: WitnessEpoch): Promise<void>
  addCheckpoint(checkpoint: WitnessCheckpoint): Promise<void>
}

export const WITNESS_DB_NAME = 'mock-privacy-console-witness'

/** Automatic checkpoints: after this many records, and at least daily while records come in. */
export const CHECKPOINT_EVERY = 100
export const CHECKPOINT_MAX_AGE_MS = 24 * 3_600_000

const ID_PREFIX: Record<ChainName, string> = { audit: 'ACP', disclosures: 'DCP' }

export function memoryWitness(): Witness {
  const state: WitnessState = { epochs: [], checkpoints: [] }
  return {
    async read() {
      return structuredClone(state)
    },
    async addEpoch(epoch) {
      state.epochs.push(structuredClone(epoch))
    },
    async addCheckpoint(checkpoint) {
      state.checkpoints.push(structuredClone(checkpoint))
    },
  }
}

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

/** Entries are read back in the order they were added (auto-increment keys). */
export async function indexedDbWitness(): Promise<Witness> {
  const open = indexedDB.open(WITNESS_DB_NAME, 1)
  open.onupgradeneeded = () => {
    open.result.createObjectStore('epochs', { autoIncrement: true })
    open.result.createObjectStore('checkpoints', { autoIncrement: true })
  }
  const idb = await promisify(open)
  const add = (store: 'epochs' | 'checkpoints', value: unknown) =>
    new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(store, 'readwrite')
      tx.objectStore(store).add(value)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    })
  return {
    async read() {
      const tx = idb.transaction(['epochs', 'checkpoints'], 'readonly')
      const [epochs, checkpoints] = await Promise.all([
        promisify(tx.objectStore('epochs').getAll() as IDBRequest<WitnessEpoch[]>),
        promisify(tx.objectStore('checkpoints').getAll() as IDBRequest<WitnessCheckpoint[]>),
      ])
      return { epochs, checkpoints }
    },
    addEpoch: (epoch) => add('epochs', epoch),
    addCheckpoint: (checkpoint) => add('checkpoints', checkpoint),
  }
}

/** A checkpoint as the API shows it: what the browser's own verifier compares the head with. */
export function checkpointDto({
  id,
  chain,
  headHash,
  count,
  at,
  by,
}: WitnessCheckpoint): ChainCheckpointDto {
  return { id, chain, headHash, count, at, by }
}

export function currentEpoch(state: WitnessState): WitnessEpoch | null {
  return state.epochs.at(-1) ?? null
}

/** The checkpoints of a chain's current epoch, oldest first: those a verification holds it to. */
export function checkpointsOf(state: WitnessState, chain: ChainName): WitnessCheckpoint[] {
  const epoch = currentEpoch(state)?.id
  return state.checkpoints
    .filter((c) => c.chain === chain && c.epoch === epoch)
    .sort((a, b) => a.count - b.count || a.at.localeCompare(b.at))
}

export interface WitnessedVerification {
  ok: boolean
  count: number
  firstBrokenSeq: number | null
  headHash: string
}

/**
 * The chain checked link by link, then held to every hash the witness kept: the first broken seq
 * is the first record that is missing (a truncation, a deletion) or whose hash is not the one the
 * witness saw (an edit, even one re-hashed consistently to the end of the chain).
 */
export async function verifyWithWitness(
  records: ChainLink[],
  checkpoints: readonly WitnessCheckpoint[],
): Promise<WitnessedVerification> {
  const sorted = [...records].sort((a, b) => a.seq - b.seq)
  const own = await verifyChain(sorted)
  let first = own.firstBrokenSeq
  const bySeq = new Map(sorted.map((r) => [r.seq, r]))
  for (const checkpoint of checkpoints) {
    const differs = checkpoint.hashes.findIndex(
      (hash, i) => bySeq.get(checkpoint.from + i)?.hash !== hash,
    )
    if (differs >= 0) {
      const seq = checkpoint.from + differs
      if (first === null || seq < first) first = seq
      break
    }
  }
  if (first === null)
    return { ok: true, count: sorted.length, firstBrokenSeq: null, headHash: own.headHash }
  return {
    ok: false,
    count: sorted.length,
    firstBrokenSeq: first,
    headHash: sorted[first - 2]?.hash ?? GENESIS_HASH,
  }
}

/** The id the chain's next checkpoint gets: ids are never reused, across epochs too. */
export function nextCheckpointId(state: WitnessState, chain: ChainName): string {
  const n = state.checkpoints.filter((c) => c.chain === chain).length + 1
  return `${ID_PREFIX[chain]}${String(n).padStart(5, '0')}`
}

/** Records a checkpoint of the chain's first `count` records (which the caller has verified). */
export async function addCheckpoint(
  witness: Witness,
  state: WitnessState,
  chain: ChainName,
  records: readonly ChainLink[],
  count: number,
  at: string,
  by: string,
): Promise<WitnessCheckpoint> {
  const epoch = currentEpoch(state)
  if (!epoch) throw new Error('The witness has no epoch to vouch for')
  const from = (checkpointsOf(state, chain).at(-1)?.count ?? 0) + 1
  const sorted = [...records].sort((a, b) => a.seq - b.seq)
  const checkpoint: WitnessCheckpoint = {
    id: nextCheckpointId(state, chain),
    chain,
    epoch: epoch.id,
    headHash: sorted[count - 1]?.hash ?? GENESIS_HASH,
    count,
    at,
    by,
    from,
    hashes: sorted.slice(from - 1, count).map((r) => r.hash),
  }
  await witness.addCheckpoint(checkpoint)
  state.checkpoints.push(checkpoint)
  return checkpoint
}

/**
 * Takes the checkpoints that are due: a chain that grew by CHECKPOINT_EVERY records since its
 * last one, or grew at all a day after it (or after its epoch began). A chain that does not
 * verify is not vouched for: its break stays for verify to report.
 */
export async function takeDueCheckpoints(
  witness: Witness,
  chains: Record<ChainName, readonly ChainLink[]>,
  now: number,
): Promise<void> {
  const state = await witness.read()
  const epoch = currentEpoch(state)
  if (!epoch) return
  for (const chain of Object.keys(chains) as ChainName[]) {
    const records = chains[chain]
    const checkpoints = checkpointsOf(state, chain)
    const last = checkpoints.at(-1)
    const covered = last?.count ?? 0
    if (records.length <= covered) continue
    const since = Date.parse(last?.at ?? epoch.startedAt)
    if (records.length - covered < CHECKPOINT_EVERY && now - since < CHECKPOINT_MAX_AGE_MS) continue
    if (!(await verifyWithWitness([...records], checkpoints)).ok) continue
    await addCheckpoint(
      witness,
      state,
      chain,
      records,
      records.length,
      new Date(now).toISOString(),
      'system',
    )
  }
}
