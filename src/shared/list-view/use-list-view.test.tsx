import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { defineList, oneOf, text } from './list-spec'
import { useListView } from './use-list-view'

const spec = defineList({
  filters: { q: text(), kind: oneOf(['a', 'b'] as const) },
  sort: { columns: { id: 'id', when: 'createdAt' }, default: 'createdAt:desc' },
})

function setup(url: string) {
  let router: ReturnType<typeof createMemoryRouter> | undefined
  const wrapper = ({ children }: { children: ReactNode }) => {
    router ??= createMemoryRouter([{ path: '/list', element: children }], {
      initialEntries: [url],
    })
    return <RouterProvider router={router} />
  }
  const hook = renderHook(() => useListView(spec), { wrapper })
  // What antd's Table reports when a header is clicked or a page turned: filters stay empty.
  const changeTable = (
    pagination: { current: number; pageSize: number },
    sorter: { columnKey: string; order: 'ascend' | 'descend' },
    action: 'sort' | 'paginate',
  ) => {
    const { onChange } = hook.result.current.table(100)
    act(() => onChange(pagination, {}, sorter, { action, currentDataSource: [] }))
  }
  return { hook, changeTable, search: () => router!.state.location.search }
}

describe('useListView', () => {
  it('gives the server’s query and the table’s pagination from the URL', () => {
    const { hook } = setup('/list?kind=a&page=2&pageSize=50&sort=id:asc')
    expect(hook.result.current.query).toEqual({
      kind: 'a',
      sort: 'id:asc',
      page: 2,
      pageSize: 50,
    })
    const table = hook.result.current.table(120)
    expect(table.pagination).toMatchObject({
      current: 2,
      pageSize: 50,
      total: 120,
      showSizeChanger: true,
      pageSizeOptions: ['20', '50', '100'],
    })
  })

  it('shows the sort of the URL on the column header after a reload', () => {
    const { hook } = setup('/list?sort=id:asc')
    expect(hook.result.current.sortable('id')).toMatchObject({ sorter: true, sortOrder: 'ascend' })
    expect(hook.result.current.sortable('when').sortOrder).toBeNull()
  })

  it('shows the default sort when the URL has none, with a cycle that comes back to it', () => {
    const { hook } = setup('/list')
    expect(hook.result.current.sortable('when')).toMatchObject({
      sortOrder: 'descend',
      sortDirections: ['descend', 'ascend'],
    })
  })

  it('starts again at the first page when a filter changes', () => {
    const { hook, search } = setup('/list?kind=a&page=3')
    act(() => hook.result.current.setFilter('q', 'abc'))
    expect(search()).toBe('?q=abc&kind=a')
    act(() => hook.result.current.setFilter('kind', undefined))
    expect(search()).toBe('?q=abc')
  })

  it('maps a click on a column header to the server’s sort, back on the first page', () => {
    const { changeTable, search } = setup('/list?page=3')
    changeTable({ current: 3, pageSize: 20 }, { columnKey: 'when', order: 'ascend' }, 'sort')
    expect(search()).toBe('?sort=createdAt%3Aasc')
  })

  it('turns the page without touching the sort', () => {
    const { changeTable, search } = setup('/list?sort=id:desc')
    changeTable({ current: 4, pageSize: 20 }, { columnKey: 'id', order: 'descend' }, 'paginate')
    expect(search()).toBe('?sort=id%3Adesc&page=4')
  })

  it('keeps a list in its default order without a sort in the URL when the page size changes', () => {
    // antd reports the default column's order (createdAt descending) with the new page size.
    const { hook, changeTable, search } = setup('/list?page=2')
    changeTable({ current: 2, pageSize: 50 }, { columnKey: 'when', order: 'descend' }, 'paginate')
    expect(search()).toBe('?pageSize=50')
    expect(hook.result.current.query).toEqual({ sort: undefined, page: 1, pageSize: 50 })
  })
})
