import type { PlatformUserRecord, PrivacyRequest, Settings } from '../../src/shared/api/schemas'
import { makeIdNumber } from '../../src/shared/lib/id-number'
import {
  computeSla,
  shanghaiDate,
  type WorkingDayCalendar,
} from '../../src/shared/lib/working-days'
import { scenarioRequest, scenarioUser } from './seed-scenario'

// Account cancellations in known situations, appended after the random seed (and drawing nothing
// from its faker, so every other seeded record stays as it was): clean ones ready for a decision,
// ones blocked by unfinished work, prepared ones waiting for a checker, and ones near or past
// their deadline. Tests and demos find them through the API.

const DAY = 86_400_000
const AGENT = 'S001'

interface Scenario {
  name: string
  status: 'in_review' | 'pending_approval'
  assigneeId: string | null
  /** How the user differs from a clean one. */
  user?: Partial<PlatformUserRecord>
  /** Working days before today the application arrived (1 = yesterday's working day). */
  age: 'recent' | 'due_soon' | 'overdue'
}

const SCENARIOS: Scenario[] = [
  { name: '林清注', status: 'in_review', assigneeId: AGENT, age: 'recent' },
  { name: '周明远', status: 'in_review', assigneeId: AGENT, age: 'recent' },
  { name: '吴晓宁', status: 'in_review', assigneeId: AGENT, age: 'recent' },
  {
    name: '郑海波',
    status: 'in_review',
    assigneeId: AGENT,
    age: 'recent',
    user: { unfinishedTasksAsWorker: 2 },
  },
  {
    name: '王丽娟',
    status: 'in_review',
    assigneeId: AGENT,
    age: 'recent',
    user: { unfinishedTasksAsPublisher: 1, walletBalance: 128.5 },
  },
  { name: '陈思远', status: 'pending_approval', assigneeId: AGENT, age: 'recent' },
  { name: '赵一鸣', status: 'pending_approval', assigneeId: AGENT, age: 'recent' },
  // Prepared while clean; the user took a new task before the checker got to it.
  {
    name: '孙佳怡',
    status: 'pending_approval',
    assigneeId: AGENT,
    age: 'recent',
    user: { unfinishedTasksAsWorker: 1 },
  },
  { name: '钱志强', status: 'in_review', assigneeId: 'S002', age: 'due_soon' },
  { name: '冯晓东', status: 'in_review', assigneeId: null, age: 'overdue' },
]

function user(id: string, index: number, scenario: Scenario, now: number): PlatformUserRecord {
  const at = new Date(now - 400 * DAY).toISOString()
  return scenarioUser({
    id,
    name: scenario.name,
    phone: `139${String(57_000_000 + index).padStart(8, '0')}`,
    idNumber: makeIdNumber(
      '330203',
      `1990${String((index % 12) + 1).padStart(2, '0')}15`,
      String(100 + index * 2 + 1),
    ),
    birthDate: `1990-${String((index % 12) + 1).padStart(2, '0')}-15`,
    gender: 'male',
    region: '浙江省宁波市海曙区',
    roles: ['worker', 'publisher'],
    registeredAt: at,
    consents: {
      accountList: { granted: true, changedAt: at },
      systemLogs: { granted: true, changedAt: at },
      clipboard: { granted: false, changedAt: at },
      marketing: { granted: true, changedAt: at },
    },
    ...scenario.user,
  })
}

/** The latest instant, stepping back a day at a time, whose cancellation deadline satisfies `ok`. */
function receivedFor(
  age: Scenario['age'],
  now: number,
  calendar: WorkingDayCalendar,
  settings: Settings,
): string {
  const today = shanghaiDate(new Date(now).toISOString())
  const dueSoonUntil = Date.parse(`${calendar.addWorkingDays(today, 1).date}T23:59:59.999+08:00`)
  for (let back = 1; back < 60; back++) {
    const receivedAt = new Date(now - back * DAY).toISOString()
    if (age === 'recent') return receivedAt
    const { deadlineAt } = computeSla(
      {
        type: 'cancellation',
        receivedAt,
        identityVerifiedAt: receivedAt,
        pausedDays: 0,
        extensionDays: 0,
      },
      calendar,
      settings,
    )
    const deadline = Date.parse(deadlineAt ?? '')
    if (age === 'due_soon' && deadline > now && deadline <= dueSoonUntil) return receivedAt
    if (age === 'overdue' && deadline < now - DAY) return receivedAt
  }
  return new Date(now - 30 * DAY).toISOString()
}

export function cancellationScenarios(
  first: { user: number; request: number },
  now: number,
  calendar: WorkingDayCalendar,
  settings: Settings,
): { users: PlatformUserRecord[]; requests: PrivacyRequest[] } {
  const users: PlatformUserRecord[] = []
  const requests: PrivacyRequest[] = []
  SCENARIOS.forEach((scenario, i) => {
    const userId = `U${String(first.user + i).padStart(6, '0')}`
    users.push(user(userId, i, scenario, now))
    const receivedAt = receivedFor(scenario.age, now, calendar, settings)
    const verifiedAt = new Date(Date.parse(receivedAt) + 2 * 3_600_000).toISOString()
    const worker = scenario.assigneeId ?? AGENT
    const prepared = scenario.status === 'pending_approval'
    const timeline: PrivacyRequest['timeline'] = [
      {
        at: receivedAt,
        actorId: 'system',
        action: 'received',
        reason: null,
        facts: { channel: 'app' },
      },
      { at: verifiedAt, actorId: worker, action: 'identity_passed', reason: null },
    ]
    if (scenario.assigneeId)
      timeline.push({
        at: verifiedAt,
        actorId: scenario.assigneeId,
        action: 'claimed',
        reason: null,
      })
    if (prepared)
      timeline.push({
        at: verifiedAt,
        actorId: worker,
        action: 'decision_prepared_approve',
        reason: null,
      })
    requests.push(
      scenarioRequest(
        {
          id: `R${String(first.request + i).padStart(6, '0')}`,
          type: 'cancellation',
          status: scenario.status,
          userId,
          receivedAt,
          identityVerifiedAt: verifiedAt,
          assigneeId: scenario.assigneeId,
          preparedBy: prepared ? worker : null,
          decision: prepared
            ? {
                outcome: 'approve',
                reasonCode: null,
                message: '您好！您的账号注销申请已审核通过，平台将停止为该账号提供服务。',
                preparedAt: verifiedAt,
              }
            : null,
          timeline,
        },
        calendar,
        settings,
      ),
    )
  })
  return { users, requests }
}
