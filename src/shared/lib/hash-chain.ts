export const GENESIS_HASH = '0'.repeat(64)

export interface ChainLink {
  seq: number
  prevHash: string
  hash: string
}

export interface ChainCheckpoint {
  headHash: string
  count: number
}

export type ChainBreak =
  'hash_mismatch' | 'prev_link' | 'seq_gap' | 'checkpoint_mismatch' | 'truncated'

export interface ChainVerification {
  ok: boolean
  count: number
  firstBrokenSeq: number | null
  headHash: string
  reason: null | ChainBreak
}

function serialize(value: unknown, key: string, stack: object[]): string | undefined {
  let v = value
  if (
    v !== null &&
    typeof v === 'object' &&
    typeof (v as { toJSON?: unknown }).toJSON === 'function'
  ) {
    v = (v as { toJSON: (k: string) => unknown }).toJSON(key)
  }
  if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf()
  if (v === null) return 'null'
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v)
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : 'null'
    case 'boolean':
      return v ? 'true' : 'false'
    case 'bigint':
      throw new TypeError('canonicalJson cannot serialise a BigInt')
    case 'object': {
      if (stack.includes(v))
        throw new TypeError('canonicalJson cannot serialise a circular structure')
      stack.push(v)
      let out: string
      if (Array.isArray(v)) {
        out = `[${v.map((item, i) => serialize(item, String(i), stack) ?? 'null').join(',')}]`
      } else {
        const obj = v as Record<string, unknown>
        // Plain `<` on UTF-16 strings, deliberately not localeCompare: the order must not depend on
        // the runtime's locale, or two servers would hash the same record differently.
        const keys = Object.keys(obj).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        const parts: string[] = []
        for (const k of keys) {
          const s = serialize(obj[k], k, stack)
          if (s !== undefined) parts.push(`${JSON.stringify(k)}:${s}`)
        }
        out = `{${parts.join(',')}}`
      }
      stack.pop()
      return out
    }
    default:
      return undefined
  }
}

/** JSON.stringify with every object's keys sorted and no white space. */
export function canonicalJson(value: unknown): string {
  const out = serialize(value, '', [])
  if (out === undefined) throw new TypeError('canonicalJson: value has no JSON representation')
  return out
}

export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available')
  // TextEncoder's own view goes straight in: under jsdom a copy into `new ArrayBuffer()` comes from
  // jsdom's realm and Node's WebCrypto rejects it.
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}

// The intersection rather than `T extends { hash?: string }`: that all-optional constraint is a
// "weak type" and TypeScript would reject records that have no hash yet.
export async function hashRecord<T extends object>(record: T & { hash?: string }): Promise<string> {
  const rest: Record<string, unknown> = { ...record }
  delete rest.hash
  return sha256Hex(canonicalJson(rest))
}

const PROGRESS_EVERY = 50

/**
 * Verifies a hash chain sorted by seq. headHash is the hash of the last record that verified
 * (GENESIS_HASH when none did); count is the number of records given.
 */
export async function verifyChain(
  records: ChainLink[],
  checkpoint?: ChainCheckpoint | null,
  options: { onProgress?: (checked: number, total: number) => void } = {},
): Promise<ChainVerification> {
  const sorted = [...records].sort((a, b) => a.seq - b.seq)
  const count = sorted.length
  let headHash = GENESIS_HASH
  const broken = (seq: number, reason: ChainBreak): ChainVerification => ({
    ok: false,
    count,
    firstBrokenSeq: seq,
    headHash,
    reason,
  })

  for (let i = 0; i < count; i++) {
    const record = sorted[i]
    if (!record) break
    const expectedSeq = i + 1
    if (record.seq !== expectedSeq) return broken(expectedSeq, 'seq_gap')
    if (record.prevHash !== headHash) return broken(expectedSeq, 'prev_link')
    if ((await hashRecord(record)) !== record.hash) return broken(expectedSeq, 'hash_mismatch')
    headHash = record.hash
    if (options.onProgress && (expectedSeq % PROGRESS_EVERY === 0 || expectedSeq === count))
      options.onProgress(expectedSeq, count)
  }

  if (checkpoint && checkpoint.count > 0) {
    if (count < checkpoint.count) return broken(count + 1, 'truncated')
    const atCheckpoint = sorted[checkpoint.count - 1]
    if (atCheckpoint?.hash !== checkpoint.headHash) {
      return broken(checkpoint.count, 'checkpoint_mismatch')
    }
  }
  return { ok: true, count, firstBrokenSeq: null, headHash, reason: null }
}
