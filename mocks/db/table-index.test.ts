// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { z } from '../../src/shared/api/zod'
import { Table } from './table'

const schema = z.object({ id: z.string(), colour: z.string(), rank: z.number() })
type Row = z.infer<typeof schema>

const COLOURS = ['red', 'green', 'blue', 'none'] as const

/** A fixed pseudo-random sequence (a linear congruential generator), so a failure repeats. */
function random(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state % below
  }
}

/** What an index must hold: every record of the group, by scanning the table and sorting. */
function bruteForce(table: Table<typeof schema, 'id'>, colour: string, tag?: number): string[] {
  return table
    .all()
    .filter((r) => (tag === undefined ? r.colour === colour : r.rank % 3 === tag))
    .sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id))
    .map((r) => r.id)
}

const byRankDesc = (a: Row, b: Row) => b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

describe('Table.index', () => {
  it('keeps every group in order through a random sequence of inserts, updates and deletes', async () => {
    const next = random(20_261_206)
    const table = new Table('rows', schema, 'id')
    for (let i = 0; i < 200; i++)
      await table.insert({ id: `r${i}`, colour: COLOURS[next(4)]!, rank: next(50) })
    const index = table.index(
      'colour|rank',
      (r) => (r.colour === 'none' ? null : r.colour),
      byRankDesc,
    )
    expect(index.group('red').map((r) => r.id)).toEqual(bruteForce(table, 'red'))
    // A record in several groups at once: its colour's and its rank's remainder's.
    const tags = table.index('tags', (r) => [r.colour, `rank${r.rank % 3}`], byRankDesc)
    expect(tags.group('rank1').map((r) => r.id)).toEqual(bruteForce(table, '', 1))

    let created = 200
    for (let step = 0; step < 1_500; step++) {
      const ids = table.all().map((r) => r.id)
      const id = ids[next(ids.length)]!
      const action = next(10)
      if (action < 2)
        await table.insert({ id: `r${created++}`, colour: COLOURS[next(4)]!, rank: next(50) })
      else if (action < 3) table.delete(id)
      else if (action < 4) await table.update(id, (d) => void (d.colour = COLOURS[next(4)]!))
      else if (action < 5) await table.update(id, (d) => void (d.id = `r${created++}`))
      else await table.update(id, (d) => void (d.rank = next(50)))
      if (step % 100 === 0) {
        for (const colour of ['red', 'green', 'blue'])
          expect(index.group(colour).map((r) => r.id)).toEqual(bruteForce(table, colour))
        for (const tag of [0, 1, 2])
          expect(tags.group(`rank${tag}`).map((r) => r.id)).toEqual(bruteForce(table, '', tag))
        expect(tags.group('blue').map((r) => r.id)).toEqual(bruteForce(table, 'blue'))
      }
    }
    for (const colour of ['red', 'green', 'blue'])
      expect(index.group(colour).map((r) => r.id)).toEqual(bruteForce(table, colour))
    // Records left out of every group stay out.
    expect(index.group('none')).toEqual([])
  })

  it('counts a group’s prefix by binary search as a scan would', async () => {
    const next = random(7)
    const table = new Table('rows', schema, 'id')
    for (let i = 0; i < 300; i++)
      await table.insert({ id: `r${i}`, colour: COLOURS[next(3)]!, rank: next(100) })
    const index = table.index('colour|rank', (r) => r.colour, byRankDesc)
    for (const threshold of [0, 1, 37, 99, 100]) {
      const scanned = table.all().filter((r) => r.colour === 'green' && r.rank > threshold).length
      expect(index.countBelow('green', (r) => r.rank > threshold)).toBe(scanned)
    }
  })

  it('keeps a group in an order of its own when the order depends on the group', async () => {
    const next = random(99)
    const table = new Table('rows', schema, 'id')
    for (let i = 0; i < 150; i++)
      await table.insert({ id: `r${i}`, colour: COLOURS[next(4)]!, rank: next(40) })
    // Every record is in 'up' and in 'down'; 'up' is by rank rising, every other group falling.
    const index = table.index(
      'both',
      () => ['up', 'down'],
      (a, b, group) => (group === 'up' ? -byRankDesc(a, b) : byRankDesc(a, b)),
    )
    index.group('up')
    for (let step = 0; step < 300; step++) {
      const ids = table.all().map((r) => r.id)
      await table.update(ids[next(ids.length)]!, (d) => void (d.rank = next(40)))
    }
    const falling = [...table.all()].sort(byRankDesc).map((r) => r.id)
    expect(falling).toHaveLength(150)
    expect(index.group('down').map((r) => r.id)).toEqual(falling)
    expect(index.group('up').map((r) => r.id)).toEqual([...falling].reverse())
  })

  it('starts again from the table after it is cleared', async () => {
    const table = new Table('rows', schema, 'id')
    await table.insert({ id: 'a', colour: 'red', rank: 1 })
    const index = table.index('colour|rank', (r) => r.colour, byRankDesc)
    expect(index.group('red')).toHaveLength(1)
    table.clear()
    table.load([{ id: 'b', colour: 'red', rank: 2 }])
    expect(index.group('red').map((r) => r.id)).toEqual(['b'])
  })
})
