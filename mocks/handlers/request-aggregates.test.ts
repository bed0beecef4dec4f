// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { REQUEST_STATUSES } from '../../src/shared/api/enums'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { createBackend } from '../db/backend'
import {
  openDeadlines,
  ownOpenRequests,
  requestAggregates,
  requestCandidates,
  finishedSince,
  receivedBefore,
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

function random(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state % below
  }
}

const deadlineOf = (r: PrivacyRequest) =>
  r.deadlineAt === null ? Number.POSITIVE_INFINITY : new Date(r.deadlineAt).getTime()

/** The list's default order, written independently: earliest deadline, no clock last, then receipt, then id. */
function byDeadlineThenReceived(a: PrivacyRequest, b: PrivacyRequest): number {
  const da = deadlineOf(a)
  const db = deadlineOf(b)
  if (da !== db) return da < db ? -1 : 1
  const ra = new Date(a.receivedAt).getTime()
  const rb = new Date(b.receivedAt).getTime()
  if (ra !== rb) return ra - rb
  return a.id < b.id ? -1 : 1
}

const ids = (list: Iterable<PrivacyRequest>) => [...list].map((r) => r.id)

describe('request indexes and aggregates', () => {
  it('match a scan of every request after a random sequence of writes', async () => {
    const backend = await createBackend({ users: 60, requests: 120, disclosures: 2 }, false)
    const table = backend.db.requests
    // Read once before the writes, so that every index is updated write by write, not rebuilt.
    requestAggregates(table).byActor.group('S001')
    requestCandidates(table, undefined, {
      type: 'access',
      statuses: ['in_review'],
      assignee: 'S001',
    })
    const next = random(42)
    const base = Date.parse('2026-11-20T00:00:00Z')
    const now = Date.parse('2026-12-01T04:00:00Z')
    const until = Date.parse('2026-12-03T16:00:00Z')

    for (let step = 0; step < 400; step++) {
      const all = table.all()
      const target = all[next(all.length)]!
      await table.update(target.id, (d) => {
        switch (next(6)) {
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
          default:
            d.timeline.push({
              at: new Date(base).toISOString(),
              actorId: STAFF[next(5)]!,
              action: 'note',
              reason: null,
            })
        }
      })

      if (step % 50 !== 49) continue
      const every = table.all()
      const open = every.filter((r) => OPEN.has(r.status))
      const aggregates = requestAggregates(table)
      for (const staffId of [...STAFF, 'none']) {
        expect(ids(aggregates.byAssignee.group(staffId)).sort()).toEqual(
          ids(open.filter((r) => (r.assigneeId ?? 'none') === staffId)).sort(),
        )
        expect(ids(aggregates.byActor.group(staffId)).sort()).toEqual(
          ids(every.filter((r) => r.timeline.some((e) => e.actorId === staffId))).sort(),
        )
      }
      expect(ids(aggregates.openById.group('open'))).toEqual(ids(open).sort())
      const from = Date.parse('2026-11-05T00:00:00+08:00')
      expect(receivedBefore(table, from)).toBe(
        every.filter((r) => new Date(r.receivedAt).getTime() < from).length,
      )
      const finishedFrom = (r: PrivacyRequest) =>
        !OPEN.has(r.status) && r.completedAt !== null && new Date(r.completedAt).getTime() >= from
      expect(ids(finishedSince(table, 'closed', from)).sort()).toEqual(
        ids(every.filter(finishedFrom)).sort(),
      )
      for (const type of ['access', 'deletion', 'cancellation']) {
        const answered = every.filter(
          (r) =>
            finishedFrom(r) &&
            r.type === type &&
            (r.status === 'completed' || r.status === 'rejected'),
        )
        expect(ids(finishedSince(table, `answered|${type}`, from)).sort()).toEqual(
          ids(answered).sort(),
        )
        const due = answered.filter((r) => r.deadlineAt !== null)
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
      const filter = {
        type: 'access',
        statuses: ['in_review', 'identity_pending'],
        assignee: 'S002',
      }
      const wanted = (r: PrivacyRequest) =>
        r.type === filter.type &&
        filter.statuses.includes(r.status) &&
        r.assigneeId === filter.assignee
      expect(ids(requestCandidates(table, undefined, filter).filter(wanted))).toEqual(
        ids(every.filter(wanted).sort(byDeadlineThenReceived)),
      )
      const statusesOnly = { statuses: ['in_review', 'awaiting_requester', 'approved'] }
      expect(
        ids(
          requestCandidates(table, 'deadlineAt:asc', statusesOnly).filter((r) =>
            statusesOnly.statuses.includes(r.status),
          ),
        ),
      ).toEqual(
        ids(
          every
            .filter((r) => statusesOnly.statuses.includes(r.status))
            .sort(byDeadlineThenReceived),
        ),
      )
    }
  })
})
