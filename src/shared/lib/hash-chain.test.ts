// @vitest-environment node
import { describe, it, expect } from 'vitest'
import {
  GENESIS_HASH,
  canonicalJson,
  hashRecord,
  sha256Hex,
  verifyChain,
  type ChainBreak,
} from './hash-chain'

interface Entry {
  seq: number
  prevHash: string
  hash: string
  basis: string
  userIds: string[]
  note?: string
}

async function buildChain(n: number, from: Entry[] = []): Promise<Entry[]> {
  const out = [...from]
  for (let seq = out.length + 1; seq <= n; seq++) {
    const prevHash = out[out.length - 1]?.hash ?? GENESIS_HASH
    const record: Entry = { seq, prevHash, hash: '', basis: 'consent', userIds: [`u${seq}`] }
    record.hash = await hashRecord(record)
    out.push(record)
  }
  return out
}

// Rewrites every record from index `from` on so that the chain is internally consistent again.
async function relink(records: Entry[], from: number): Promise<Entry[]> {
  const out = records.map((r) => ({ ...r }))
  for (let i = from; i < out.length; i++) {
    const r = out[i]
    if (!r) continue
    r.prevHash = out[i - 1]?.hash ?? GENESIS_HASH
    r.hash = await hashRecord(r)
  }
  return out
}

describe('canonicalJson', () => {
  it('sorts keys by code point at every level, without white space', () => {
    expect(canonicalJson({ z: { z: -0.5, y: 1 }, a: 'é', A: '大写' })).toBe(
      '{"A":"大写","a":"é","z":{"y":1,"z":-0.5}}',
    )
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}')
  })

  it('uses plain code-unit order, not the locale', () => {
    const keys = ['b', 'a', 'B', 'é', '大', '_', '1']
    const obj = Object.fromEntries(keys.map((k) => [k, 0]))
    expect(Object.keys(JSON.parse(canonicalJson(obj)) as object)).toEqual([
      '1',
      'B',
      '_',
      'a',
      'b',
      'é',
      '大',
    ])
    expect(canonicalJson(obj)).toBe('{"1":0,"B":0,"_":0,"a":0,"b":0,"é":0,"大":0}')
  })

  it('follows JSON.stringify for undefined, non-finite numbers, dates and escapes', () => {
    expect(
      canonicalJson({ a: undefined, b: null, c: [undefined, NaN, Infinity], d: () => 1 }),
    ).toBe('{"b":null,"c":[null,null,null]}')
    expect(canonicalJson({ at: new Date('2026-10-08T01:30:00Z') })).toBe(
      '{"at":"2026-10-08T01:30:00.000Z"}',
    )
    expect(canonicalJson({ s: 'line\n"quote"\\' })).toBe(JSON.stringify({ s: 'line\n"quote"\\' }))
    expect(canonicalJson('x')).toBe('"x"')
    expect(canonicalJson(-0)).toBe('0')
  })

  it('refuses values JSON cannot represent', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => canonicalJson(cyclic)).toThrow(TypeError)
    expect(() => canonicalJson(undefined)).toThrow(TypeError)
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError)
    const shared = { x: 1 }
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}')
  })
})

describe('sha256Hex / hashRecord (fixed vectors from node:crypto)', () => {
  it('hashes UTF-8 text', async () => {
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
    expect(await sha256Hex('{"a":1,"b":[true,null,"x"]}')).toBe(
      'eca8cfb31ab74533e1eb2f4c74d2d55dfe3c79ac704787e54be8647ea7777eb1',
    )
    expect(await sha256Hex('{"A":"大写","a":"é","z":{"y":1,"z":-0.5}}')).toBe(
      'b689cfc1744bbe05bae188dcd7c73080aa33ea639039cb2e1e47f38065044ff4',
    )
  })

  it('hashes a record without its hash key', async () => {
    const expected = 'fe256fd2846e235fe5a1f5e819d7d466d8bcf3b7d09a9d287865d5de450d3890'
    const record = { userIds: ['u1'], seq: 1, prevHash: GENESIS_HASH, basis: 'consent' }
    expect(await hashRecord(record)).toBe(expected)
    expect(await hashRecord({ ...record, hash: 'anything' })).toBe(expected)
    expect(record).not.toHaveProperty('hash')
  })
})

// verifyChain's whole verdict on `count` records ending at `headHash`: intact, or broken at a seq
// for a reason.
const verdict = (
  count: number,
  headHash: string | undefined,
  [firstBrokenSeq, reason]: [number, ChainBreak] | [null, null] = [null, null],
) => ({ ok: reason === null, count, firstBrokenSeq, headHash, reason })

// The part of a verdict that names a break.
const broken = (firstBrokenSeq: number, reason: ChainBreak) => ({
  ok: false,
  firstBrokenSeq,
  reason,
})

describe('verifyChain', () => {
  it('accepts an intact chain in any input order', async () => {
    const chain = await buildChain(5)
    const head = chain[4]?.hash
    expect(await verifyChain(chain)).toEqual(verdict(5, head))
    expect((await verifyChain([...chain].reverse())).ok).toBe(true)
    expect(await verifyChain([])).toEqual(verdict(0, GENESIS_HASH))
  })

  it('detects an edited record', async () => {
    const chain = await buildChain(5)
    const tampered = chain.map((r) => (r.seq === 3 ? { ...r, userIds: ['someone-else'] } : r))
    expect(await verifyChain(tampered)).toEqual(verdict(5, chain[1]?.hash, [3, 'hash_mismatch']))
  })

  it('detects an edited record whose own hash was recomputed at the next link', async () => {
    const chain = await buildChain(5)
    const edited = { ...chain[2]!, note: 'added later' }
    edited.hash = await hashRecord(edited)
    const tampered = chain.map((r) => (r.seq === 3 ? edited : r))
    expect(await verifyChain(tampered)).toMatchObject(broken(4, 'prev_link'))
  })

  it('detects a deleted record', async () => {
    const chain = await buildChain(5)
    const tampered = chain.filter((r) => r.seq !== 3)
    expect(await verifyChain(tampered)).toMatchObject({ ...broken(3, 'seq_gap'), count: 4 })
    const renumbered = tampered.map((r, i) => ({ ...r, seq: i + 1 }))
    expect(await verifyChain(renumbered)).toMatchObject(broken(3, 'prev_link'))
  })

  it('detects two reordered records', async () => {
    const chain = await buildChain(5)
    const [r1, r2, r3, r4, r5] = chain
    const swapped = [r1!, { ...r3!, seq: 2 }, { ...r2!, seq: 3 }, r4!, r5!]
    expect(await verifyChain(swapped)).toMatchObject(broken(2, 'prev_link'))
    const swappedContent = [
      r1!,
      { ...r3!, seq: 2, prevHash: r1!.hash },
      { ...r2!, seq: 3 },
      r4!,
      r5!,
    ]
    expect(await verifyChain(swappedContent)).toMatchObject(broken(2, 'hash_mismatch'))
  })

  it('detects a duplicated seq', async () => {
    const chain = await buildChain(4)
    expect(await verifyChain([...chain, chain[2]!])).toMatchObject(broken(4, 'seq_gap'))
  })

  it('detects a chain that does not start at genesis', async () => {
    const chain = await buildChain(3)
    const withoutFirst = (await relink(chain, 0)).slice(1).map((r, i) => ({ ...r, seq: i + 1 }))
    expect(await verifyChain(withoutFirst)).toMatchObject(broken(1, 'prev_link'))
  })

  it('detects truncation after a checkpoint', async () => {
    const chain = await buildChain(6)
    const checkpoint = { count: 5, headHash: chain[4]!.hash }
    expect((await verifyChain(chain, checkpoint)).ok).toBe(true)
    expect(await verifyChain(chain.slice(0, 3), checkpoint)).toEqual(
      verdict(3, chain[2]?.hash, [4, 'truncated']),
    )
    expect(await verifyChain([], checkpoint)).toMatchObject({
      firstBrokenSeq: 1,
      reason: 'truncated',
    })
    // Without the checkpoint a clean truncation is undetectable; that is what checkpoints are for.
    expect((await verifyChain(chain.slice(0, 3))).ok).toBe(true)
  })

  it('detects a chain rewritten consistently after a checkpoint', async () => {
    const chain = await buildChain(6)
    const checkpoint = { count: 4, headHash: chain[3]!.hash }
    const edited = chain.map((r) => (r.seq === 2 ? { ...r, basis: 'legal_process' } : r))
    const rewritten = await relink(edited, 1)
    expect((await verifyChain(rewritten)).ok).toBe(true)
    expect(await verifyChain(rewritten, checkpoint)).toEqual(
      verdict(6, rewritten[5]?.hash, [4, 'checkpoint_mismatch']),
    )
  })

  it('accepts records appended after a checkpoint and reports the earliest break first', async () => {
    const chain = await buildChain(3)
    const checkpoint = { count: 3, headHash: chain[2]!.hash }
    const longer = await buildChain(8, chain)
    expect(await verifyChain(longer, checkpoint)).toMatchObject({
      ok: true,
      count: 8,
      headHash: longer[7]?.hash,
    })
    const editedEarly = longer.map((r) => (r.seq === 2 ? { ...r, basis: 'exemption' } : r))
    expect(await verifyChain(editedEarly, checkpoint)).toMatchObject({
      firstBrokenSeq: 2,
      reason: 'hash_mismatch',
    })
  })
})

describe('a disclosure record as the API returns it (vector from an independent implementation)', () => {
  const record = {
    id: 'D000001',
    seq: 1,
    userIds: ['U000123'],
    recipient: { name: '杭州市西湖区人民法院', type: 'court', contact: '0571-8888 0000' },
    basis: 'legal_process',
    exemptionClause: null,
    exemptionJustification: null,
    legalDocument: {
      authority: '杭州市西湖区人民法院',
      documentType: '协助查询通知书',
      documentNumber: '(2026)浙0106执123号',
      provision: '《民事诉讼法》第二百五十二条',
    },
    applicant: null,
    applicationId: null,
    evidence: [{ name: '通知书.pdf', size: 2048, sha256: 'ab'.repeat(32) }],
    consentReference: null,
    dataItems: ['name', 'phone', 'idNumber'],
    purpose: '执行案件查询 "被执行人"\n财产线索',
    confidential: true,
    disclosedAt: '2026-10-08T09:30:00+08:00',
    recordedAt: '2026-10-08T01:45:00.000Z',
    recordedBy: 'S004',
    approvedBy: null,
    userNotified: false,
    corrects: null,
    correctionReason: null,
    prevHash: GENESIS_HASH,
  }

  it('serialises nulls, nested objects and Chinese text canonically', async () => {
    // Python: json.dumps(record, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
    const canonical = canonicalJson(record)
    expect(
      canonical.startsWith(
        '{"applicant":null,"applicationId":null,"approvedBy":null,"basis":"legal_process"',
      ),
    ).toBe(true)
    expect(canonical).toContain('"evidence":[{"name":"通知书.pdf","sha256":"abab')
    expect(canonical).toContain('"purpose":"执行案件查询 \\"被执行人\\"\\n财产线索"')
    expect(await hashRecord(record)).toBe(
      '810d778f2c6729554f9b6d5ba6775501809c12d8c6c275aa73510a031afbfd77',
    )
  })

  it('changes the hash when any single field changes, nested ones included', async () => {
    const base = await hashRecord(record)
    const variants = [
      { ...record, confidential: false },
      { ...record, userIds: ['U000124'] },
      {
        ...record,
        legalDocument: { ...record.legalDocument, documentNumber: '(2026)浙0106执124号' },
      },
      { ...record, evidence: [{ ...record.evidence[0]!, size: 2049 }] },
      { ...record, extra: null },
    ]
    for (const variant of variants) expect(await hashRecord(variant)).not.toBe(base)
  })
})

describe('verifyChain, beyond single edits', () => {
  it('catches a whole chain rebuilt from genesis after a checkpoint', async () => {
    const chain = await buildChain(6)
    const checkpoint = { count: 6, headHash: chain[5]!.hash }
    const rebuilt = await relink(
      chain.map((r) => ({ ...r, basis: 'exemption' })),
      0,
    )
    expect((await verifyChain(rebuilt)).ok).toBe(true)
    expect(await verifyChain(rebuilt, checkpoint)).toMatchObject(broken(6, 'checkpoint_mismatch'))
  })

  it('catches a rewritten last record at exactly the checkpoint count', async () => {
    const chain = await buildChain(4)
    const checkpoint = { count: 4, headHash: chain[3]!.hash }
    const last = { ...chain[3]!, userIds: ['u-other'] }
    last.hash = await hashRecord(last)
    expect(await verifyChain([...chain.slice(0, 3), last], checkpoint)).toMatchObject({
      ...broken(4, 'checkpoint_mismatch'),
      headHash: last.hash,
    })
  })

  it('reports progress while it hashes', async () => {
    const chain = await buildChain(120)
    const progress: [number, number][] = []
    await verifyChain(chain, null, { onProgress: (done, total) => progress.push([done, total]) })
    expect(progress).toEqual([
      [50, 120],
      [100, 120],
      [120, 120],
    ])
  })
})
