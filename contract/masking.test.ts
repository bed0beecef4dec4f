import { describe, expect, it } from 'vitest'
import { call, type Page, type Username } from '../mocks/test-client'

// CONTRACT: Personal data masking: national ID and phone numbers leave the server masked in every
// list, detail, export and audit response; a reveal answers the value and audits it without it.

// A whole ID number or mobile number, not a run of digits inside a longer one or inside a hash.
const FULL_ID = /(?<![0-9A-Za-z*])\d{17}[\dX](?![0-9A-Za-z*])/
const FULL_PHONE = /(?<![0-9A-Za-z*])1[3-9]\d{9}(?![0-9A-Za-z*])/
const MASKED_ID = /(?<![0-9A-Za-z*])\d{6}\*{8}\d{3}[\dX](?![0-9A-Za-z*])/
const MASKED_PHONE = /(?<![0-9A-Za-z*])1\d{2}\*{4}\d{4}(?![0-9A-Za-z*])/

async function text(who: Username, path: string): Promise<string> {
  const r = await call(who, 'GET', path)
  expect(r.status, path).toBe(200)
  return r.text
}

function expectMasked(body: string, where: string): void {
  expect(body.match(FULL_ID)?.[0], `an unmasked ID number in ${where}`).toBeUndefined()
  expect(body.match(FULL_PHONE)?.[0], `an unmasked phone number in ${where}`).toBeUndefined()
}

describe('masking', () => {
  it('lists, details, exports and the audit log carry only masked ID and phone numbers', async () => {
    const users = await call<Page<{ id: string }>>('lead01', 'GET', '/users?pageSize=200')
    const usersText = users.text
    // The check means something only where the numbers are there, masked.
    expect(usersText).toMatch(MASKED_ID)
    expect(usersText).toMatch(MASKED_PHONE)
    expectMasked(usersText, 'GET /users')
    for (const { id } of users.body.items.slice(0, 5))
      expectMasked(await text('lead01', `/users/${id}`), `GET /users/${id}`)
    const requests = await call<Page<{ id: string }>>('lead01', 'GET', '/requests?pageSize=200')
    expectMasked(requests.text, 'GET /requests')
    for (const { id } of requests.body.items.slice(0, 5))
      expectMasked(await text('lead01', `/requests/${id}`), `GET /requests/${id}`)
    expectMasked(await text('compliance01', '/disclosures?pageSize=200'), 'GET /disclosures')
    expectMasked(await text('compliance01', '/disclosures/export.csv'), 'the ledger export')
    expectMasked(await text('compliance01', '/audit-events?pageSize=200'), 'GET /audit-events')
    expectMasked(await text('compliance01', '/audit-events/export.csv'), 'the audit export')
  })

  it('a reveal answers the full number and the audit log records it without the value', async () => {
    const requests = await call<Page<{ id: string; userId: string }>>(
      'lead01',
      'GET',
      '/requests?status=in_review&pageSize=50',
    )
    let revealed: { value: string; masked: string } | null = null
    for (const { id, userId } of requests.body.items) {
      const user = await call<{ phone: string }>('lead01', 'GET', `/users/${userId}`)
      const r = await call<{ value: string }>('lead01', 'POST', `/users/${userId}/reveal`, {
        field: 'phone',
        reason: '核对来电者身份，合约测试',
        requestId: id,
      })
      if (r.status === 200) {
        revealed = { value: r.body.value, masked: user.body.phone }
        break
      }
      // A phone a data plan removed answers 410; the next request's user will do.
      expect(r.status).toBe(410)
    }
    expect(revealed).not.toBeNull()
    const { value, masked } = revealed!
    expect(value).toMatch(/^1\d{10}$/)
    expect(masked).toBe(`${value.slice(0, 3)}****${value.slice(-4)}`)

    const audit = await call<Page<unknown>>('compliance01', 'GET', '/audit-events?pageSize=200')
    const lastPage = Math.ceil(audit.body.total / 200)
    const latest = await text('compliance01', `/audit-events?pageSize=200&page=${lastPage}`)
    for (const page of [audit.text, latest]) expect(page).not.toContain(value)
    expect(await text('compliance01', '/audit-events/export.csv')).not.toContain(value)
  })
})
