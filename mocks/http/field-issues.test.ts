import { beforeEach, describe, expect, it } from 'vitest'
import type { RequestListItem } from '../../src/shared/api/schemas'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

// CONTRACT (2026-12): the console shows its own text for each field error, so a 400 names each
// bad field's problem by a code (details.issues) beside the server's own words (details.fields).

beforeEach(() => {
  resetMockBackend()
})

async function inReview(): Promise<RequestListItem> {
  const list = await call<{ items: RequestListItem[] }>(
    'lead01',
    'GET',
    '/requests?status=in_review&pageSize=1',
  )
  return list.body.items[0]!
}

const note = async (body: unknown) => {
  const request = await inReview()
  return call('lead01', 'POST', `/requests/${request.id}/notes`, body, request.version)
}

describe('a refused field names its problem by code', () => {
  it('a missing field is required', async () => {
    const r = await note({})
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ text: { code: 'required' } })
    expect(r.body.details?.fields?.text).toEqual(expect.any(String))
  })

  it('a value of the wrong type is in the wrong format', async () => {
    const r = await note({ text: 42 })
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ text: { code: 'invalid_format' } })
  })

  it('a list page beyond the contract’s 200 rows names the most it may be', async () => {
    const r = await call('lead01', 'GET', '/requests?pageSize=500')
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ pageSize: { code: 'too_big', maximum: 200 } })
  })

  it('a value outside an enumeration is not one of the choices', async () => {
    const r = await call('lead01', 'GET', '/requests?type=bogus')
    expect(r.status).toBe(400)
    expect(r.body.details?.issues).toEqual({ type: { code: 'invalid_value' } })
  })
})
