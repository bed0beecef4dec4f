import { describe, expect, it } from 'vitest'
import { createBackend, seedImages, type Backend } from './backend'
import type { SnapshotPart } from './snapshot-log'

const small = { users: 40, requests: 30, disclosures: 4 }
const MINUTE = 60_000

function contents(backend: Backend) {
  return Object.fromEntries(
    Object.entries(backend.db).map(([name, table]) => [name, table.all().length]),
  )
}

describe('seeded databases kept for the next backend', () => {
  it('starts a backend from a kept seed with the records a fresh seed has', async () => {
    const seeds = seedImages(10 * MINUTE)
    const seeded = await createBackend(small, false, undefined, seeds)
    const loaded = await createBackend(small, false, undefined, seeds)
    const fresh = await createBackend(small, false)
    expect(contents(loaded)).toEqual(contents(fresh))
    expect(loaded.db.requests.all()).toEqual(seeded.db.requests.all())
    expect(loaded.db.staff.get('S001')?.username).toBe('agent01')
  })

  it('gives each backend its own records: what one writes, the next does not see', async () => {
    const seeds = seedImages(10 * MINUTE)
    const first = await createBackend(small, false, undefined, seeds)
    const id = first.db.requests.all()[0]!.id
    const before = first.db.requests.get(id)!.assigneeId
    await first.write(() => first.db.requests.update(id, (r) => void (r.assigneeId = 'S-LAST')))
    const second = await createBackend(small, false, undefined, seeds)
    expect(second.db.requests.get(id)!.assigneeId).toBe(before)
    expect(first.db.requests.get(id)!.assigneeId).toBe('S-LAST')
  })

  it('keeps a seed for its scale and only while it is fresh, never for an earlier time', () => {
    const seeds = seedImages(10 * MINUTE)
    const image: SnapshotPart[] = [{ table: 'requests', records: '[]' }]
    seeds.keep('scale-a', 1_000_000, image)
    expect(seeds.find('scale-a', 1_000_000)).toBe(image)
    expect(seeds.find('scale-a', 1_000_000 + 10 * MINUTE)).toBe(image)
    expect(seeds.find('scale-a', 1_000_000 + 10 * MINUTE + 1)).toBeNull()
    expect(seeds.find('scale-a', 999_999)).toBeNull()
    expect(seeds.find('scale-b', 1_000_000)).toBeNull()
  })
})
