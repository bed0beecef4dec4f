import { OPEN_STATUSES, REQUEST_STATUSES, type Role } from '../../../shared/api/enums'
import type { RequestListParams } from '../../../shared/api/requests'

export const QUEUE_TABS = ['mine', 'unassigned', 'due_soon', 'overdue', 'all'] as const
export type QueueTab = (typeof QUEUE_TABS)[number]

export const FILTER_KEYS = [
  'type',
  'status',
  'assignee',
  'due',
  'requesterType',
  'channel',
  'receivedFrom',
  'receivedTo',
  'q',
] as const
/** The deadline windows the server filters by (`due`); a tab's own window gives way to an explicit one. */
export const DUE_FILTERS = ['today', 'due_soon', 'overdue'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]

export const PAGE_SIZES = [20, 50, 100] as const

export interface QueueView {
  tab: QueueTab
  filters: Partial<Record<FilterKey, string>>
  sort: string | undefined
  page: number
  pageSize: number
}

export function defaultTab(role: Role): QueueTab {
  return role === 'agent' || role === 'lead' ? 'mine' : 'all'
}

/** The URL is the state of the queue: a view survives reload and can be shared. */
export function readQueueView(params: URLSearchParams, role: Role): QueueView {
  const tab = QUEUE_TABS.find((t) => t === params.get('tab')) ?? defaultTab(role)
  const filters: QueueView['filters'] = {}
  for (const key of FILTER_KEYS) {
    const value = params.get(key)
    if (value) filters[key] = value
  }
  const page = Math.max(1, Number(params.get('page')) || 1)
  const size = Number(params.get('pageSize'))
  return {
    tab,
    filters,
    sort: params.get('sort') ?? undefined,
    page,
    pageSize: PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? size : 20,
  }
}

export function writeQueueView(view: QueueView): URLSearchParams {
  const params = new URLSearchParams()
  params.set('tab', view.tab)
  for (const key of FILTER_KEYS) {
    const value = view.filters[key]
    if (value) params.set(key, value)
  }
  if (view.sort) params.set('sort', view.sort)
  if (view.page > 1) params.set('page', String(view.page))
  if (view.pageSize !== 20) params.set('pageSize', String(view.pageSize))
  return params
}

const OPEN = OPEN_STATUSES.join(',')

/** What each tab asks the server for; explicit filters narrow it further. */
export function tabFilters(tab: QueueTab): RequestListParams {
  switch (tab) {
    case 'mine':
      return { assignee: 'me', status: OPEN }
    case 'unassigned':
      return { assignee: 'none', status: OPEN }
    case 'due_soon':
      return { due: 'due_soon' }
    case 'overdue':
      return { due: 'overdue' }
    default:
      return {}
  }
}

export function listParams(view: QueueView): RequestListParams {
  const base = tabFilters(view.tab)
  const status = view.filters.status
    ?.split(',')
    .filter((s) => (REQUEST_STATUSES as readonly string[]).includes(s))
    .join(',')
  return {
    ...base,
    ...view.filters,
    ...(status ? { status } : {}),
    sort: view.sort,
    page: view.page,
    pageSize: view.pageSize,
  }
}

/** Names are personal data: a name search stays on screen, out of the URL. */
export function isShareableSearch(q: string): boolean {
  return /^[A-Za-z0-9]*$/.test(q)
}
