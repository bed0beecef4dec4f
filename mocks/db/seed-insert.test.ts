import { describe, expect, it } from 'vitest'
import { z } from '../../src/shared/api/zod'
import { createDatabase, type Database } from './database'
import { seedDatabase } from './seed'
import { inSample, insertSeeded, SAMPLE_SIZE, sampleEvery, VALIDATE_ALL_UP_TO } from './seed-insert'
import { DEFAULT_SEED_OPTIONS } from './seed-options'
import { Table } from './table'

// The digests below were taken by hand from the seed as it was before records were loaded
// unparsed (commit fd99c96, where every record went through its zod schema), with this clock.
const SEEDED_AT = Date.parse('2026-11-20T02:00:00.000Z')
/** The demo's own seed, byte for byte: every record parsed, in the schema's key order. */
const DEFAULT_SEED_SHA256 = '9be6f6cfa851464f70b581b48e383186afc72315034a79772345b29faa3faeca'
/** 6,000 requests, past VALIDATE_ALL_UP_TO, in keys sorted (the sampled path's key order differs). */
const SAMPLED_SEED = { users: 3000, requests: 6000, disclosures: 320 }
const SAMPLED_SEED_SORTED_SHA256 =
  '14470cb5134f155bf4e2a4873a753e3483b0f2bbdb7f93b818f13d9590b428d8'

/** JSON with every object's keys sorted: the same data whatever order its keys were written in. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
    )
  return value
}

/**
 * SHA-256 of every table in order. The staff's password hashes are left out: each seed salts
 * the demo password afresh (passwords.ts), the one thing in it that is random by design.
 */
async function digest(db: Database, order: 'as stored' | 'keys sorted'): Promise<string> {
  const text = Object.entries(db)
    .map(([name, table]) => {
      const rows = (table.all() as Record<string, unknown>[]).map((r) =>
        name === 'staff' ? { ...r, passwordHash: null } : r,
      )
      return `${name}\t${JSON.stringify(order === 'as stored' ? rows : sortedKeys(rows))}\n`
    })
    .join('')
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('')
}

async function seeded(options: typeof SAMPLED_SEED): Promise<Database> {
  const db = createDatabase()
  await seedDatabase(db, { ...options, now: SEEDED_AT })
  return db
}

describe('the seed', () => {
  it('seeds the demo exactly as before: every record parsed, byte for byte', async () => {
    expect(DEFAULT_SEED_OPTIONS.requests).toBeLessThanOrEqual(VALIDATE_ALL_UP_TO)
    expect(DEFAULT_SEED_OPTIONS.users).toBeLessThanOrEqual(VALIDATE_ALL_UP_TO)
    expect(await digest(await seeded(DEFAULT_SEED_OPTIONS), 'as stored')).toBe(DEFAULT_SEED_SHA256)
  })

  it('seeds the same data past the sampling threshold, and the same again from the same seed', async () => {
    expect(sampleEvery(SAMPLED_SEED.requests)).toBeGreaterThan(1)
    const first = await seeded(SAMPLED_SEED)
    expect(await digest(first, 'keys sorted')).toBe(SAMPLED_SEED_SORTED_SHA256)
    const second = await seeded(SAMPLED_SEED)
    expect(await digest(second, 'as stored')).toBe(await digest(first, 'as stored'))
  })
})

describe('inserting seeded records', () => {
  const schema = z.object({ id: z.string(), n: z.int(), tags: z.array(z.string()) })
  type Row = z.infer<typeof schema>
  const rows = (
    count: number,
    make: (i: number) => Row = (i) => ({ id: `r${i}`, n: i, tags: [] }),
  ) => Array.from({ length: count }, (_, i) => make(i))

  it('parses every record of a small run', async () => {
    const bad = rows(VALIDATE_ALL_UP_TO, (i) =>
      i === VALIDATE_ALL_UP_TO - 2
        ? ({ id: `r${i}`, n: 0.5, tags: [] } as Row)
        : { id: `r${i}`, n: i, tags: [] },
    )
    await expect(insertSeeded(new Table('t', schema, 'id'), bad)).rejects.toThrow()
  })

  it('samples the same records every time, about SAMPLE_SIZE of them spread over the run', () => {
    const count = 1_000_000
    const every = sampleEvery(count)
    const picked = (from: number, to: number) => {
      let n = 0
      for (let i = from; i < to; i++) if (inSample(i, every)) n++
      return n
    }
    const total = picked(0, count)
    expect(total).toBeGreaterThan(SAMPLE_SIZE * 0.9)
    expect(total).toBeLessThan(SAMPLE_SIZE * 1.1)
    // Each tenth of the run gets its share.
    for (let tenth = 0; tenth < 10; tenth++)
      expect(picked((tenth * count) / 10, ((tenth + 1) * count) / 10)).toBeGreaterThan(
        SAMPLE_SIZE / 20,
      )
    expect(Array.from({ length: 2000 }, (_, i) => inSample(i, 7))).toEqual(
      Array.from({ length: 2000 }, (_, i) => inSample(i, 7)),
    )
  })

  it('catches a generator fault that recurs with a period, even one in a hundred records', async () => {
    const count = 50_000
    expect(sampleEvery(count)).toBeGreaterThan(1)
    const table = new Table('t', schema, 'id')
    const faulty = rows(count, (i) =>
      i % 100 === 37
        ? ({ id: `r${i}`, n: String(i), tags: [] } as unknown as Row)
        : { id: `r${i}`, n: i, tags: [] },
    )
    await expect(insertSeeded(table, faulty)).rejects.toThrow()
  })

  it('catches a field the schema would drop, and one object shared by two places of a record', async () => {
    const count = 50_000
    const extra = rows(count, (i) => ({ id: `r${i}`, n: i, tags: [], stray: true }) as Row)
    await expect(insertSeeded(new Table('t', schema, 'id'), extra)).rejects.toThrow(/does not keep/)
    const nested = z.object({ id: z.string(), a: z.array(z.string()), b: z.array(z.string()) })
    const shared = Array.from({ length: count }, (_, i) => {
      const list = ['x']
      return { id: `r${i}`, a: list, b: list }
    })
    await expect(insertSeeded(new Table('t', nested, 'id'), shared)).rejects.toThrow(
      /does not keep/,
    )
  })

  it('loads a well-formed large run whole, unparsed records as generated, and refuses a key twice', async () => {
    const count = 50_000
    const table = new Table('t', schema, 'id')
    const good = rows(count)
    await insertSeeded(table, good)
    expect(table.count()).toBe(count)
    expect(table.get('r12345')).toEqual({ id: 'r12345', n: 12345, tags: [] })
    const twice = [...rows(count), { id: 'r0', n: 0, tags: [] }]
    await expect(insertSeeded(new Table('t', schema, 'id'), twice)).rejects.toThrow(
      /already exists/,
    )
  })
})
