import { OPEN_STATUSES, type RequestStatus } from '../../src/shared/api/enums'
import type { RequestBrief } from '../../src/shared/api/dashboard-schemas'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import {
  closedOnTime,
  handlingWorkingDays,
  onOrNextWorkingDay,
} from '../../src/shared/lib/aggregates'
import { shanghaiDate, type WorkingDayCalendar } from '../../src/shared/lib/working-days'
import type { Backend } from '../db/backend'

// What the aggregates need of a request, derived once per record version: at 100,000 requests
// re-parsing every timestamp on every home-screen load would dominate the answer time. Records
// are replaced on every change, so a cache keyed by the record object can never go stale; the
// working-day figures also depend on the calendar, which is a new object whenever it changes.

export interface RequestFacts {
  open: boolean
  receivedDay: string
  deadlineMs: number
  deadlineDay: string | null
  closedMs: number | null
  closedDay: string | null
  /** Completed or refused: the requester got an answer, so the deadline applied. */
  answered: boolean
  /** Answered with a running deadline: whether the answer came by it. */
  onTime: boolean | null
  handlingDays: number | null
}

const OPEN = new Set<RequestStatus>(OPEN_STATUSES)
const cache = new WeakMap<PrivacyRequest, { calendar: WorkingDayCalendar; facts: RequestFacts }>()

function derive(r: PrivacyRequest, calendar: WorkingDayCalendar): RequestFacts {
  const deadlineMs = r.deadlineAt ? Date.parse(r.deadlineAt) : Number.POSITIVE_INFINITY
  const closed = !OPEN.has(r.status) && r.completedAt !== null
  const closedMs = closed && r.completedAt ? Date.parse(r.completedAt) : null
  const answered = closed && (r.status === 'completed' || r.status === 'rejected')
  return {
    open: OPEN.has(r.status),
    receivedDay: shanghaiDate(r.receivedAt),
    deadlineMs,
    deadlineDay: r.deadlineAt ? shanghaiDate(r.deadlineAt) : null,
    closedMs,
    closedDay: closed && r.completedAt ? shanghaiDate(r.completedAt) : null,
    answered,
    onTime:
      answered && closedMs !== null && r.deadlineAt ? closedOnTime(closedMs, deadlineMs) : null,
    handlingDays:
      answered && r.completedAt
        ? handlingWorkingDays(
            {
              startAt: r.clockStartsAt ?? r.receivedAt,
              closedAt: r.completedAt,
              pausedDays: r.pausedDays,
            },
            calendar,
          )
        : null,
  }
}

export function factsOf(r: PrivacyRequest, calendar: WorkingDayCalendar): RequestFacts {
  const hit = cache.get(r)
  if (hit && hit.calendar === calendar) return hit.facts
  const facts = derive(r, calendar)
  cache.set(r, { calendar, facts })
  return facts
}

const TURN = 2_000

/**
 * Derives every record's facts ahead of the first home screen, like a database keeping an
 * aggregate's index warm, in turns of `TURN` records with the requests that arrive meanwhile
 * answered between them. The backend runs on a thread of its own (a server process, or the
 * browser's service worker), so a turn holds up no page. Records changed later are derived again
 * when next asked for.
 */
export function warmFacts(backend: Backend): void {
  const all = backend.db.requests.all()
  const calendar = backend.calendar()
  let next = 0
  const turn = () => {
    const end = Math.min(all.length, next + TURN)
    for (; next < end; next++) factsOf(all[next]!, calendar)
    if (next < all.length) setTimeout(turn, 0)
  }
  setTimeout(turn, 0)
}

/** Maps a date to the working day it is counted on (a Sunday's arrivals count on Monday); memoised. */
export function workingDayMapper(calendar: WorkingDayCalendar): (date: string) => string {
  const memo = new Map<string, string>()
  return (date) => {
    let d = memo.get(date)
    if (d === undefined) {
      d = onOrNextWorkingDay(calendar, date)
      memo.set(date, d)
    }
    return d
  }
}

export function brief(r: PrivacyRequest): RequestBrief {
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    assigneeId: r.assigneeId,
    preparedBy: r.preparedBy,
    receivedAt: r.receivedAt,
    targetAt: r.targetAt,
    deadlineAt: r.deadlineAt,
    calendarProvisional: r.calendarProvisional,
  }
}

export function isoNow(now: number): string {
  return new Date(now).toISOString()
}

export function todayIn(now: number): string {
  return shanghaiDate(isoNow(now))
}
