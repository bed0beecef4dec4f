import { describe, expect, it } from 'vitest'
import { readList, serverParams, writeList } from '../../../shared/list-view/list-spec'
import { AUDIT_LIST } from './audit-params'

const readAuditView = (params: URLSearchParams) => readList(AUDIT_LIST, params)
const writeAuditView = (view: ReturnType<typeof readAuditView>) => writeList(AUDIT_LIST, view)
const listParams = serverParams

describe('audit view in the URL', () => {
  it('round-trips filters, sort and page, and drops what it does not know', () => {
    const params = new URLSearchParams(
      'action=session.&outcome=denied&page=3&pageSize=50&sort=seq:asc&tab=integrity&evil=1',
    )
    const view = readAuditView(params)
    expect(view).toEqual({
      tab: 'integrity',
      filters: { action: 'session.', outcome: 'denied' },
      sort: 'seq:asc',
      page: 3,
      pageSize: 50,
    })
    expect(writeAuditView(view).toString()).toBe(
      'tab=integrity&action=session.&outcome=denied&sort=seq%3Aasc&page=3&pageSize=50',
    )
    expect(listParams(view)).toEqual({
      action: 'session.',
      outcome: 'denied',
      sort: 'seq:asc',
      page: 3,
      pageSize: 50,
    })
  })

  it('falls back to the defaults for nonsense', () => {
    expect(readAuditView(new URLSearchParams('page=-2&pageSize=7&tab=x'))).toEqual({
      tab: 'events',
      filters: {},
      sort: undefined,
      page: 1,
      pageSize: 20,
    })
  })
})
