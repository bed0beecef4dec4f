import type { z } from '../../src/shared/api/zod'

/**
 * One table of the mock database: records validated by the contract's zod schema on every
 * write, indexed by primary key.
 *
 * This started as an @msw/data Collection. Measured here, a Collection insert costs about
 * 0.4 ms per request record (40 s to seed or reload 100,000 requests) and a lookup scans every
 * record, which the console's 100,000-request target cannot afford. Validation is what the
 * contract needs from it, and zod does that at a fraction of the cost.
 */
export class Table<S extends z.ZodMiniObject, K extends keyof z.infer<S> & string> {
  private readonly records = new Map<unknown, z.infer<S>>()
  private snapshot: z.infer<S>[] | null = null
  private readonly listeners = new Set<(key: unknown, previous: z.infer<S> | undefined) => void>()
  private readonly indexes = new Map<string, SortedIndex<z.infer<S>>>()

  constructor(
    readonly name: string,
    private readonly schema: S,
    private readonly key: K,
  ) {}

  keyOf(value: z.infer<S>): z.infer<S>[K] {
    return value[this.key]
  }

  /** Every record; the array is shared until the next write, so callers must not mutate it. */
  all(): z.infer<S>[] {
    this.snapshot ??= [...this.records.values()]
    return this.snapshot
  }

  count(): number {
    return this.records.size
  }

  /**
   * The secondary index `name`, made on first use: the records grouped by `groupOf` (a record may
   * be in several groups; null leaves it out), each group kept in `compare` order as records are written and deleted, so a
   * filtered, sorted page reads one group instead of scanning and sorting the table. `compare`
   * must order every two distinct records (break ties by the key) and must depend only on the
   * record (and the group: a group may have an order of its own, such as each staff member's
   * requests by their own latest event), which is replaced, never changed, on every write.
   */
  index(
    name: string,
    groupOf: (record: z.infer<S>) => Groups,
    compare: (a: z.infer<S>, b: z.infer<S>, group: string) => number,
  ): SortedIndex<z.infer<S>> {
    let index = this.indexes.get(name)
    if (!index) {
      index = new SortedIndex(() => this.records.values(), groupOf, compare)
      this.indexes.set(name, index)
    }
    return index
  }

  get(id: z.infer<S>[K]): z.infer<S> | undefined {
    return this.records.get(id)
  }

  async insert(value: z.infer<S>): Promise<z.infer<S>> {
    const record = this.schema.parse(value) as z.infer<S>
    const id = record[this.key]
    if (this.records.has(id)) throw new Error(`${this.name} ${String(id)} already exists`)
    this.store(record)
    return record
  }

  async insertMany(values: z.infer<S>[]): Promise<void> {
    for (const value of values) await this.insert(value)
  }

  /**
   * Loads records this backend itself validated and wrote earlier (its persisted copy, or
   * another tab's changes), so they are not validated again: reopening 100,000 requests must
   * not take seconds.
   */
  load(values: z.infer<S>[]): void {
    for (const value of values) this.store(value)
  }

  /** Applies `change` to a copy of the record; the schema validates the result before it counts. */
  async update(id: z.infer<S>[K], change: (draft: z.infer<S>) => void): Promise<z.infer<S>> {
    const current = this.records.get(id)
    if (!current) throw new Error(`${this.name} ${String(id)} not found`)
    const draft = structuredClone(current)
    change(draft)
    const record = this.schema.parse(draft) as z.infer<S>
    if (record[this.key] !== id) this.delete(id)
    this.store(record)
    return record
  }

  delete(id: z.infer<S>[K]): void {
    const previous = this.records.get(id)
    if (!this.records.delete(id)) return
    this.snapshot = null
    if (previous) this.indexes.forEach((index) => index.remove(previous))
    this.changed(id, previous)
  }

  clear(): void {
    this.records.clear()
    this.snapshot = null
    this.indexes.forEach((index) => index.reset())
  }

  /**
   * Called with the primary key of every record written or deleted, and the record as it was
   * before (undefined for a new one), so that a failed transaction can be undone.
   */
  onChange(listener: (key: unknown, previous: z.infer<S> | undefined) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private store(record: z.infer<S>): void {
    const id = record[this.key]
    const previous = this.records.get(id)
    this.records.set(id, record)
    this.snapshot = null
    this.indexes.forEach((index) => {
      if (previous) index.remove(previous)
      index.add(record)
    })
    this.changed(id, previous)
  }

  private changed(key: unknown, previous: z.infer<S> | undefined): void {
    this.listeners.forEach((l) => l(key, previous))
  }
}

/**
 * Records grouped and kept in order (see `Table.index`). The groups are built from the table on
 * the first read and then updated record by record: a write costs a binary search and an array
 * splice per group it touches, never a sort.
 */
/** The groups of an index a record belongs to. */
type Groups = string | readonly string[] | null

function eachGroup(groups: Groups, visit: (name: string) => void): void {
  if (groups === null) return
  if (typeof groups === 'string') visit(groups)
  else new Set(groups).forEach(visit)
}

export class SortedIndex<T> {
  private groups: Map<string, T[]> | null = null

  constructor(
    private readonly source: () => Iterable<T>,
    private readonly groupOf: (record: T) => Groups,
    private readonly compare: (a: T, b: T, group: string) => number,
  ) {}

  /** The records of one group in order; shared, so callers must not mutate it. */
  group(name: string): readonly T[] {
    return this.built().get(name) ?? []
  }

  /** The names of the groups that hold or held a record. */
  groupNames(): IterableIterator<string> {
    return this.built().keys()
  }

  /** How many records at the start of group `name` are `below` (a prefix, by the group's order). */
  countBelow(name: string, below: (record: T) => boolean): number {
    const list = this.group(name)
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (below(list[mid]!)) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  add(record: T): void {
    const groups = this.groups
    if (!groups) return
    eachGroup(this.groupOf(record), (name) => {
      let list = groups.get(name)
      if (!list) groups.set(name, (list = []))
      list.splice(this.position(list, record, name), 0, record)
    })
  }

  remove(record: T): void {
    const groups = this.groups
    if (!groups) return
    eachGroup(this.groupOf(record), (name) => {
      const list = groups.get(name)
      const at = list ? this.position(list, record, name) : -1
      if (list && list[at] === record) list.splice(at, 1)
      // Not where its order says: someone changed a record in place. Rebuild rather than serve
      // a page out of order.
      else this.groups = null
    })
  }

  reset(): void {
    this.groups = null
  }

  private built(): Map<string, T[]> {
    if (this.groups) return this.groups
    const groups = new Map<string, T[]>()
    for (const record of this.source()) {
      eachGroup(this.groupOf(record), (name) => {
        let list = groups.get(name)
        if (!list) groups.set(name, (list = []))
        list.push(record)
      })
    }
    groups.forEach((list, name) => list.sort((a, b) => this.compare(a, b, name)))
    this.groups = groups
    return groups
  }

  /** Where `record` is, or would go, in `list`. */
  private position(list: T[], record: T, group: string): number {
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.compare(list[mid]!, record, group) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
