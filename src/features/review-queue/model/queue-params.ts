import { FINAL_STATUSES, REQUEST_STATUSES, type Role } from '../../../shared/api/enums'
import type { RequestListParams } from '../../../shared/api/requests'
import {
  defineList,
  oneOf,
  raw,
  readList,
  serverParams,
  type StateOf,
} from '../../../shared/list-view/list-spec'

export const QUEUE_TABS = ['mine', 'waiting', 'unassigned', 'due_soon', 'overdue', 'all'] as const
export type QueueTab = (typeof QUEUE_TABS)[number]

/** Whose requests a tab lists and counts: the caller's own, or the whole team's. */
export const TAB_SCOPE: Record<QueueTab, 'mine' | 'team'> = {
  mine: 'mine',
  waiting: 'mine',
  unassigned: 'team',
  due_soon: 'team',
  overdue: 'team',
  all: 'team',
}

/** The deadline windows the server filters by (`due`); a tab's own window gives way to an explicit one. */
export const DUE_FILTERS = ['today', 'due_soon', 'overdue'] as const
/** `true`: only requests flagged as duplicates of an open one; `false`: none of them. */
export const DUPLICATE_FILTERS = ['true', 'false'] as const
/** Finished requests (completed, rejected, withdrawn) are left out unless asked for: with the open ones, or only them. */
export const FINISHED_FILTERS = ['include', 'only'] as const

export function defaultTab(role: Role): QueueTab {
  return role === 'agent' || role === 'lead' ? 'mine' : 'all'
}

/** The URL is the state of the queue: a view survives reload and can be shared. */
function queueList(tab: QueueTab) {
  return defineList({
    // Every bookmark names its tab: the default one differs by role.
    tabs: { values: QUEUE_TABS, default: tab, always: true },
    filters: {
      type: raw(),
      status: raw(),
      assignee: raw(),
      due: raw(),
      requesterType: raw(),
      channel: raw(),
      receivedFrom: raw(),
      receivedTo: raw(),
      q: raw(),
      duplicate: oneOf(DUPLICATE_FILTERS),
      finished: oneOf(FINISHED_FILTERS),
    },
    sort: {
      columns: {
        id: 'id',
        type: 'type',
        receivedAt: 'receivedAt',
        status: 'status',
        deadlineAt: 'deadlineAt',
        // No column, but the server sorts by it: a bookmark that asks for it keeps it.
        assigneeId: 'assigneeId',
      },
      // The server's order when none is asked for: the nearest deadline first.
      default: 'deadlineAt:asc',
    },
  })
}
const QUEUE_LISTS = { mine: queueList('mine'), all: queueList('all') }
type QueueList = (typeof QUEUE_LISTS)['all']

/** The queue's list for a role: the spec is the same object on every render. */
export const queueListFor = (role: Role): QueueList =>
  QUEUE_LISTS[defaultTab(role) as 'mine' | 'all']

export type QueueView = StateOf<QueueList>
export type FilterKey = keyof QueueView['filters']

export const readQueueView = (params: URLSearchParams, role: Role): QueueView =>
  readList(queueListFor(role), params)

/**
 * The view a URL that names its tab shows, whoever opens it (a role only chooses the default
 * tab); null when the URL names none.
 */
export function queueViewNamedBy(params: URLSearchParams): QueueView | null {
  const tab = params.get('tab')
  return QUEUE_TABS.some((t) => t === tab) ? readList(QUEUE_LISTS.all, params) : null
}

/** What each tab asks the server for; explicit filters narrow it further. */
export function tabFilters(tab: QueueTab): RequestListParams {
  switch (tab) {
    case 'mine':
      return { waitingOn: 'me' }
    case 'waiting':
      return { waitingOn: 'others' }
    case 'unassigned':
      return { assignee: 'none' }
    case 'due_soon':
      return { due: 'due_soon' }
    case 'overdue':
      return { due: 'overdue' }
    default:
      return {}
  }
}

export function listParams(view: QueueView): RequestListParams {
  const status = view.filters.status
    ?.split(',')
    .filter((s) => (REQUEST_STATUSES as readonly string[]).includes(s))
    .join(',')
  const { finished, ...filters } = view.filters
  // A status filter that names a finished status asks for finished requests by itself.
  const asked = finished || status?.split(',').some((s) => isFinalStatus(s))
  return {
    ...tabFilters(view.tab),
    ...serverParams({ ...view, filters }),
    ...(status ? { status } : {}),
    ...(finished === 'only' ? { finished: 'true' } : asked ? {} : { finished: 'false' }),
  }
}

const isFinalStatus = (s: string) => (FINAL_STATUSES as readonly string[]).includes(s)

/** Names are personal data: a name search stays on screen, out of the URL. */
export function isShareableSearch(q: string): boolean {
  return /^[A-Za-z0-9]*$/.test(q)
}
