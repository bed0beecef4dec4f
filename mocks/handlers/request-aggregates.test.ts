// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { REQUEST_STATUSES } from '../../src/shared/api/enums'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { handlingWorkingDays } from '../../src/shared/lib/aggregates'
import { WorkingDayCalendar } from '../../src/shared/lib/working-days'
import { createBackend } from '../db/backend'
import { leadDashboard } from './lead-dashboard'
import {
  dueBetween,
  dueWindow,
  openDeadlines,
  ownOpenRequests,
  pageOfRuns,
  recentEvents,
  requestAggregates,
  requestCandidates,
  finishedBefore,
  finishedCountSince,
  handlingDaysSince,
  receivedBefore,
  searchCandidates,
  waitsOn,
} from './request-query'

// The indexes and aggregates the list, the counts and the home screens read are updated on
// every write; here they are compared, after a fixed random sequence of writes, with a scan of
// every request written out in the test.

const OPEN = new Set([
  'identity_pending',
  'in_review',
  'awaiting_requester',
  'pending_approval',
  'approved',
])
const STAFF = ['S001', 'S002', 'S003', 'S004', 'S005']

/** Which requests of a finished group the index holds as finished at or after `from` (ms). */
function finishedSince(table: Parameters<typeof finishedBefore>[0], group: string, from: number) {
  return requestAggregates(table)
    .closedByTime.group(group)
    .slice(finishedBefore(table, group, from))
}

function random(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state % below
  }
}

const deadlineOf = (r: PrivacyRequest) =>
  r.deadlineAt === null ? Number.POSITIVE_INFINITY : new Date(r.deadlineAt).getTime()

const ids = (list: Iterable<PrivacyRequest>) => [...list].map((r) => r.id)

/**
 * A staff member's latest events by brute force: every event of theirs on every request, taken in
 * request id order and timeline order, stably sorted newest first, cut to `limit`.
 */
function latestEventsByScan(every: PrivacyRequest[], staffId: string, limit: number) {
  const events = [...every]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .flatMap((r) =>
      r.timeline
        .filter((e) => e.actorId === staffId)
        .map((e) => ({ at: e.at, requestId: r.id, type: r.type, action: e.action })),
    )
  return events.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit)
}

const SORTS = ['deadlineAt:asc', 'deadlineAt:desc', 'receivedAt:desc', 'status:asc'] as const

/** The list's orders, written out: the field (no deadline last either way), then receipt, then id. */
function listOrder(sort: string) {
  const [field, direction] = sort.split(':') as [string, string]
  const sign = direction === 'desc' ? -1 : 1
  return (a: PrivacyRequest, b: PrivacyRequest): number => {
    const ra = new Date(a.receivedAt).getTime()
    const rb = new Date(b.receivedAt).getTime()
    const tie = ra !== rb ? ra - rb : a.id < b.id ? -1 : 1
    if (field === 'deadlineAt') {
      const da = deadlineOf(a)
      const db = deadlineOf(b)
      if (da === db) return tie
      if (da === Number.POSITIVE_INFINITY) return 1
      if (db === Number.POSITIVE_INFINITY) return -1
      return sign * (da - db)
    }
    if (field === 'receivedAt') return ra !== rb ? sign * (ra - rb) : a.id < b.id ? -1 : 1
    const va = String(a[field as 'status'])
    const vb = String(b[field as 'status'])
    return va === vb ? tie : sign * (va < vb ? -1 : 1)
  }
}

interface Filter {
  type?: string
  statuses?: string[]
  assignee?: string
  finished?: 'true' | 'false'
  deadline?: { from: number; to: number }
}

/** Every combination of the filters the indexes answer. */
function FILTERS(now: number, until: number): Filter[] {
  const out: Filter[] = []
  for (const type of [undefined, 'access'])
    for (const statuses of [undefined, ['in_review'], ['in_review', 'approved', 'completed']])
      for (const assignee of [undefined, 'S002', 'none'])
        for (const finished of [undefined, 'true', 'false'] as const)
          for (const deadline of [
            undefined,
            { from: Number.NEGATIVE_INFINITY, to: now - 1 },
            { from: now, to: until },
          ])
            out.push({ type, statuses, assignee, finished, deadline })
  return out
}

function matchesByScan(r: PrivacyRequest, f: Filter): boolean {
  if (f.type && r.type !== f.type) return false
  if (f.statuses && !f.statuses.includes(r.status)) return false
  if (f.assignee === 'none' && r.assigneeId !== null) return false
  if (f.assignee && f.assignee !== 'none' && r.assigneeId !== f.assignee) return false
  if (f.finished === 'true' && OPEN.has(r.status)) return false
  if (f.finished === 'false' && !OPEN.has(r.status)) return false
  if (f.deadline) {
    if (!OPEN.has(r.status) || r.deadlineAt === null) return false
    const d = deadlineOf(r)
    if (d < f.deadline.from || d > f.deadline.to) return false
  }
  return true
}

/** CONTRACT: `q` is a request id, a user id, a user name, or the last 4 digits of a phone number. */
function searchesByScan(
  r: PrivacyRequest,
  text: string,
  user: { id: string; name: string; phone: string | null } | undefined,
): boolean {
  const q = text.toLowerCase()
  if (r.id.toLowerCase() === q || r.userId.toLowerCase() === q) return true
  if (!user) return false
  if (/^[0-9]{4}$/.test(q)) return (user.phone ?? '').slice(-4) === q
  return user.name.includes(text) || r.id.toLowerCase().includes(q)
}

describe('request indexes and aggregates', () => {
  it('match a scan of every request after a random sequence of writes', async () => {
    const backend = await createBackend({ users: 60, requests: 120, disclosures: 2 }, false)
    const table = backend.db.requests
    const next = random(42)
    const base = Date.parse('2026-11-20T00:00:00Z')
    const now = Date.parse('2026-12-01T04:00:00Z')
    const until = Date.parse('2026-12-03T16:00:00Z')
    // Read once before the writes, so that every index is updated write by write, not rebuilt.
    Object.values(requestAggregates(table)).forEach((index) => index.group(''))
    for (const filter of FILTERS(now, until))
      for (const sort of SORTS) requestCandidates(table, sort, filter)
    searchCandidates(backend.db, '0000')

    for (let step = 0; step < 400; step++) {
      const all = table.all()
      const target = all[next(all.length)]!
      await table.update(target.id, (d) => {
        switch (next(7)) {
          case 0:
            d.status = REQUEST_STATUSES[next(REQUEST_STATUSES.length)]!
            break
          case 1:
            d.assigneeId = next(4) === 0 ? null : STAFF[next(STAFF.length)]!
            break
          case 2:
            d.preparedBy = next(3) === 0 ? null : STAFF[next(STAFF.length)]!
            break
          case 3:
            d.deadlineAt =
              next(4) === 0 ? null : new Date(base + next(20) * 86_400_000).toISOString()
            d.calendarProvisional = next(2) === 0
            break
          case 4:
            d.receivedAt = new Date(base - next(30) * 86_400_000).toISOString()
            break
          case 5: {
            const users = backend.db.users.all()
            d.userId = users[next(users.length)]!.id
            break
          }
          default:
            // Some events share an instant, so ties are ordered as the home screen orders them.
            d.timeline.push({
              at: new Date(base + next(8) * 3_600_000).toISOString(),
              actorId: STAFF[next(5)]!,
              action: 'note',
              reason: null,
            })
        }
      })

      // Now and then a user's phone changes, which the search by its last digits must follow.
      if (step % 10 === 0) {
        const users = backend.db.users.all()
        const user = users[next(users.length)]!
        await backend.db.users.update(user.id, (d) => {
          d.phone = `139${String(next(100_000_000)).padStart(8, '0')}`
        })
      }
      if (step % 50 !== 49) continue
      const every = table.all()
      const open = every.filter((r) => OPEN.has(r.status))
      const aggregates = requestAggregates(table)
      for (const staffId of [...STAFF, 'none']) {
        expect(ids(aggregates.byAssignee.group(staffId)).sort()).toEqual(
          ids(open.filter((r) => (r.assigneeId ?? 'none') === staffId)).sort(),
        )
        expect(ids(aggregates.byActorLatest.group(staffId)).sort()).toEqual(
          ids(every.filter((r) => r.timeline.some((e) => e.actorId === staffId))).sort(),
        )
        expect(recentEvents(table, staffId, 10)).toEqual(latestEventsByScan(every, staffId, 10))
        const mine = open.filter((r) => (r.assigneeId ?? 'none') === staffId)
        expect(dueBetween(aggregates.byAssigneeDeadline, staffId, now, until)).toBe(
          mine.filter((r) => deadlineOf(r) >= now && deadlineOf(r) <= until).length,
        )
        expect(
          dueBetween(aggregates.byAssigneeDeadline, staffId, Number.NEGATIVE_INFINITY, now - 1),
        ).toBe(mine.filter((r) => deadlineOf(r) < now).length)
        for (const status of OPEN)
          expect(aggregates.byAssigneeStatus.group(`${staffId}|${status}`).length).toBe(
            mine.filter((r) => r.status === status).length,
          )
      }
      const from = Date.parse('2026-11-05T00:00:00+08:00')
      expect(receivedBefore(table, from)).toBe(
        every.filter((r) => new Date(r.receivedAt).getTime() < from).length,
      )
      const finishedFrom = (r: PrivacyRequest) =>
        !OPEN.has(r.status) && r.completedAt !== null && new Date(r.completedAt).getTime() >= from
      expect(ids(finishedSince(table, 'closed', from)).sort()).toEqual(
        ids(every.filter(finishedFrom)).sort(),
      )
      for (const type of ['access', 'deletion', 'cancellation'] as const) {
        const answered = every.filter(
          (r) =>
            finishedFrom(r) &&
            r.type === type &&
            (r.status === 'completed' || r.status === 'rejected'),
        )
        expect(ids(finishedSince(table, `answered|${type}`, from)).sort()).toEqual(
          ids(answered).sort(),
        )
        // Handling days per answer, counted: on the backend's calendar, and on one where an admin
        // has made every weekday of November 2026 a day off, which changes them.
        const novemberOff = new WorkingDayCalendar(
          backend.db.calendar.all().map((y) =>
            y.year !== 2026
              ? y
              : {
                  ...y,
                  holidays: Object.fromEntries(
                    Array.from({ length: 30 }, (_, i) => [
                      `2026-11-${String(i + 1).padStart(2, '0')}`,
                      '停工',
                    ]),
                  ),
                },
          ),
        )
        for (const calendar of [backend.calendar(), novemberOff, backend.calendar()]) {
          const counted = new Map<number, number>()
          for (const r of answered) {
            const days = handlingWorkingDays(
              {
                startAt: r.clockStartsAt ?? r.receivedAt,
                closedAt: r.completedAt!,
                pausedDays: r.pausedDays,
              },
              calendar,
            )
            counted.set(days, (counted.get(days) ?? 0) + 1)
          }
          expect(handlingDaysSince(table, calendar, type, from)).toEqual(counted)
        }
        const due = answered.filter((r) => r.deadlineAt !== null)
        expect(finishedCountSince(table, `due|${type}`, from)).toBe(due.length)
        expect(ids(finishedSince(table, `due|${type}`, from)).sort()).toEqual(ids(due).sort())
        expect(ids(finishedSince(table, `onTime|${type}`, from)).sort()).toEqual(
          ids(due.filter((r) => Date.parse(r.completedAt!) <= Date.parse(r.deadlineAt!))).sort(),
        )
      }
      expect(ids(aggregates.provisional.group('provisional')).sort()).toEqual(
        ids(open.filter((r) => r.calendarProvisional)).sort(),
      )
      expect(openDeadlines(table, now, until)).toEqual({
        open: open.length,
        overdue: open.filter((r) => deadlineOf(r) < now).length,
        dueSoon: open.filter((r) => deadlineOf(r) >= now && deadlineOf(r) <= until).length,
      })
      for (const staff of [
        { id: 'S001', role: 'agent' as const },
        { id: 'S004', role: 'lead' as const },
      ]) {
        const own = ownOpenRequests(table, staff)
        expect(ids([...own].filter((r) => waitsOn(r, staff) !== null)).sort()).toEqual(
          ids(open.filter((r) => waitsOn(r, staff) !== null)).sort(),
        )
      }
      for (const filter of FILTERS(now, until)) {
        const wanted = (r: PrivacyRequest) => matchesByScan(r, filter)
        for (const sort of SORTS) {
          const runs = requestCandidates(table, sort, filter)
          const expected = ids(every.filter(wanted).sort(listOrder(sort)))
          for (const page of [1, 2]) {
            const got = pageOfRuns(runs, sort, page, 7)
            expect(ids(got.items)).toEqual(expected.slice((page - 1) * 7, page * 7))
            expect(got.total).toBe(expected.length)
          }
          // With a further filter the indexes do not answer, applied while merging.
          const even = (r: PrivacyRequest) => Number(r.id.slice(-1)) % 2 === 0
          const kept = pageOfRuns(runs, sort, 2, 5, even)
          const expectedEven = ids(every.filter((r) => wanted(r) && even(r)).sort(listOrder(sort)))
          expect(ids(kept.items)).toEqual(expectedEven.slice(5, 10))
          expect(kept.total).toBe(expectedEven.length)
        }
      }
      // The lead's home screen, read from the aggregates, against the open requests scanned.
      const lead = backend.db.staff.all().find((x) => x.role === 'lead')!
      const home = leadDashboard(backend, lead, now)
      const { dueSoonUntil } = dueWindow(backend, now)
      const byIdOrder = [...open].sort((a, b) => (a.id < b.id ? -1 : 1))
      const firstSeen = (key: (r: PrivacyRequest) => string | null) => {
        const counts = new Map<string, number>()
        for (const r of byIdOrder) {
          const k = key(r)
          if (k) counts.set(k, (counts.get(k) ?? 0) + 1)
        }
        return [...counts]
      }
      expect(home.backlog.map((b) => [`${b.type}|${b.status}`, b.count])).toEqual(
        firstSeen((r) => `${r.type}|${r.status}`),
      )
      for (const [assigneeId, count] of firstSeen((r) => r.assigneeId)) {
        const theirs = open.filter((r) => r.assigneeId === assigneeId)
        expect(home.workload.find((w) => w.staffId === assigneeId)).toMatchObject({
          open: count,
          overdue: theirs.filter((r) => deadlineOf(r) < now).length,
          dueSoon: theirs.filter((r) => deadlineOf(r) >= now && deadlineOf(r) <= dueSoonUntil)
            .length,
        })
      }
      const byDeadlineOrder = (list: PrivacyRequest[]) =>
        ids(
          [...list].sort((a, b) =>
            deadlineOf(a) !== deadlineOf(b)
              ? deadlineOf(a) < deadlineOf(b)
                ? -1
                : 1
              : a.id < b.id
                ? -1
                : 1,
          ),
        )
      const lateOnes = open.filter((r) => deadlineOf(r) < now)
      const soonOnes = open.filter((r) => deadlineOf(r) >= now && deadlineOf(r) <= dueSoonUntil)
      const toCheck = open.filter(
        (r) => r.status === 'pending_approval' && r.preparedBy !== lead.id,
      )
      for (const [list, expected] of [
        [home.overdue, lateOnes],
        [home.dueSoon, soonOnes],
        [home.approvals, toCheck],
      ] as const) {
        expect(list.total).toBe(expected.length)
        expect(list.items.map((b) => b.id)).toEqual(byDeadlineOrder(expected).slice(0, 8))
      }

      // Someone who asked for something, so every search below finds at least that request.
      const withPhone = every.filter((r) => backend.db.users.get(r.userId)?.phone)
      const someRequest = withPhone[next(withPhone.length)]!
      const someone = backend.db.users.get(someRequest.userId)!
      for (const text of [
        someone.phone!.slice(-4),
        '0000',
        someone.id.toLowerCase(),
        someRequest.id.toLowerCase(),
        someRequest.id.slice(2, 5),
        someone.name.slice(1),
        someone.name,
      ]) {
        const found = searchCandidates(backend.db, text)
        const wanted = every.filter((r) => searchesByScan(r, text, backend.db.users.get(r.userId)))
        expect(ids(wanted).filter((id) => !ids(found).includes(id))).toEqual([])
        expect(wanted.length).toBeGreaterThan(text === '0000' ? -1 : 0)
      }
    }
  })
})
