import { z } from '../src/shared/api/zod'
import { createBackend, type Backend, type ConfirmReseed, type SeedImages } from './db/backend'
import { seedOptionsForScale } from './db/seed-options'
import type { BackendStore } from './db/snapshot-log'

// The API's validation messages (`details.fields`) are English, as the contract's examples are.
z.config(z.locales.en())

let config: {
  scale: number | null
  /** See `createBackend`: in memory, the browser's IndexedDB, or the given store. */
  persist: boolean | BackendStore
  confirmReseed?: ConfirmReseed
  /** Seeded databases to load instead of seeding anew (see `seedImages`). */
  seeds?: SeedImages
} = {
  scale: null,
  persist: false,
}
let instance: Promise<Backend> | null = null

/** Called once by the worker, node or server entry before any request is handled. */
export function configureBackend(options: typeof config): void {
  config = options
  instance = null
}

export function getBackend(): Promise<Backend> {
  instance ??= createBackend(
    seedOptionsForScale(config.scale),
    config.persist,
    config.confirmReseed,
    config.seeds,
  )
  return instance
}
