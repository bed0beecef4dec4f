import type { SortOrder } from 'antd/es/table/interface'

/** The page sizes every server-paged list offers, unless a list declares its own. */
export const PAGE_SIZES = [20, 50, 100] as const

/** One URL parameter of a list: how its text becomes a value, and back. */
export interface ParamDef<T> {
  parse(raw: string): T | undefined
  write?(value: T): string
  /** What the list holds when the URL has nothing (or nonsense) for it. */
  default?: T
  /** The URL's name, when it is not the filter's own. */
  param?: string
}

type DefsOf = Record<string, ParamDef<unknown>>
type ValueOf<D> = D extends ParamDef<infer T> ? T : never
/** The values of a list's filters: a filter without a value is absent. */
export type FilterValues<F extends DefsOf> = { [K in keyof F]?: ValueOf<F[K]> }
/** The values of the page's other state: `null` when the URL has none. */
type ExtraValues<X extends DefsOf> = { [K in keyof X]: ValueOf<X[K]> | null }

export interface ListSpec<
  F extends DefsOf = DefsOf,
  T extends string = string,
  X extends DefsOf = Record<never, never>,
> {
  /** The views (tabs) of the list, if it has any. */
  tabs?: {
    values: readonly T[]
    default: T
    param?: string
    /** Write the tab even when it is the default (bookmarks name it). */
    always?: boolean
  }
  filters: F
  /** Other state of the page kept beside the list (an open record): changing it keeps the page. */
  extras?: X
  sort?: {
    /** Each sortable column's key, and the field the server sorts it by. */
    columns: Record<string, string>
    /** The server's order when none is asked for, as `field:asc|desc`: the header shows it. */
    default?: string
  }
  pageSizes?: readonly number[]
  /** Names the list's parameters apart from the other lists and tabs of the same page. */
  prefix?: string
}

/** What every list holds: its view, filters, sort and page. */
export interface ListBase<F extends DefsOf = DefsOf, T extends string = string> {
  tab: T
  filters: FilterValues<F>
  sort: string | undefined
  page: number
  pageSize: number
}

export type ListState<
  F extends DefsOf = DefsOf,
  T extends string = string,
  X extends DefsOf = Record<never, never>,
> = ListBase<F, T> & ExtraValues<X>

/** The state of the list a spec declares. */
export type StateOf<S> = S extends ListSpec<infer F, infer T, infer X> ? ListState<F, T, X> : never

// Parsers of the common kinds of filter.

/** Free text, trimmed; empty means no filter. */
export const text = (param?: string): ParamDef<string> => ({
  parse: (raw) => raw.trim() || undefined,
  param,
})

/** Text taken as it is (a prefix search may end in a dot or a space). */
export const raw = (param?: string): ParamDef<string> => ({ parse: (v) => v || undefined, param })

/** One of a fixed set of values. */
export const oneOf = <V extends string>(values: readonly V[], param?: string): ParamDef<V> => ({
  parse: (v) => values.find((x) => x === v),
  param,
})

/** A calendar date, YYYY-MM-DD. */
export const date = (param?: string): ParamDef<string> => ({
  parse: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined),
  param,
})

/** A whole number above zero. */
export const positiveInt = (param?: string): ParamDef<number> => ({
  parse: (v) => {
    const n = Number(v)
    return Number.isInteger(n) && n > 0 ? n : undefined
  },
  write: String,
  param,
})

export function defineList<
  F extends DefsOf,
  T extends string = never,
  X extends DefsOf = Record<never, never>,
>(spec: ListSpec<F, T, X>): ListSpec<F, T, X> {
  return spec
}

/** The URL names of a list's own parameters (page, pageSize, sort, tab). */
function paramNames(spec: ListSpec<DefsOf, string, DefsOf>) {
  const prefix = spec.prefix ?? ''
  // `users` names `usersPage`; a prefix ending in a dot (`deliveries.C1.`) names `deliveries.C1.page`.
  const name = (n: string) =>
    !prefix || prefix.endsWith('.')
      ? `${prefix}${n}`
      : `${prefix}${n[0]!.toUpperCase()}${n.slice(1)}`
  return {
    tab: spec.tabs?.param ?? 'tab',
    page: name('page'),
    pageSize: name('pageSize'),
    sort: name('sort'),
    of: (key: string, def: ParamDef<unknown>) => def.param ?? name(key),
  }
}

/** The page sizes a list offers: its own, or the console's. */
export function pageSizesOf(spec: ListSpec<DefsOf, string, DefsOf>): readonly number[] {
  return spec.pageSizes ?? PAGE_SIZES
}

function isSort(spec: ListSpec<DefsOf, string, DefsOf>, sort: string): boolean {
  const [field, direction, ...rest] = sort.split(':')
  if (rest.length || (direction !== 'asc' && direction !== 'desc')) return false
  return Object.values(spec.sort?.columns ?? {}).includes(field!)
}

/** The URL is the state of a list: a filtered, sorted page survives a reload and can be shared. */
export function readList<F extends DefsOf, T extends string, X extends DefsOf>(
  spec: ListSpec<F, T, X>,
  params: URLSearchParams,
): ListState<F, T, X> {
  const names = paramNames(spec)
  const read = <D extends DefsOf>(defs: D, absent: null | undefined) => {
    const out: Record<string, unknown> = {}
    for (const [key, def] of Object.entries(defs)) {
      const value = params.get(names.of(key, def))
      const parsed = (value === null ? undefined : def.parse(value)) ?? def.default ?? absent
      if (parsed !== undefined) out[key] = parsed
    }
    return out
  }
  const sizes = pageSizesOf(spec)
  const size = Number(params.get(names.pageSize))
  const sort = params.get(names.sort)
  return {
    ...(read(spec.extras ?? {}, null) as ExtraValues<X>),
    tab: spec.tabs
      ? (spec.tabs.values.find((t) => t === params.get(names.tab)) ?? spec.tabs.default)
      : (undefined as unknown as T),
    filters: read(spec.filters, undefined) as FilterValues<F>,
    // The default order is the list without a sort, however the URL came to name it.
    sort: sort && isSort(spec, sort) && sort !== spec.sort?.default ? sort : undefined,
    page: Math.max(1, Math.floor(Number(params.get(names.page))) || 1),
    pageSize: sizes.includes(size) ? size : sizes[0]!,
  } as ListState<F, T, X>
}

/**
 * The URL of a list's state. Parameters that are not the list's own (another list on the same
 * page, the page's tab) are kept from `base`.
 */
export function writeList<F extends DefsOf, T extends string, X extends DefsOf>(
  spec: ListSpec<F, T, X>,
  state: ListState<F, T, X>,
  base?: URLSearchParams,
): URLSearchParams {
  const names = paramNames(spec)
  const own = [
    ...(spec.tabs ? [names.tab] : []),
    ...Object.entries(spec.filters).map(([k, d]) => names.of(k, d)),
    names.sort,
    names.page,
    names.pageSize,
    ...Object.entries(spec.extras ?? {}).map(([k, d]) => names.of(k, d)),
  ]
  const params = new URLSearchParams()
  for (const [key, value] of base ?? []) if (!own.includes(key)) params.append(key, value)
  const write = (defs: DefsOf, values: Record<string, unknown>) => {
    for (const [key, def] of Object.entries(defs)) {
      const value = values[key]
      if (value === undefined || value === null || value === '' || value === def.default) continue
      params.set(names.of(key, def), def.write ? def.write(value) : String(value))
    }
  }
  if (spec.tabs && (spec.tabs.always || state.tab !== spec.tabs.default))
    params.set(names.tab, state.tab)
  write(spec.filters, state.filters)
  if (state.sort) params.set(names.sort, state.sort)
  if (state.page > 1) params.set(names.page, String(state.page))
  if (state.pageSize !== pageSizesOf(spec)[0]) params.set(names.pageSize, String(state.pageSize))
  write(spec.extras ?? {}, state)
  return params
}

/** What a list asks the server for: its filters, sort and page. */
export function serverParams<F extends DefsOf>(
  state: Pick<ListState<F>, 'filters' | 'sort' | 'page' | 'pageSize'>,
) {
  return { ...state.filters, sort: state.sort, page: state.page, pageSize: state.pageSize }
}

/** The order a list is in: the URL's sort, or the server's default when there is none. */
function orderOf(spec: Pick<ListSpec, 'sort'>, sort: string | undefined): string | undefined {
  return sort ?? spec.sort?.default
}

/** The order a column's header shows. */
export function sortOrderOf(
  spec: Pick<ListSpec, 'sort'>,
  sort: string | undefined,
  columnKey: string,
): SortOrder {
  const field = spec.sort?.columns[columnKey]
  const [f, direction] = (orderOf(spec, sort) ?? '').split(':')
  if (!field || f !== field) return null
  return direction === 'desc' ? 'descend' : 'ascend'
}

interface Sorter {
  order?: SortOrder
  columnKey?: unknown
  field?: unknown
}

/**
 * The server's `sort` for what antd's sorter reports; none when the column's sort is cleared or
 * is the list's default order. antd reports the default column's order with every page turn and
 * page-size change: taken as a sort, it put `sort=` into the URL of a list nobody had sorted, and
 * asked the server for the same page under a second cache key.
 */
export function sortFromSorter(
  spec: Pick<ListSpec, 'sort'>,
  sorter: Sorter | Sorter[],
): string | undefined {
  const s = Array.isArray(sorter) ? sorter[0] : sorter
  if (!s?.order) return undefined
  const field = spec.sort?.columns[String(s.columnKey ?? s.field)]
  const sort = field ? `${field}:${s.order === 'ascend' ? 'asc' : 'desc'}` : undefined
  return sort === spec.sort?.default ? undefined : sort
}

/**
 * The page after a table change: a new sort or page size starts again at the first page. A list
 * with no sort in its URL is in its default order, which the table's header shows and reports.
 */
export function pageAfterChange(
  spec: Pick<ListSpec, 'sort'>,
  state: Pick<ListState, 'sort' | 'pageSize'>,
  next: { sort: string | undefined; pageSize: number; current: number },
): number {
  return orderOf(spec, next.sort) !== orderOf(spec, state.sort) || next.pageSize !== state.pageSize
    ? 1
    : next.current
}
