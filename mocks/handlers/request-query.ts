import type { Role } from '../../src/shared/api/enums'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { endOfWorkingDay, shanghaiDate } from '../../src/shared/lib/working-days'
import type { Backend } from '../db/backend'
import { HttpError } from '../http/route'

/**
 * "Due soon" = not overdue and due by the end of the second working day after today; "due today"
 * = not overdue and due by the end of today (Asia/Shanghai).
 */
export function dueWindow(
  backend: Backend,
  now: number,
): { dueSoonUntil: number; todayUntil: number } {
  const today = shanghaiDate(new Date(now).toISOString())
  const { date } = backend.calendar().addWorkingDays(today, 2)
  return {
    dueSoonUntil: Date.parse(endOfWorkingDay(date)),
    todayUntil: Date.parse(endOfWorkingDay(today)),
  }
}

// Parsing ISO strings dominates sorting 100,000 rows; records are replaced on every change,
// so a cache keyed by the record object can never go stale.
const times = new WeakMap<PrivacyRequest, { deadline: number; received: number }>()
function timesOf(r: PrivacyRequest) {
  let t = times.get(r)
  if (!t) {
    t = {
      deadline: r.deadlineAt ? Date.parse(r.deadlineAt) : Number.POSITIVE_INFINITY,
      received: Date.parse(r.receivedAt),
    }
    times.set(r, t)
  }
  return t
}

const SORTABLE = ['deadlineAt', 'receivedAt', 'id', 'type', 'status', 'assigneeId'] as const
type SortField = (typeof SORTABLE)[number]

function comparator(field: SortField, sign: number) {
  const byReceived = (a: PrivacyRequest, b: PrivacyRequest) =>
    timesOf(a).received - timesOf(b).received
  return (a: PrivacyRequest, b: PrivacyRequest): number => {
    switch (field) {
      case 'deadlineAt': {
        const da = timesOf(a).deadline
        const db = timesOf(b).deadline
        if (da === db) return byReceived(a, b)
        if (da === Number.POSITIVE_INFINITY) return 1
        if (db === Number.POSITIVE_INFINITY) return -1
        return sign * (da - db)
      }
      case 'receivedAt':
        return sign * byReceived(a, b)
      default: {
        const va = String(a[field] ?? '')
        const vb = String(b[field] ?? '')
        return va === vb ? byReceived(a, b) : sign * (va < vb ? -1 : 1)
      }
    }
  }
}

// Like a database index: each order is sorted once per state of the table (the table hands out
// the same array until its next write), then every list request filters it in order, in O(n).
const sortedCache = new WeakMap<readonly PrivacyRequest[], Map<string, PrivacyRequest[]>>()

export function parseSort(sort: string | undefined): {
  field: SortField
  sign: number
  key: string
} {
  const [field = 'deadlineAt', direction = 'asc'] = (sort ?? 'deadlineAt:asc').split(':')
  if (!SORTABLE.includes(field as SortField)) {
    throw new HttpError(400, 'VALIDATION_FAILED', `Cannot sort by ${field}`, {
      fields: { sort: `one of ${SORTABLE.join(', ')}` },
      issues: { sort: { code: 'invalid_value' } },
    })
  }
  return {
    field: field as SortField,
    sign: direction === 'desc' ? -1 : 1,
    key: `${field}:${direction}`,
  }
}

/** All requests in the order asked for (default: most urgent deadline first, no clock last, oldest first). */
export function sortedRequests(
  all: readonly PrivacyRequest[],
  sort: string | undefined,
): PrivacyRequest[] {
  const { field, sign, key } = parseSort(sort)
  let byKey = sortedCache.get(all)
  if (!byKey) {
    byKey = new Map()
    sortedCache.set(all, byKey)
  }
  let sorted = byKey.get(key)
  if (!sorted) {
    sorted = [...all].sort(comparator(field, sign))
    byKey.set(key, sorted)
  }
  return sorted
}

/** Parsed deadline (ms; +Infinity without a clock) and receipt time of a request, cached per record. */
export function requestTimes(r: PrivacyRequest): { deadline: number; received: number } {
  return timesOf(r)
}

/**
 * Whose move an open request waits on, for one staff member: `me` when they can act on it now,
 * `others` when it is their own work (assigned to them, or a decision they prepared) waiting on
 * someone else, null when it is neither (and for every finished request).
 */
export function waitsOn(
  r: PrivacyRequest,
  staff: { id: string; role: Role },
): 'me' | 'others' | null {
  // A decision prepared by someone else waits on a lead's check: every lead may give it.
  if (r.status === 'pending_approval' && staff.role === 'lead' && r.preparedBy !== staff.id)
    return 'me'
  const own = r.assigneeId === staff.id || r.preparedBy === staff.id
  if (!own) return null
  switch (r.status) {
    case 'identity_pending':
    case 'in_review':
      return r.assigneeId === staff.id ? 'me' : 'others'
    case 'approved':
      // An approved cancellation or deletion is carried out step by step by its assignee.
      return r.assigneeId === staff.id && r.dataPlan && !r.dataPlan.completedAt ? 'me' : 'others'
    case 'awaiting_requester':
    case 'pending_approval':
      return 'others'
    default:
      return null
  }
}
