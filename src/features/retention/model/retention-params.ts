import type { DataCategory, RetentionState } from '../../../shared/api/enums'
import { DATA_CATEGORIES } from '../../../shared/api/enums'
import type { RetentionParams } from '../api/retention-api'

// The URL is the state of the retention list: a filtered view can be shared and survives a reload.

/** What the list shows: what is still kept (the default), one state, or everything. */
export const STATE_VIEWS = ['kept', 'due', 'held', 'upcoming', 'purged', 'all'] as const
export type StateView = (typeof STATE_VIEWS)[number]
const STATES: Record<StateView, readonly RetentionState[]> = {
  kept: ['due', 'held', 'upcoming'],
  due: ['due'],
  held: ['held'],
  upcoming: ['upcoming'],
  purged: ['purged'],
  all: [],
}

export const PAGE_SIZES = [20, 50, 100] as const
export const SORTABLE = ['purgeOn', 'category'] as const

export interface RetentionView {
  state: StateView
  category: DataCategory | undefined
  from: string | undefined
  to: string | undefined
  q: string | undefined
  sort: string | undefined
  page: number
  pageSize: number
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

export function readRetentionView(params: URLSearchParams): RetentionView {
  const size = Number(params.get('pageSize'))
  const date = (key: string) => (DATE.test(params.get(key) ?? '') ? params.get(key)! : undefined)
  const sort = params.get('sort') ?? ''
  return {
    state: STATE_VIEWS.find((s) => s === params.get('state')) ?? 'kept',
    category: DATA_CATEGORIES.find((c) => c === params.get('category')),
    from: date('from'),
    to: date('to'),
    q: params.get('q')?.trim() || undefined,
    sort: SORTABLE.some((f) => sort === `${f}:asc` || sort === `${f}:desc`) ? sort : undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? size : 20,
  }
}

export function writeRetentionView(view: RetentionView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.state !== 'kept') params.set('state', view.state)
  for (const key of ['category', 'from', 'to', 'q', 'sort'] as const) {
    const value = view[key]
    if (value) params.set(key, value)
  }
  if (view.page > 1) params.set('page', String(view.page))
  if (view.pageSize !== 20) params.set('pageSize', String(view.pageSize))
  return params
}

export const listParams = (view: RetentionView): RetentionParams => ({
  state: STATES[view.state],
  category: view.category,
  from: view.from,
  to: view.to,
  q: view.q,
  sort: view.sort,
  page: view.page,
  pageSize: view.pageSize,
})
