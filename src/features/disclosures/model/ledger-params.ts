import type { LedgerParams } from '../api/disclosure-api'

export const LEDGER_TABS = ['ledger', 'applications', 'integrity'] as const
export type LedgerTab = (typeof LEDGER_TABS)[number]

export const FILTER_KEYS = ['userId', 'basis', 'recipientType', 'from', 'to', 'recordedBy'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export const PAGE_SIZES = [20, 50, 100] as const

export interface LedgerView {
  tab: LedgerTab
  filters: Partial<Record<FilterKey, string>>
  sort: string | undefined
  page: number
  pageSize: number
  /** The seq whose drawer is open. */
  record: number | null
}

/** The URL is the state of the ledger: a filtered view or an open record can be shared. */
export function readLedgerView(params: URLSearchParams): LedgerView {
  const filters: LedgerView['filters'] = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)
    if (value) filters[key] = value
  }
  const size = Number(params.get('pageSize'))
  const record = Number(params.get('record'))
  return {
    tab: LEDGER_TABS.find((t) => t === params.get('tab')) ?? 'ledger',
    filters,
    sort: params.get('sort') ?? undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? size : 20,
    record: Number.isInteger(record) && record > 0 ? record : null,
  }
}

export function writeLedgerView(view: LedgerView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.tab !== 'ledger') params.set('tab', view.tab)
  for (const key of FILTER_KEYS) {
    const value = view.filters[key]
    if (value) params.set(key, value)
  }
  if (view.sort) params.set('sort', view.sort)
  if (view.page > 1) params.set('page', String(view.page))
  if (view.pageSize !== 20) params.set('pageSize', String(view.pageSize))
  if (view.record) params.set('record', String(view.record))
  return params
}

/** What the export sends: the filters on screen, not the page. */
export function filterParams(view: LedgerView): LedgerParams {
  return { ...view.filters }
}

export function listParams(view: LedgerView): LedgerParams {
  return { ...view.filters, sort: view.sort, page: view.page, pageSize: view.pageSize }
}
