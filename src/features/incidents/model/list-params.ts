import type { IncidentParams } from '../api/incident-api'

export const FILTER_KEYS = ['q', 'severity', 'status'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export const PAGE_SIZES = [20, 50, 100] as const

export interface IncidentListView {
  filters: Partial<Record<FilterKey, string>>
  sort: string | undefined
  page: number
  pageSize: number
}

/** The URL is the state of the list: a filtered, sorted page can be shared and survives a reload. */
export function readListView(params: URLSearchParams): IncidentListView {
  const filters: IncidentListView['filters'] = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim()
    if (value) filters[key] = value
  }
  const size = Number(params.get('pageSize'))
  const sort = params.get('sort')
  return {
    filters,
    sort: sort && /^[A-Za-z]+:(asc|desc)$/.test(sort) ? sort : undefined,
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? size : 20,
  }
}

export function writeListView(view: IncidentListView): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of FILTER_KEYS) {
    const value = view.filters[key]
    if (value) params.set(key, value)
  }
  if (view.sort) params.set('sort', view.sort)
  if (view.page > 1) params.set('page', String(view.page))
  if (view.pageSize !== 20) params.set('pageSize', String(view.pageSize))
  return params
}

export function listParams(view: IncidentListView): IncidentParams {
  return { ...view.filters, sort: view.sort, page: view.page, pageSize: view.pageSize }
}

/** antd's sort order of a column from the URL's `field:direction`. */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (!sort?.startsWith(`${field}:`)) return null
  return sort.endsWith(':asc') ? 'ascend' : 'descend'
}
