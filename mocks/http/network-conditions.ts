import { delay, HttpResponse } from 'msw'
import { networkConditionsSchema, type NetworkConditions } from '../../src/shared/api/schemas'

// Faults the mock server injects so anyone can see the console under a slow or broken
// network. A process keeps them for as long as it runs; the browser's keeps them in a store (see
// `keepNetworkConditionsIn`), since the browser stops an idle service worker.

const DEFAULT: NetworkConditions = { latencyMs: 0, failureRate: 0, offline: false }
let current: NetworkConditions = DEFAULT
let save: ((conditions: NetworkConditions) => void) | null = null

export function getNetworkConditions(): NetworkConditions {
  return current
}

export function setNetworkConditions(next: NetworkConditions): void {
  current = next
  save?.(next)
}

/** Takes up the conditions `store` holds, and keeps every later change there. */
export async function keepNetworkConditionsIn(store: {
  load(): Promise<unknown>
  save(conditions: NetworkConditions): void
}): Promise<void> {
  const stored = networkConditionsSchema.safeParse(await store.load().catch(() => undefined))
  if (stored.success) current = stored.data
  save = store.save
}

/** Returns a failed response to send instead of handling, or null to go on. */
export async function applyNetworkConditions(): Promise<Response | null> {
  const { latencyMs, failureRate, offline } = getNetworkConditions()
  if (offline) return HttpResponse.error()
  if (latencyMs > 0) await delay(latencyMs)
  if (failureRate > 0 && Math.random() < failureRate) return HttpResponse.error()
  return null
}
