import type { z } from '../../src/shared/api/zod'
import type { Table } from './table'

// How the seed puts its generated records into a table. Parsing each one with its zod schema is
// most of what seeding a million requests costs (and every parsed copy is one more object for
// the collector), while the generator is the same code for every record: a fault in it shows in
// a share of the records, not in one. So a large seed parses a fixed sample spread over the whole
// run and loads the rest as generated; a seed of at most VALIDATE_ALL_UP_TO records of a kind
// (the demo's own, every test's) parses every one, as Table.insert always did.

/** Up to this many records of one kind, every one is parsed. */
export const VALIDATE_ALL_UP_TO = 5_000

/** Beyond that, about this many are, wherever they fall in the run. */
export const SAMPLE_SIZE = 5_000

/**
 * Whether the record at `index` is in the sample: one in `every`, picked by a fixed hash of the
 * position rather than by stride, so a fault that recurs with some period (every n-th record,
 * one weekday, one type in a cycle) cannot fall between the picks. Same index, same answer.
 */
export function inSample(index: number, every: number): boolean {
  if (every <= 1) return true
  let h = Math.imul(index ^ 0x2545f491, 0x9e3779b1)
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
  h ^= h >>> 13
  return (h >>> 0) % every === 0
}

/** One in how many records of a run of `count` is parsed. */
export function sampleEvery(count: number): number {
  return count <= VALIDATE_ALL_UP_TO ? 1 : Math.ceil(count / SAMPLE_SIZE)
}

/**
 * Whether `generated` holds exactly what the schema kept of it (`parsed`), in any key order, and
 * shares no object with another part of itself. A field the schema would drop, or two places of
 * one record pointing at one array, would make a record loaded as generated differ from one
 * that was parsed; the second would also let an in-place change to one place show in the other.
 */
function sameShape(generated: unknown, parsed: unknown, seen: Set<object>): boolean {
  if (generated === parsed && (generated === null || typeof generated !== 'object')) return true
  if (typeof generated !== 'object' || typeof parsed !== 'object' || !generated || !parsed)
    return Object.is(generated, parsed)
  if (seen.has(generated)) return false
  seen.add(generated)
  if (Array.isArray(generated) !== Array.isArray(parsed)) return false
  const keys = Object.keys(generated)
  if (keys.length !== Object.keys(parsed).length) return false
  return keys.every(
    (key) =>
      Object.hasOwn(parsed, key) &&
      sameShape(
        (generated as Record<string, unknown>)[key],
        (parsed as Record<string, unknown>)[key],
        seen,
      ),
  )
}

/**
 * Inserts generated records: the sampled ones through `Table.insert` (parsed, and the parse
 * checked to have kept them whole), the others loaded as generated. Throws on the first sampled
 * record the schema refuses or changes, and on a key that is already there, as insert does.
 */
export async function insertSeeded<S extends z.ZodMiniObject, K extends keyof z.infer<S> & string>(
  table: Table<S, K>,
  records: readonly z.infer<S>[],
): Promise<void> {
  const every = sampleEvery(records.length)
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!
    if (inSample(i, every)) {
      const stored = await table.insert(record)
      if (!sameShape(record, stored, new Set()))
        throw new Error(
          `${table.name} ${String(table.keyOf(record))}: the seed generated what its schema does not keep as is`,
        )
    } else {
      const key = table.keyOf(record)
      if (table.get(key) !== undefined)
        throw new Error(`${table.name} ${String(key)} already exists`)
      table.load([record])
    }
  }
}
