// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readList, serverParams, writeList } from '../../../shared/list-view/list-spec'
import { filterParams, LEDGER_LIST, type LedgerView } from './ledger-params'

const readLedgerView = (params: URLSearchParams) => readList(LEDGER_LIST, params)
const writeLedgerView = (view: LedgerView) => writeList(LEDGER_LIST, view)
const listParams = serverParams

describe('the ledger view in the URL', () => {
  it('round-trips filters, sort, page and the open record', () => {
    const params = new URLSearchParams(
      'tab=ledger&basis=consent&userId=U000001&from=2026-01-01&to=2026-02-01&sort=disclosedAt:asc&page=3&pageSize=50&record=12',
    )
    const view = readLedgerView(params)
    expect(view).toEqual({
      tab: 'ledger',
      filters: { basis: 'consent', userId: 'U000001', from: '2026-01-01', to: '2026-02-01' },
      sort: 'disclosedAt:asc',
      page: 3,
      pageSize: 50,
      record: 12,
    })
    expect(readLedgerView(writeLedgerView(view))).toEqual(view)
    expect(listParams(view)).toMatchObject({
      basis: 'consent',
      page: 3,
      pageSize: 50,
      sort: 'disclosedAt:asc',
    })
    expect(filterParams(view)).toEqual({
      basis: 'consent',
      userId: 'U000001',
      from: '2026-01-01',
      to: '2026-02-01',
    })
  })

  it('falls back to safe defaults for nonsense', () => {
    expect(readLedgerView(new URLSearchParams('tab=x&page=-2&pageSize=7&record=abc'))).toEqual({
      tab: 'ledger',
      filters: {},
      sort: undefined,
      page: 1,
      pageSize: 20,
      record: null,
    })
    expect(writeLedgerView(readLedgerView(new URLSearchParams())).toString()).toBe('')
  })
})
