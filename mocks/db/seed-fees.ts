import type { RequestStatus, RequestType } from '../../src/shared/api/enums'
import type { PlatformUserRecord, PrivacyRequest, Settings } from '../../src/shared/api/schemas'
import { flagOpenDuplicates } from '../../src/shared/lib/duplicates'
import type { WorkingDayCalendar } from '../../src/shared/lib/working-days'
import { scenarioRequest } from './seed-scenario'

// Users who asked for the same thing again: some past the free allowance of the year with a
// request in review (a fee may be quoted), one within it thanks to a merged duplicate, and
// duplicates still open next to the request they repeat.

const DAY = 86_400_000
const AGENT = 'S001'

interface Item {
  type: RequestType
  status: RequestStatus
  ageDays: number
  assigneeId?: string | null
  mergedInto?: number
  note?: string
}

const SCENARIOS: { name: string; items: Item[] }[] = [
  // Past the allowance: two copies this year (and one too old to count), a third in review.
  {
    name: '费用甲',
    items: [
      { type: 'copy', status: 'completed', ageDays: 400 },
      { type: 'copy', status: 'completed', ageDays: 200 },
      { type: 'copy', status: 'completed', ageDays: 60 },
      { type: 'copy', status: 'in_review', ageDays: 3 },
    ],
  },
  {
    name: '费用乙',
    items: [
      { type: 'access', status: 'completed', ageDays: 300 },
      { type: 'access', status: 'rejected', ageDays: 150 },
      { type: 'access', status: 'completed', ageDays: 40 },
      { type: 'access', status: 'in_review', ageDays: 2, assigneeId: 'S002' },
    ],
  },
  // Within the allowance: the second request was merged into the first, so only one counts.
  {
    name: '费用丙',
    items: [
      { type: 'copy', status: 'completed', ageDays: 100 },
      { type: 'copy', status: 'withdrawn', ageDays: 99, mergedInto: 0 },
      { type: 'copy', status: 'in_review', ageDays: 4 },
    ],
  },
  // Open duplicates: a second request while the first is still being worked.
  {
    name: '重复丁',
    items: [
      { type: 'copy', status: 'in_review', ageDays: 6 },
      {
        type: 'copy',
        status: 'identity_pending',
        ageDays: 1,
        note: '用户来电称未收到进度，再次提交',
      },
    ],
  },
  {
    name: '重复戊',
    items: [
      { type: 'deletion', status: 'identity_pending', ageDays: 5, assigneeId: null },
      { type: 'deletion', status: 'identity_pending', ageDays: 2, assigneeId: null },
    ],
  },
]

const iso = (ms: number) => new Date(ms).toISOString()
const pad = (n: number) => String(n).padStart(6, '0')

export function feeScenarios(
  first: { user: number; request: number },
  template: PlatformUserRecord,
  now: number,
  calendar: WorkingDayCalendar,
  settings: Settings,
): { users: PlatformUserRecord[]; requests: PrivacyRequest[] } {
  const users: PlatformUserRecord[] = []
  const requests: PrivacyRequest[] = []
  SCENARIOS.forEach((scenario, s) => {
    const userId = `U${pad(first.user + s)}`
    users.push({
      ...template,
      id: userId,
      name: scenario.name,
      phone: `1390000${String(1000 + s)}`,
      guardian: null,
      deceased: false,
      accountStatus: 'active',
      legalHold: null,
      version: 1,
    })
    const ids = scenario.items.map((_, i) => `R${pad(first.request + requests.length + i)}`)
    scenario.items.forEach((item, i) => {
      const receivedMs = now - item.ageDays * DAY
      const receivedAt = iso(receivedMs)
      const verified = item.status !== 'identity_pending'
      const identityVerifiedAt = verified ? iso(receivedMs + 2 * 3_600_000) : null
      const final =
        item.status === 'completed' || item.status === 'rejected' || item.status === 'withdrawn'
      // A merged duplicate ends at once; the others were worked for a few days.
      const completedAt = final
        ? iso(receivedMs + (item.mergedInto === undefined ? 5 * DAY : 3_600_000))
        : null
      const assigneeId = item.assigneeId === undefined ? AGENT : item.assigneeId
      const mergedInto = item.mergedInto === undefined ? null : (ids[item.mergedInto] ?? null)
      const timeline: PrivacyRequest['timeline'] = [
        {
          at: receivedAt,
          actorId: 'system',
          action: 'received',
          reason: null,
          facts: { channel: 'app' },
        },
      ]
      if (identityVerifiedAt)
        timeline.push({
          at: identityVerifiedAt,
          actorId: assigneeId ?? AGENT,
          action: 'identity_passed',
          reason: null,
        })
      if (completedAt)
        timeline.push({
          at: completedAt,
          actorId: assigneeId ?? AGENT,
          action: mergedInto ? 'merged_into' : item.status,
          reason: null,
          ...(mergedInto ? { facts: { requestId: mergedInto } } : {}),
        })
      requests.push(
        scenarioRequest(
          {
            id: ids[i] ?? '',
            type: item.type,
            status: item.status,
            userId,
            receivedAt,
            identityVerifiedAt,
            assigneeId,
            completedAt,
            timeline,
            notes: item.note
              ? [{ id: `${ids[i]}-N1`, at: receivedAt, authorId: AGENT, text: item.note }]
              : [],
            duplicateOf: null,
            mergedInto,
          },
          calendar,
          settings,
        ),
      )
    })
  })
  return { users, requests }
}

/** Flags the open duplicates among seeded requests (one pass, any size). */
export function withDuplicateFlags(requests: PrivacyRequest[]): PrivacyRequest[] {
  const flagged = flagOpenDuplicates(requests)
  return requests.map((r) => ({ ...r, duplicateOf: flagged.get(r.id) ?? null }))
}
