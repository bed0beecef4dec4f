import { describe, expect, it } from 'vitest'
import { queryTableProps } from './query-table-props'

describe('queryTableProps', () => {
  it("shows the page's rows, and spins while the next page is fetched", () => {
    const list = { data: { items: ['R000001', 'R000002'] }, isFetching: true }
    expect(queryTableProps(list, 'No requests')).toEqual({
      dataSource: ['R000001', 'R000002'],
      loading: true,
      locale: { emptyText: 'No requests' },
    })
  })

  it('has no rows before the first answer', () => {
    expect(queryTableProps({ data: undefined, isFetching: false }, '—')).toEqual({
      dataSource: [],
      loading: false,
      locale: { emptyText: '—' },
    })
  })
})
