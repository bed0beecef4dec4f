import { setupServer } from 'msw/node'
import { configureBackend } from './backend-instance'
import { handlers } from './handlers'

export const server = setupServer(...handlers)

/** A fresh, seeded in-memory backend for each test that asks for one. */
export function resetMockBackend(scale: number | null = null): void {
  configureBackend({ scale, persist: false })
}
