// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  date,
  defineList,
  oneOf,
  pageAfterChange,
  positiveInt,
  readList,
  serverParams,
  sortFromSorter,
  sortOrderOf,
  text,
  writeList,
} from './list-spec'

const spec = defineList({
  tabs: { values: ['open', 'all'] as const, default: 'open' },
  filters: { q: text(), kind: oneOf(['a', 'b'] as const), from: date(), to: date() },
  extras: { record: positiveInt() },
  sort: { columns: { id: 'id', when: 'createdAt' }, default: 'id:desc' },
})

/** The first page of a list in the server's order. */
const firstPage = { sort: undefined, page: 1, pageSize: 20 }

describe('a list in the URL', () => {
  it('reads tab, filters, sort, page, page size and the other state of the page', () => {
    const state = readList(
      spec,
      new URLSearchParams(
        'tab=all&q=%20abc%20&kind=b&from=2026-01-01&sort=createdAt:asc&page=3&pageSize=50&record=7',
      ),
    )
    expect(state).toEqual({
      tab: 'all',
      filters: { q: 'abc', kind: 'b', from: '2026-01-01' },
      sort: 'createdAt:asc',
      page: 3,
      pageSize: 50,
      record: 7,
    })
  })

  it('falls back to the defaults for nonsense', () => {
    expect(
      readList(
        spec,
        new URLSearchParams(
          'tab=x&q=%20&kind=c&from=yesterday&sort=name:asc&page=-2&pageSize=7&record=abc',
        ),
      ),
    ).toEqual({
      tab: 'open',
      filters: {},
      sort: undefined,
      page: 1,
      pageSize: 20,
      record: null,
    })
    expect(readList(spec, new URLSearchParams('sort=id:up&page=2.5')).sort).toBeUndefined()
    expect(readList(spec, new URLSearchParams('page=2.5')).page).toBe(2)
  })

  it('writes only what differs from the defaults, in a stable order', () => {
    expect(
      writeList(spec, {
        tab: 'all',
        filters: { kind: 'a', to: '2026-02-01', q: 'x' },
        sort: 'id:asc',
        page: 2,
        pageSize: 100,
        record: 12,
      }).toString(),
    ).toBe('tab=all&q=x&kind=a&to=2026-02-01&sort=id%3Aasc&page=2&pageSize=100&record=12')
    expect(
      writeList(spec, { tab: 'open', filters: {}, ...firstPage, record: null }).toString(),
    ).toBe('')
  })

  it('keeps the parameters of the page that are not the list’s own', () => {
    const base = new URLSearchParams('tab=users&q=old&other=1')
    const nested = defineList({ filters: { q: text() }, prefix: 'users' })
    expect(
      writeList(
        nested,
        {
          tab: undefined as never,
          filters: { q: 'new' },
          sort: undefined,
          page: 4,
          pageSize: 50,
        },
        base,
      ).toString(),
    ).toBe('tab=users&q=old&other=1&usersQ=new&usersPage=4&usersPageSize=50')
    expect(readList(nested, new URLSearchParams('q=x&page=3&usersQ=y&usersPage=2'))).toEqual({
      tab: undefined,
      filters: { q: 'y' },
      sort: undefined,
      page: 2,
      pageSize: 20,
    })
  })

  it('names a list’s parameters under a dotted prefix', () => {
    const nested = defineList({ filters: { status: text() }, prefix: 'deliveries.C1.' })
    expect(
      writeList(nested, {
        tab: undefined as never,
        filters: { status: 'sent' },
        sort: undefined,
        page: 2,
        pageSize: 20,
      }).toString(),
    ).toBe('deliveries.C1.status=sent&deliveries.C1.page=2')
  })

  it('always writes a tab the list names in every bookmark', () => {
    const always = defineList({
      tabs: { values: ['mine', 'all'] as const, default: 'mine', always: true },
      filters: {},
    })
    expect(writeList(always, { tab: 'mine', filters: {}, ...firstPage }).toString()).toBe(
      'tab=mine',
    )
  })

  it('takes its own page sizes, the first being the default', () => {
    const small = defineList({ filters: {}, pageSizes: [10, 50, 100] })
    expect(readList(small, new URLSearchParams('pageSize=20')).pageSize).toBe(10)
    expect(readList(small, new URLSearchParams('pageSize=50')).pageSize).toBe(50)
  })

  it('asks the server for the filters, sort and page', () => {
    expect(serverParams({ filters: { kind: 'a' }, sort: 'id:asc', page: 2, pageSize: 50 })).toEqual(
      { kind: 'a', sort: 'id:asc', page: 2, pageSize: 50 },
    )
  })
})

describe('the table’s sort', () => {
  it('maps antd’s sorter to the server’s field and direction', () => {
    expect(sortFromSorter(spec, { columnKey: 'when', order: 'ascend' })).toBe('createdAt:asc')
    expect(sortFromSorter(spec, { columnKey: 'id', order: 'ascend' })).toBe('id:asc')
    expect(sortFromSorter(spec, [{ field: 'when', order: 'descend' }])).toBe('createdAt:desc')
    expect(sortFromSorter(spec, { columnKey: 'when', order: null })).toBeUndefined()
    expect(sortFromSorter(spec, { columnKey: 'unknown', order: 'ascend' })).toBeUndefined()
  })

  it('takes the list’s default order for no sort, from the table and from the URL', () => {
    // The spec's default is id:desc.
    expect(sortFromSorter(spec, { columnKey: 'id', order: 'descend' })).toBeUndefined()
    expect(readList(spec, new URLSearchParams('sort=id:desc')).sort).toBeUndefined()
    expect(readList(spec, new URLSearchParams('sort=id:asc')).sort).toBe('id:asc')
  })

  it('shows the URL’s sort on its column header, and the default when there is none', () => {
    expect(sortOrderOf(spec, 'createdAt:asc', 'when')).toBe('ascend')
    expect(sortOrderOf(spec, 'createdAt:asc', 'id')).toBeNull()
    expect(sortOrderOf(spec, undefined, 'id')).toBe('descend')
    expect(sortOrderOf(spec, undefined, 'when')).toBeNull()
  })

  it('starts again at the first page when the sort or the page size changes', () => {
    const state = { sort: 'id:asc', pageSize: 20 }
    expect(pageAfterChange(spec, state, { sort: 'id:asc', pageSize: 20, current: 4 })).toBe(4)
    expect(pageAfterChange(spec, state, { sort: 'id:desc', pageSize: 20, current: 4 })).toBe(1)
    expect(pageAfterChange(spec, state, { sort: 'id:asc', pageSize: 50, current: 4 })).toBe(1)
  })

  it('goes to the next page of a list in its default order, which the header reports as its sort', () => {
    // No sort in the URL: the list is in id:desc, and the table reports that column's order.
    const state = { sort: undefined, pageSize: 20 }
    expect(pageAfterChange(spec, state, { sort: 'id:desc', pageSize: 20, current: 2 })).toBe(2)
    expect(pageAfterChange(spec, state, { sort: 'id:asc', pageSize: 20, current: 2 })).toBe(1)
    expect(pageAfterChange(spec, state, { sort: undefined, pageSize: 20, current: 3 })).toBe(3)
  })
})
