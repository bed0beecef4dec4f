import {
  GENESIS_HASH,
  verifyChain,
  type ChainBreak,
  type ChainLink,
  type ChainVerification,
} from './hash-chain'

// The browser's own check of a hash chain (the disclosure ledger, the audit log): it downloads
// every record as the server returned it, recomputes every hash with WebCrypto and compares the
// head with the signed checkpoints, so a server that lies in its own /verify is still caught.

export interface ChainPage {
  /** Records exactly as the API returned them (every field: all of it is hashed). */
  items: ChainLink[]
  total: number
}

export type FetchChainPage = (
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) => Promise<ChainPage>

export interface VerifyProgress {
  stage: 'fetching' | 'hashing'
  done: number
  total: number
}

export interface Checkpoint {
  id: string
  headHash: string
  count: number
  at: string
  by: string
}

export interface BrowserVerification extends ChainVerification {
  /** The latest checkpoint, the one the head is compared with; null when none was signed yet. */
  checkpoint: Checkpoint | null
  /** The checkpoint that failed, when one did. */
  failedCheckpoint: Checkpoint | null
}

export const CHAIN_PAGE_SIZE = 200

/** Pages through the chain in seq order until a short page, reporting progress. */
export async function collectChain(
  fetchPage: FetchChainPage,
  options: {
    signal?: AbortSignal
    onProgress?: (p: VerifyProgress) => void
    pageSize?: number
  } = {},
): Promise<ChainLink[]> {
  const pageSize = options.pageSize ?? CHAIN_PAGE_SIZE
  const records: ChainLink[] = []
  for (let page = 1; ; page++) {
    options.signal?.throwIfAborted()
    const { items, total } = await fetchPage(page, pageSize, options.signal)
    records.push(...items)
    options.onProgress?.({
      stage: 'fetching',
      done: records.length,
      total: Math.max(total, records.length),
    })
    // Records appended while paging only lengthen the last page: the chain is read up to its end.
    if (items.length < pageSize) return records
  }
}

export function latestCheckpoint<C extends Checkpoint>(checkpoints: readonly C[]): C | null {
  let latest: C | null = null
  for (const c of checkpoints)
    if (!latest || c.count > latest.count || (c.count === latest.count && c.at > latest.at))
      latest = c
  return latest
}

/**
 * verifyChain against the latest checkpoint, then against every older one: a chain rewritten and
 * signed again afterwards still contradicts the checkpoints signed before the rewrite.
 */
export async function verifyWithCheckpoints(
  records: ChainLink[],
  checkpoints: readonly Checkpoint[],
  onProgress?: (p: VerifyProgress) => void,
): Promise<BrowserVerification> {
  const latest = latestCheckpoint(checkpoints)
  const result = await verifyChain(records, latest, {
    onProgress: (done, total) => onProgress?.({ stage: 'hashing', done, total }),
  })
  if (!result.ok) {
    const failed =
      result.reason === 'truncated' || result.reason === 'checkpoint_mismatch' ? latest : null
    return { ...result, checkpoint: latest, failedCheckpoint: failed }
  }
  const sorted = [...records].sort((a, b) => a.seq - b.seq)
  const older = [...checkpoints].filter((c) => c.count > 0).sort((a, b) => a.count - b.count)
  for (const checkpoint of older) {
    const reason: ChainBreak | null =
      checkpoint.count > sorted.length
        ? 'truncated'
        : sorted[checkpoint.count - 1]?.hash !== checkpoint.headHash
          ? 'checkpoint_mismatch'
          : null
    if (reason) {
      const seq = Math.min(checkpoint.count, sorted.length + 1)
      return {
        ok: false,
        count: result.count,
        firstBrokenSeq: seq,
        headHash: sorted[seq - 2]?.hash ?? GENESIS_HASH,
        reason,
        checkpoint: latest,
        failedCheckpoint: checkpoint,
      }
    }
  }
  return { ...result, checkpoint: latest, failedCheckpoint: null }
}
