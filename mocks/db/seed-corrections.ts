import type { PlatformUserRecord, PrivacyRequest, Settings } from '../../src/shared/api/schemas'
import { makeIdNumber } from '../../src/shared/lib/id-number'
import type { WorkingDayCalendar } from '../../src/shared/lib/working-days'
import { scenarioRequest, scenarioUser } from './seed-scenario'

// A correction that supplements (policy 6(2)): a user who never gave a region asks to add it.
// Appended after the random seed, drawing nothing from its faker.

const DAY = 86_400_000
const AGENT = 'S001'

export function correctionScenarios(
  first: { user: number; request: number },
  now: number,
  calendar: WorkingDayCalendar,
  settings: Settings,
): { users: PlatformUserRecord[]; requests: PrivacyRequest[] } {
  const registeredAt = new Date(now - 400 * DAY).toISOString()
  const consent = { granted: true, changedAt: registeredAt }
  const user = scenarioUser({
    id: `U${String(first.user).padStart(6, '0')}`,
    name: '严书宁',
    phone: '13768100001',
    idNumber: makeIdNumber('330106', '19920614', '204'),
    birthDate: '1992-06-14',
    gender: 'female',
    region: '',
    roles: ['worker'],
    registeredAt,
    consents: { accountList: consent, systemLogs: consent, clipboard: consent, marketing: consent },
  })
  const receivedAt = new Date(now - 1 * DAY).toISOString()
  const verifiedAt = new Date(Date.parse(receivedAt) + 3_600_000).toISOString()
  const request = scenarioRequest(
    {
      id: `R${String(first.request).padStart(6, '0')}`,
      type: 'correction',
      status: 'in_review',
      userId: user.id,
      receivedAt,
      identityVerifiedAt: verifiedAt,
      assigneeId: AGENT,
      timeline: [
        {
          at: receivedAt,
          actorId: 'system',
          action: 'received',
          reason: null,
          facts: { channel: 'app' },
        },
        { at: verifiedAt, actorId: AGENT, action: 'identity_passed', reason: null },
        { at: verifiedAt, actorId: AGENT, action: 'claimed', reason: null },
      ],
    },
    calendar,
    settings,
  )
  return { users: [user], requests: [request] }
}
