import type { AuditParams } from '../api/audit-api'

export const FILTER_KEYS = ['actorId', 'action', 'target', 'outcome', 'from', 'to'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export const AUDIT_TABS = ['events', 'integrity'] as const
export type AuditTab = (typeof AUDIT_TABS)[number]
export const PAGE_SIZES = [20, 50, 100] as const

export interface AuditView {
  tab: AuditTab
  filters: Partial<Record<FilterKey, string>>
  sort: string | undefined
  page: number
  pageSize: number
}

/** The URL is the state of the log: a filtered view can be shared with a colleague. */
export function readAuditView(params: URLSearchParams): AuditView {
  const filters: AuditView['filters'] = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)
    if (value) filters[key] = value
  }
  const size = Number(params.get('pageSize'))
  return {
    tab: AUDIT_TABS.find((t) => t === params.get('tab')) ?? 'events',
    filters,
    sort: params.get('sort') ?? undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? size : 20,
  }
}

export function writeAuditView(view: AuditView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.tab !== 'events') params.set('tab', view.tab)
  for (const key of FILTER_KEYS) {
    const value = view.filters[key]
    if (value) params.set(key, value)
  }
  if (view.sort) params.set('sort', view.sort)
  if (view.page > 1) params.set('page', String(view.page))
  if (view.pageSize !== 20) params.set('pageSize', String(view.pageSize))
  return params
}

export const filterParams = (view: AuditView): AuditParams => ({ ...view.filters })

export const listParams = (view: AuditView): AuditParams => ({
  ...view.filters,
  sort: view.sort,
  page: view.page,
  pageSize: view.pageSize,
})
