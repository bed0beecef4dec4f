import {
  OPEN_STATUSES,
  type DisclosureBasis,
  type RequestStatus,
  type RequestType,
} from '../../../shared/api/enums'

// Every figure on a home screen opens the list it counts. The queue and the ledger keep their
// filters in the URL, so a link is just their search parameters, in the order they write them.

export type QueueTab = 'mine' | 'waiting' | 'unassigned' | 'due_soon' | 'overdue' | 'all'

export interface QueueLink {
  tab: QueueTab
  type?: RequestType
  status?: RequestStatus | readonly RequestStatus[]
  /** `me`, `none` or a staff id. */
  assignee?: string
  due?: 'today' | 'due_soon' | 'overdue'
  sort?: string
}

export function queueHref({ tab, type, status, assignee, due, sort }: QueueLink): string {
  const params = new URLSearchParams({ tab })
  if (type) params.set('type', type)
  if (status) params.set('status', typeof status === 'string' ? status : status.join(','))
  if (assignee) params.set('assignee', assignee)
  if (due) params.set('due', due)
  if (sort) params.set('sort', sort)
  return `/queue?${params}`
}

export const OPEN: readonly RequestStatus[] = OPEN_STATUSES

// The statuses in which an assigned request is its agent's to act on: 我的待办 holds exactly those.
const WORKED: readonly RequestStatus[] = ['identity_pending', 'in_review']

/**
 * The caller's own open requests in one status: in 我的待办 when the status is theirs to work,
 * otherwise among all requests assigned to them (they wait on someone else).
 */
export function myStatusLink(status: RequestStatus): QueueLink {
  return WORKED.includes(status) ? { tab: 'mine', status } : { tab: 'all', assignee: 'me', status }
}

export function ledgerHref(filters: {
  basis?: DisclosureBasis
  from?: string
  to?: string
  tab?: 'applications' | 'integrity'
}): string {
  const params = new URLSearchParams()
  if (filters.tab) params.set('tab', filters.tab)
  if (filters.basis) params.set('basis', filters.basis)
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  const qs = params.toString()
  return qs ? `/disclosures?${qs}` : '/disclosures'
}

export function auditHref(filters: {
  tab?: 'integrity'
  actorId?: string
  action?: string
  outcome?: 'success'
  from?: string
}): string {
  const params = new URLSearchParams()
  for (const key of ['tab', 'actorId', 'action', 'outcome', 'from'] as const) {
    const value = filters[key]
    if (value) params.set(key, value)
  }
  const qs = params.toString()
  return qs ? `/audit?${qs}` : '/audit'
}
