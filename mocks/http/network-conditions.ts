import { delay, HttpResponse } from 'msw'
import { networkConditionsSchema, type NetworkConditions } from '../../src/shared/api/schemas'

// Faults the mock server injects so anyone can see the console under a slow or broken
// network. Kept under a `mock` storage key so it survives a reload in that tab.

const STORAGE_KEY = 'mock-network-conditions'
const DEFAULT: NetworkConditions = { latencyMs: 0, failureRate: 0, offline: false }
let current: NetworkConditions | null = null

export function getNetworkConditions(): NetworkConditions {
  if (current) return current
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY)
    current = raw ? networkConditionsSchema.parse(JSON.parse(raw)) : DEFAULT
  } catch {
    current = DEFAULT
  }
  return current
}

export function setNetworkConditions(next: NetworkConditions): void {
  current = next
  if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, JSON.stringify(next))
}

/** Returns a failed response to send instead of handling, or null to go on. */
export async function applyNetworkConditions(): Promise<Response | null> {
  const { latencyMs, failureRate, offline } = getNetworkConditions()
  if (offline) return HttpResponse.error()
  if (latencyMs > 0) await delay(latencyMs)
  if (failureRate > 0 && Math.random() < failureRate) return HttpResponse.error()
  return null
}
