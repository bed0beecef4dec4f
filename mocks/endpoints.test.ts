import { describe, expect, it } from 'vitest'
import { ALL_ENDPOINTS } from '../src/shared/api/endpoints'
import { ROUTES } from './http/route'
import './handlers'

const name = (e: { method: string; path: string }) => `${e.method.toUpperCase()} ${e.path}`

describe('the endpoint tables and the mock server', () => {
  it('serves each route from a table endpoint, except the declared mock-only tools', () => {
    const tabled = new Set(ALL_ENDPOINTS)
    const outside = ROUTES.filter((r) => !tabled.has(r))
    expect(outside.map(name)).toEqual([
      'POST /admin/reset',
      'GET /__mock/sms-outbox',
      'GET /__mock/staff-outbox',
    ])
    expect(outside.every((r) => r.mockOnly)).toBe(true)
  })

  it('has a handler for every table endpoint, and only one', () => {
    const served = ROUTES.filter((r) => ALL_ENDPOINTS.includes(r))
    expect(served.length).toBe(ALL_ENDPOINTS.length)
    expect(new Set(served).size).toBe(ALL_ENDPOINTS.length)
  })

  it('lists every operation once', () => {
    const names = ALL_ENDPOINTS.map(name)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain('POST /requests/:id/decision')
    expect(names).toContain('DELETE /audit-events/:recordId')
  })
})
