import type {
  DataPlan,
  PlatformUserRecord,
  PrivacyRequest,
  Settings,
} from '../../src/shared/api/schemas'
import {
  addMonths,
  cancellationDataPlan,
  withCategoryExecuted,
} from '../../src/shared/lib/data-plan'
import { makeIdNumber } from '../../src/shared/lib/id-number'
import { purgeHold, withCategoryDisposed, withCategoryPurged } from '../../src/shared/lib/user-data'
import { shanghaiDate, type WorkingDayCalendar } from '../../src/shared/lib/working-days'
import type { Database } from './database'
import { scenarioRequest, scenarioUser } from './seed-scenario'

// Accounts cancelled long ago whose kept data reaches its purge date around now (appended after
// the random seed, drawing nothing from its faker), and the user records of every seeded plan
// that was carried out: what it deleted is gone, what it kept carries its purge date.

const DAY = 86_400_000
const LEAD = 'S003'
const AGENT = 'S001'

interface Scenario {
  name: string
  /** How many months before today the account was cancelled. */
  monthsAgo: number
  /** Days to add to that, so that a purge date falls that many days from today. */
  daysLater?: number
  /** The category whose purge date is set to today. */
  dueToday?: 'device_logs' | 'task_history'
  user?: Partial<PlatformUserRecord>
}

const SCENARIOS: Scenario[] = [
  { name: '邵子涵', monthsAgo: 6, dueToday: 'device_logs' },
  { name: '彭雨桐', monthsAgo: 6, dueToday: 'device_logs' },
  // Cancelled three years ago: the task history is due today, the logs were purged long since.
  { name: '曹立新', monthsAgo: 36, dueToday: 'task_history' },
  // Due, but a court's freezing order protects it: it stays until the hold is lifted.
  {
    name: '董晓光',
    monthsAgo: 6,
    dueToday: 'device_logs',
    user: { legalHold: '法院协助冻结（(2026)浙0203执保456号）' },
  },
  { name: '袁可欣', monthsAgo: 6, daysLater: 5 },
]

function user(
  id: string,
  index: number,
  scenario: Scenario,
  registeredAt: string,
): PlatformUserRecord {
  return scenarioUser({
    id,
    name: scenario.name,
    phone: `136${String(45_000_000 + index).padStart(8, '0')}`,
    idNumber: makeIdNumber(
      '320106',
      `1985${String(index + 1).padStart(2, '0')}09`,
      String(300 + index * 2 + 1),
    ),
    birthDate: `1985-${String(index + 1).padStart(2, '0')}-09`,
    gender: 'male',
    region: '江苏省南京市鼓楼区',
    roles: ['worker'],
    registeredAt,
    consents: {
      accountList: { granted: false, changedAt: registeredAt },
      systemLogs: { granted: true, changedAt: registeredAt },
      clipboard: { granted: false, changedAt: registeredAt },
      marketing: { granted: false, changedAt: registeredAt },
    },
    accountStatus: 'cancelled',
    ...scenario.user,
  })
}

export function retentionScenarios(
  first: { user: number; request: number },
  now: number,
  calendar: WorkingDayCalendar,
  settings: Settings,
): { users: PlatformUserRecord[]; requests: PrivacyRequest[] } {
  const today = shanghaiDate(new Date(now).toISOString())
  const users: PlatformUserRecord[] = []
  const requests: PrivacyRequest[] = []
  SCENARIOS.forEach((scenario, i) => {
    const userId = `U${String(first.user + i).padStart(6, '0')}`
    const decidedDay = addMonths(today, -scenario.monthsAgo)
    const decidedAt = new Date(
      Date.parse(`${decidedDay}T10:00:00+08:00`) + (scenario.daysLater ?? 0) * DAY,
    ).toISOString()
    const receivedAt = new Date(Date.parse(decidedAt) - 3 * DAY).toISOString()
    const verifiedAt = new Date(Date.parse(receivedAt) + 2 * 3_600_000).toISOString()
    const executedAt = new Date(Date.parse(decidedAt) + DAY).toISOString()
    users.push(
      user(userId, i, scenario, new Date(Date.parse(receivedAt) - 400 * DAY).toISOString()),
    )
    const produced = cancellationDataPlan({ decidedAt, lastDisclosureAt: null })
    // Months are uneven: the purge date the scenario is about is set to today exactly (never
    // earlier than the duty allows, since it is at least the duty's length after the start).
    let plan: DataPlan = {
      ...produced,
      items: produced.items.map((item) =>
        item.category === scenario.dueToday ? { ...item, purgeOn: today } : item,
      ),
    }
    for (const item of plan.items)
      plan = withCategoryExecuted(plan, item.category, executedAt, AGENT)
    const at = (iso: string, actorId: string, action: string, reason: string | null = null) => ({
      at: iso,
      actorId,
      action,
      reason,
    })
    requests.push(
      scenarioRequest(
        {
          id: `R${String(first.request + i).padStart(6, '0')}`,
          type: 'cancellation',
          status: 'completed',
          userId,
          receivedAt,
          identityVerifiedAt: verifiedAt,
          assigneeId: AGENT,
          preparedBy: AGENT,
          decision: {
            outcome: 'approve',
            reasonCode: null,
            message: '您好！您的账号注销申请已审核通过，平台将停止为该账号提供服务。',
            preparedAt: verifiedAt,
          },
          completedAt: executedAt,
          dataPlan: plan,
          timeline: [
            { ...at(receivedAt, 'system', 'received'), facts: { channel: 'app' as const } },
            at(verifiedAt, AGENT, 'identity_passed'),
            at(verifiedAt, AGENT, 'claimed'),
            at(verifiedAt, AGENT, 'decision_prepared_approve'),
            at(decidedAt, LEAD, 'approved'),
            at(decidedAt, LEAD, 'services_stopped', userId),
            at(decidedAt, LEAD, 'data_plan_produced', `${plan.items.length} categories`),
            at(executedAt, AGENT, 'data_plan_executed', `${plan.items.length} categories`),
          ],
        },
        calendar,
        settings,
      ),
    )
  })
  return { users, requests }
}

/**
 * Brings every seeded user record in line with the seeded plans that were carried out, in the
 * order they were: deleted and anonymised data gone, kept data with its purge date, and what
 * fell due before today purged as the daily job would have done on the day after.
 */
export async function carryOutSeededPlans(db: Database, now: number): Promise<void> {
  const today = shanghaiDate(new Date(now).toISOString())
  const steps = db.requests.all().flatMap((r) =>
    (r.dataPlan?.items ?? [])
      .filter((item) => item.executedAt !== null)
      .map((item) => ({
        request: r,
        item,
        at: item.executedAt!,
        ms: Date.parse(item.executedAt!),
      })),
  )
  // Each time parsed once, not at every comparison: a large seed has a step for every category
  // of every carried-out deletion plan.
  steps.sort((a, b) => a.ms - b.ms)
  const records = new Map<string, PlatformUserRecord>()
  for (const { request, item, at } of steps) {
    const current = records.get(request.userId) ?? db.users.get(request.userId)
    if (!current) continue
    records.set(
      request.userId,
      withCategoryDisposed(current, item, {
        requestId: request.id,
        at,
        by: item.executedBy ?? AGENT,
      }),
    )
  }
  for (const [userId, record] of records) {
    let next = record
    // As the daily job would have: nothing a legal hold or an open dispute protects is purged.
    for (const d of purgeHold(record) ? [] : record.dataDisposition) {
      if (d.status !== 'kept' || !d.purgeOn || d.purgeOn >= today) continue
      const ranAt = new Date(Date.parse(`${d.purgeOn}T00:05:00+08:00`) + DAY).toISOString()
      next = withCategoryPurged(next, d.category, { at: ranAt, by: 'system' })
    }
    await db.users.update(userId, (draft) => Object.assign(draft, next))
  }
}
