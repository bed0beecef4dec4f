import type { PlatformUserRecord, PrivacyRequest, Settings } from '../../src/shared/api/schemas'
import { computeSla, type WorkingDayCalendar } from '../../src/shared/lib/working-days'

// Building blocks for the known situations appended after the random seed: each scenario file
// states only how its users and requests differ from an ordinary case.

/** An ordinary user: nothing owed, nothing pending, no hold, no guardian, current policy accepted. */
export function scenarioUser(
  profile: Pick<
    PlatformUserRecord,
    | 'id'
    | 'name'
    | 'phone'
    | 'idNumber'
    | 'birthDate'
    | 'gender'
    | 'region'
    | 'roles'
    | 'registeredAt'
    | 'consents'
  > &
    Partial<PlatformUserRecord>,
): PlatformUserRecord {
  const {
    id,
    name,
    phone,
    idNumber,
    birthDate,
    gender,
    region,
    roles,
    registeredAt,
    consents,
    ...differences
  } = profile
  return {
    id,
    name,
    phone,
    idNumber,
    birthDate,
    gender,
    region,
    roles,
    accountStatus: 'active',
    registeredAt,
    walletBalance: 0,
    withdrawalArranged: false,
    unfinishedTasksAsWorker: 0,
    unfinishedTasksAsPublisher: 0,
    openDisputes: 0,
    openComplaints: 0,
    legalHold: null,
    deceased: false,
    guardian: null,
    consents,
    policyVersionAccepted: '2025-09-12',
    dataDisposition: [],
    version: 1,
    ...differences,
  }
}

/**
 * A request the user made themselves in the app, never paused or extended, with its deadline from
 * the calendar; nothing decided yet unless the scenario says so.
 */
export function scenarioRequest(
  fields: Pick<
    PrivacyRequest,
    | 'id'
    | 'type'
    | 'status'
    | 'userId'
    | 'receivedAt'
    | 'identityVerifiedAt'
    | 'assigneeId'
    | 'timeline'
  > &
    Partial<PrivacyRequest>,
  calendar: WorkingDayCalendar,
  settings: Settings,
): PrivacyRequest {
  const {
    id,
    type,
    status,
    userId,
    receivedAt,
    identityVerifiedAt,
    assigneeId,
    timeline,
    ...differences
  } = fields
  return {
    id,
    type,
    status,
    userId,
    requesterType: 'self',
    requesterName: null,
    channel: 'app',
    receivedAt,
    identityVerifiedAt,
    ...computeSla(
      { type, receivedAt, identityVerifiedAt, pausedDays: 0, extensionDays: 0 },
      calendar,
      settings,
    ),
    pausedDays: 0,
    pausedAt: null,
    extensionDays: 0,
    assigneeId,
    preparedBy: null,
    decision: null,
    completedAt: null,
    details: {},
    version: 1,
    timeline,
    notes: [],
    identityChecks: [],
    ...differences,
  }
}
