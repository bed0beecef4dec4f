import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { call, type Page } from '../mocks/test-client'

// CONTRACT: Disclosure ledger and Audit log: `hash` is the SHA-256 (lowercase hex) of the UTF-8
// bytes of the record's canonical JSON (the record as the API returns it, without `hash`, keys of
// every object sorted by code point, no white space); `prevHash` is the previous record's hash,
// 64 zeros for the first. Recomputed here from that rule alone, not with the backend's code.

/** Orders two strings by Unicode code point, as the rule says (not by UTF-16 unit or locale). */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!)
  const y = Array.from(b, (c) => c.codePointAt(0)!)
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!
  return x.length - y.length
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort(byCodePoint)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

interface Chained {
  seq: number
  prevHash: string
  hash: string
}

/** Every record of a chain, page by page, in order of `seq`. */
async function wholeChain(path: string): Promise<Chained[]> {
  const bySeq = new Map<number, Chained>()
  for (let page = 1; ; page++) {
    const r = await call<Page<Chained>>('compliance01', 'GET', `${path}?pageSize=200&page=${page}`)
    expect(r.status, path).toBe(200)
    // A record appended meanwhile may shift a page: a record seen twice is kept once.
    for (const record of r.body.items) bySeq.set(record.seq, record)
    if (page * r.body.pageSize >= r.body.total) break
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq)
}

async function expectIntactChain(path: string): Promise<void> {
  const chain = await wholeChain(path)
  expect(chain.length, `${path} has records to check`).toBeGreaterThan(1)
  expect(chain[0]!.seq).toBe(1)
  let prevHash = '0'.repeat(64)
  for (const [i, record] of chain.entries()) {
    expect(record.seq, `${path}: seq is gap-free`).toBe(i + 1)
    expect(record.prevHash, `${path} seq ${record.seq}: prevHash`).toBe(prevHash)
    const { hash, ...unhashed } = record
    expect(hash, `${path} seq ${record.seq}: hash`).toBe(sha256(canonical(unhashed)))
    prevHash = hash
  }
  const verify = await call<{ ok: boolean; headHash: string }>(
    'compliance01',
    'GET',
    `${path}/verify`,
  )
  expect(verify.body.ok).toBe(true)
}

describe('hash chains', () => {
  it('the canonical JSON of the test sorts keys by code point, with no white space', () => {
    // Written out by hand from the rule: U+FF21 (Ａ) sorts before U+1F600 (😀) by code point,
    // after it by UTF-16 unit.
    expect(canonical({ b: [1, { d: null, c: '文' }], a: true, '😀': 1, Ａ: 2 })).toBe(
      '{"a":true,"b":[1,{"c":"文","d":null}],"Ａ":2,"😀":1}',
    )
  })

  it('every disclosure record hashes to its hash and links to the one before', async () => {
    await expectIntactChain('/disclosures')
  })

  it('every audit event hashes to its hash and links to the one before', async () => {
    // Every denied attempt is audited: the chain has events to check on a fresh backend too.
    for (const path of ['/audit-events', '/disclosures'])
      expect((await call('agent01', 'GET', path)).status).toBe(403)
    await expectIntactChain('/audit-events')
  })
})
