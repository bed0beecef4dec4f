import type { TableProps } from 'antd'
import type { ReactNode } from 'react'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  pageAfterChange,
  pageSizesOf,
  readList,
  serverParams,
  sortFromSorter,
  sortOrderOf,
  writeList,
  type FilterValues,
  type ListBase,
  type ListSpec,
  type ListState,
  type ParamDef,
} from './list-spec'
import { pageSizeSelect } from './page-size-select'

type DefsOf = Record<string, ParamDef<unknown>>

interface ListViewOptions<F extends DefsOf, T extends string, X extends DefsOf> {
  /** Called with the next state before the URL changes (to prefetch it, to clear a selection). */
  onChange?(next: ListState<F, T, X>): void
}

/**
 * One list's state, kept in the URL: the filter bar's values and setters, the server's query
 * parameters and the controlled props of antd's Table. The spec must be a stable object.
 */
export function useListView<F extends DefsOf, T extends string, X extends DefsOf>(
  spec: ListSpec<F, T, X>,
  options: ListViewOptions<F, T, X> = {},
) {
  const [searchParams, setSearchParams] = useSearchParams()
  // react-router hands out the same URLSearchParams until the URL changes: derived values hold.
  const state = useMemo(() => readList(spec, searchParams), [spec, searchParams])
  const query = useMemo(() => serverParams(state), [state])

  const commit = (next: ListState<F, T, X>) => {
    options.onChange?.(next)
    setSearchParams(writeList(spec, next, searchParams))
  }
  const set = (change: Partial<ListBase<F, T>> | Partial<ListState<F, T, X>>) =>
    commit({ ...state, ...change } as ListState<F, T, X>)

  return {
    state,
    /** The URL's query as it stands, for a test or a cache to key on. */
    search: searchParams.toString(),
    /** The filters, sort and page the server is asked for. */
    query,
    set,
    /** Replaces the filters; a new filter starts again at the first page. */
    setFilters: (filters: FilterValues<F>) => set({ filters, page: 1 }),
    /** Sets one filter (an empty value clears it) and starts again at the first page. */
    setFilter: <K extends keyof F>(key: K, value: FilterValues<F>[K] | undefined) =>
      set({ filters: { ...state.filters, [key]: value === '' ? undefined : value }, page: 1 }),
    /** A view starts again at the first page, keeping the filters. */
    setTab: (tab: T) => set({ tab, page: 1 }),
    /** Props for a sortable column: its header shows the URL's sort, or the default one. */
    sortable: (columnKey: string) => {
      const [field, direction] = (spec.sort?.default ?? '').split(':')
      const isDefault = field !== undefined && spec.sort?.columns[columnKey] === field
      return {
        key: columnKey,
        sorter: true,
        sortOrder: sortOrderOf(spec, state.sort, columnKey),
        // Clearing a sort returns to the server's default: the default column's cycle starts there.
        ...(isDefault && direction === 'desc'
          ? { sortDirections: ['descend', 'ascend'] as ('descend' | 'ascend')[] }
          : {}),
      }
    },
    /** Controlled `pagination` and `onChange` for antd's Table. */
    table: <R>(total: number | undefined, showTotal?: (total: number) => ReactNode) => {
      const onChange: NonNullable<TableProps<R>['onChange']> = (pagination, _filters, sorter) => {
        const sort = sortFromSorter(spec, sorter)
        const pageSize = pagination.pageSize ?? state.pageSize
        set({
          sort,
          pageSize,
          page: pageAfterChange(spec, state, { sort, pageSize, current: pagination.current ?? 1 }),
        })
      }
      const sizes = pageSizesOf(spec)
      return {
        onChange,
        pagination: {
          current: state.page,
          pageSize: state.pageSize,
          total: total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: sizes.map(String),
          components: { sizeChanger: pageSizeSelect(sizes) },
          showTotal,
        },
      }
    },
  }
}

/** What `useListView` gives for a spec: the type a list's table and filter bar take. */
export type ListView<S> =
  S extends ListSpec<infer F, infer T, infer X> ? ReturnType<typeof useListView<F, T, X>> : never
