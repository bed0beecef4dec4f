import { Collection } from '@msw/data'
import type { z } from 'zod'

/**
 * A collection of @msw/data records (validated by the contract's zod schema on every write)
 * with a primary-key index, because a scan per lookup is too slow at 100,000 requests.
 */
export class Table<S extends z.ZodObject, K extends keyof z.infer<S> & string> {
  readonly collection: Collection<S>
  private readonly index = new Map<unknown, z.infer<S>>()
  private listeners = new Set<(key: unknown) => void>()

  constructor(
    readonly name: string,
    schema: S,
    private readonly key: K,
  ) {
    this.collection = new Collection({ schema })
  }

  keyOf(value: z.infer<S>): z.infer<S>[K] {
    return value[this.key]
  }

  all(): z.infer<S>[] {
    return this.collection.all() as z.infer<S>[]
  }

  count(): number {
    return this.collection.count()
  }

  get(id: z.infer<S>[K]): z.infer<S> | undefined {
    return this.index.get(id)
  }

  async insert(value: z.infer<S>): Promise<z.infer<S>> {
    const record = (await this.collection.create(value as never)) as z.infer<S>
    this.index.set(record[this.key], record)
    this.changed(record[this.key])
    return record
  }

  async insertMany(values: z.infer<S>[]): Promise<void> {
    const created = (await this.collection.createMany(values.length, (i) => values[i] as never)) as z.infer<S>[]
    for (const record of created) {
      this.index.set(record[this.key], record)
      this.changed(record[this.key])
    }
  }

  /** Applies `change` to a draft of the record; the schema re-validates the result. */
  async update(id: z.infer<S>[K], change: (draft: z.infer<S>) => void): Promise<z.infer<S>> {
    const current = this.index.get(id)
    if (!current) throw new Error(`${this.name} ${String(id)} not found`)
    const updated = (await this.collection.update(current as never, {
      data: (draft: z.infer<S>) => {
        change(draft)
      },
    } as never)) as z.infer<S> | undefined
    const record = updated ?? current
    this.index.set(record[this.key], record)
    this.changed(record[this.key])
    return record
  }

  delete(id: z.infer<S>[K]): void {
    const current = this.index.get(id)
    if (!current) return
    this.collection.delete(current as never)
    this.index.delete(id)
    this.changed(id)
  }

  /** Writes a record as another process left it (replication from storage). */
  async put(value: z.infer<S>): Promise<void> {
    const id = value[this.key]
    if (!this.index.has(id)) {
      await this.insert(value)
      return
    }
    await this.update(id, (draft) => {
      Object.assign(draft, value)
    })
  }

  clear(): void {
    this.collection.clear()
    this.index.clear()
  }

  /** Called with the primary key of every record written or deleted. */
  onChange(listener: (key: unknown) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private changed(key: unknown): void {
    this.listeners.forEach((l) => l(key))
  }
}
