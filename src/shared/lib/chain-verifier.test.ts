// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  collectChain,
  latestCheckpoint,
  verifyWithCheckpoints,
  type ChainPage,
  type VerifyProgress,
} from './chain-verifier'
import { GENESIS_HASH, hashRecord, type ChainLink } from './hash-chain'

interface Row extends ChainLink {
  purpose: string
}

async function buildChain(n: number, purpose = (seq: number) => `p${seq}`): Promise<Row[]> {
  const out: Row[] = []
  for (let seq = 1; seq <= n; seq++) {
    const record: Row = {
      seq,
      prevHash: out.at(-1)?.hash ?? GENESIS_HASH,
      hash: '',
      purpose: purpose(seq),
    }
    record.hash = await hashRecord(record)
    out.push(record)
  }
  return out
}

function pager(records: Row[]) {
  const calls: number[] = []
  const fetchPage = async (page: number, pageSize: number): Promise<ChainPage> => {
    calls.push(page)
    return { items: records.slice((page - 1) * pageSize, page * pageSize), total: records.length }
  }
  return { fetchPage, calls }
}

const checkpointOf = (records: Row[], count: number, at = '2026-10-08T01:00:00Z') => ({
  id: `cp${count}`,
  count,
  headHash: records[count - 1]!.hash,
  at,
  by: 'S004',
})

describe('collectChain', () => {
  it('pages through the whole chain and reports progress', async () => {
    const records = await buildChain(25)
    const { fetchPage, calls } = pager(records)
    const progress: VerifyProgress[] = []
    const collected = await collectChain(fetchPage, {
      pageSize: 10,
      onProgress: (p) => progress.push(p),
    })
    expect(collected).toEqual(records)
    expect(calls).toEqual([1, 2, 3])
    expect(progress.map((p) => p.done)).toEqual([10, 20, 25])
    expect(progress.every((p) => p.stage === 'fetching' && p.total === 25)).toBe(true)
  })

  it('asks once more when the chain ends on a page boundary', async () => {
    const { fetchPage, calls } = pager(await buildChain(20))
    expect(await collectChain(fetchPage, { pageSize: 10 })).toHaveLength(20)
    expect(calls).toEqual([1, 2, 3])
  })

  it('stops when aborted', async () => {
    const { fetchPage } = pager(await buildChain(5))
    const controller = new AbortController()
    controller.abort()
    await expect(collectChain(fetchPage, { signal: controller.signal })).rejects.toThrow()
  })
})

describe('verifyWithCheckpoints', () => {
  it('accepts an intact chain and names the latest checkpoint', async () => {
    const records = await buildChain(12)
    const checkpoints = [checkpointOf(records, 4), checkpointOf(records, 10)]
    const hashing: number[] = []
    const result = await verifyWithCheckpoints(records, checkpoints, (p) => hashing.push(p.done))
    expect(result).toMatchObject({
      ok: true,
      count: 12,
      firstBrokenSeq: null,
      headHash: records[11]!.hash,
      failedCheckpoint: null,
    })
    expect(result.checkpoint?.id).toBe('cp10')
    expect(hashing.at(-1)).toBe(12)
  })

  it('finds an edit at its seq', async () => {
    const records = await buildChain(8)
    const tampered = records.map((r) => (r.seq === 6 ? { ...r, purpose: 'changed' } : r))
    expect(await verifyWithCheckpoints(tampered, [])).toMatchObject({
      ok: false,
      firstBrokenSeq: 6,
      reason: 'hash_mismatch',
    })
  })

  it('finds a truncation against the latest checkpoint', async () => {
    const records = await buildChain(8)
    const result = await verifyWithCheckpoints(records.slice(0, 5), [checkpointOf(records, 7)])
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 6, reason: 'truncated' })
    expect(result.failedCheckpoint?.id).toBe('cp7')
  })

  it('finds a rewrite that was signed again, through the older checkpoint', async () => {
    const records = await buildChain(8)
    const rewritten = await buildChain(8, (seq) => (seq === 3 ? 'rewritten' : `p${seq}`))
    const checkpoints = [
      checkpointOf(records, 5, '2026-10-01T00:00:00Z'),
      checkpointOf(rewritten, 8, '2026-10-09T00:00:00Z'),
    ]
    const result = await verifyWithCheckpoints(rewritten, checkpoints)
    expect(result).toMatchObject({
      ok: false,
      firstBrokenSeq: 5,
      reason: 'checkpoint_mismatch',
      headHash: rewritten[3]!.hash,
    })
    expect(result.failedCheckpoint?.id).toBe('cp5')
    expect(result.checkpoint?.id).toBe('cp8')
  })

  it('picks the checkpoint with the most records, the newest on a tie', () => {
    const a = { id: 'a', count: 5, headHash: 'x', at: '2026-10-01T00:00:00Z', by: 'S004' }
    const b = { ...a, id: 'b', at: '2026-10-02T00:00:00Z' }
    const c = { ...a, id: 'c', count: 3, at: '2026-10-03T00:00:00Z' }
    expect(latestCheckpoint([a, b, c])?.id).toBe('b')
    expect(latestCheckpoint([])).toBeNull()
  })
})
