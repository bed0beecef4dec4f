import { describe, expect, it } from 'vitest'
import { call, type ErrorBody, type Page } from '../mocks/test-client'

// CONTRACT: Disclosure ledger and Audit log: PUT, PATCH and DELETE on an append-only resource
// are 405, for every role.

describe('append-only resources', () => {
  it('405 for PUT, PATCH and DELETE on the ledger, its records, the audit log and its events', async () => {
    const ledger = await call<Page<{ id: string }>>(
      'compliance01',
      'GET',
      '/disclosures?pageSize=1',
    )
    const audit = await call<Page<{ seq: number }>>(
      'compliance01',
      'GET',
      '/audit-events?pageSize=1',
    )
    const paths = [
      '/disclosures',
      `/disclosures/${ledger.body.items[0]!.id}`,
      '/audit-events',
      `/audit-events/${audit.body.items[0]!.seq}`,
    ]
    for (const path of paths) {
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        for (const who of ['compliance01', 'admin01'] as const) {
          const r = await call<ErrorBody>(who, method, path, {})
          expect(r.status, `${who} ${method} ${path}`).toBe(405)
          expect(r.body.correlationId).toEqual(expect.any(String))
        }
      }
    }
  })
})
