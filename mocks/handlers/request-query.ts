import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { endOfWorkingDay, shanghaiDate } from '../../src/shared/lib/working-days'
import type { Backend } from '../db/backend'
import { HttpError } from '../http/route'

/** "Due soon" = not overdue and due by the end of the second working day after today. */
export function dueWindow(backend: Backend, now: number): { dueSoonUntil: number } {
  const today = shanghaiDate(new Date(now).toISOString())
  const { date } = backend.calendar().addWorkingDays(today, 2)
  return { dueSoonUntil: Date.parse(endOfWorkingDay(date)) }
}

// Parsing ISO strings dominates sorting 100,000 rows; records are replaced on every change,
// so a cache keyed by the record object can never go stale.
const times = new WeakMap<PrivacyRequest, { deadline: number; received: number }>()
function timesOf(r: PrivacyRequest) {
  let t = times.get(r)
  if (!t) {
    t = { deadline: r.deadlineAt ? Date.parse(r.deadlineAt) : Number.POSITIVE_INFINITY, received: Date.parse(r.receivedAt) }
    times.set(r, t)
  }
  return t
}

const SORTABLE = ['deadlineAt', 'receivedAt', 'id', 'type', 'status', 'assigneeId'] as const

/** Default order: most urgent deadline first, requests without a clock after, oldest first. */
export function sortRequests(items: PrivacyRequest[], sort: string | undefined): PrivacyRequest[] {
  const [field = 'deadlineAt', direction = 'asc'] = (sort ?? 'deadlineAt:asc').split(':')
  if (!SORTABLE.includes(field as (typeof SORTABLE)[number])) {
    throw new HttpError(400, 'VALIDATION_FAILED', `Cannot sort by ${field}`, { fields: { sort: `one of ${SORTABLE.join(', ')}` } })
  }
  const sign = direction === 'desc' ? -1 : 1
  const byReceived = (a: PrivacyRequest, b: PrivacyRequest) => timesOf(a).received - timesOf(b).received
  const compare = (a: PrivacyRequest, b: PrivacyRequest): number => {
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
        const va = String(a[field as keyof PrivacyRequest] ?? '')
        const vb = String(b[field as keyof PrivacyRequest] ?? '')
        return va === vb ? byReceived(a, b) : sign * (va < vb ? -1 : 1)
      }
    }
  }
  return [...items].sort(compare)
}
