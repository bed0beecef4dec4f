import { Faker, base, en, zh_CN } from '@faker-js/faker'
import { CONSENT_KEYS, type RequestStatus, type RequestType } from '../../src/shared/api/enums'
import type { PlatformUserRecord, PrivacyRequest, Settings } from '../../src/shared/api/schemas'
import { makeIdNumber } from '../../src/shared/lib/id-number'
import { officialCalendarYears } from '../../src/shared/lib/official-calendar'
import { computeSla, WorkingDayCalendar } from '../../src/shared/lib/working-days'
import type { Database } from './database'
import { cancellationScenarios } from './seed-cancellations'
import { feeScenarios, withDuplicateFlags } from './seed-fees'
import { deletionScenarios, withDeletionRecord } from './seed-deletions'
import { correctionScenarios } from './seed-corrections'
import { seedDisclosures } from './seed-disclosures'
import { seedIncidents } from './seed-incidents'
import { seedActivity } from './seed-activity'
import { carryOutSeededPlans, retentionScenarios } from './seed-retention'
import { insertSeeded } from './seed-insert'
import type { SeedOptions } from './seed-options'
import { STAFF_SEED, seedStaffAccounts } from './staff-seed'

export const SEED = 20250912
export const DEFAULT_SETTINGS: Settings = {
  cancellationTargetDays: 3,
  cancellationDeadlineDays: 10,
  otherDeadlineDays: 15,
  freeRequestsPerYear: 2,
  unverifiedAutoCloseDays: 15,
  copyLinkValidDays: 7,
  revealsPerHour: 30,
  // A 较大 (medium) or graver incident is reported within 4 hours of its discovery (the national
  // measures of 2025); a 一般 (low) one has no fixed time.
  regulatorReportHoursLow: 0,
  regulatorReportHoursMedium: 4,
  regulatorReportHoursHigh: 4,
  regulatorReportHoursCritical: 4,
  version: 1,
}

const DAY = 86_400_000
const REGIONS: [string, string][] = [
  ['330106', '浙江省杭州市西湖区'],
  ['330203', '浙江省宁波市海曙区'],
  ['110105', '北京市朝阳区'],
  ['310115', '上海市浦东新区'],
  ['440305', '广东省深圳市南山区'],
  ['510107', '四川省成都市武侯区'],
  ['420106', '湖北省武汉市武昌区'],
  ['320106', '江苏省南京市鼓楼区'],
]

function iso(ms: number): string {
  return new Date(ms).toISOString()
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

export function userId(n: number): string {
  return `U${pad(n, 6)}`
}

export function requestId(n: number): string {
  return `R${pad(n, 6)}`
}

function makeUsers(faker: Faker, count: number, now: number): PlatformUserRecord[] {
  const users: PlatformUserRecord[] = []
  for (let i = 1; i <= count; i++) {
    const roll = faker.number.float()
    const minor = roll < 0.05
    const deceased = !minor && roll < 0.07
    const age = minor
      ? faker.number.int({ min: 14, max: 17 })
      : faker.number.int({ min: 18, max: 62 })
    const birth = new Date(now - age * 365.25 * DAY - faker.number.int({ min: 1, max: 300 }) * DAY)
    const birthDate = birth.toISOString().slice(0, 10)
    const [regionCode, region] = faker.helpers.arrayElement(REGIONS)
    const gender = faker.helpers.arrayElement(['male', 'female'] as const)
    const seq = pad(faker.number.int({ min: 0, max: 49 }) * 2 + (gender === 'male' ? 1 : 0), 3)
    const statusRoll = faker.number.float()
    const accountStatus =
      statusRoll < 0.02 ? 'sealed' : statusRoll < 0.03 ? 'under_investigation' : 'active'
    const consentAt = iso(now - faker.number.int({ min: 30, max: 700 }) * DAY)
    users.push({
      id: userId(i),
      name: faker.person.lastName() + faker.person.firstName(),
      phone: `1${faker.helpers.arrayElement(['38', '39', '58', '59', '86', '87', '77'])}${faker.string.numeric(8)}`,
      idNumber: makeIdNumber(regionCode, birthDate.replaceAll('-', ''), seq),
      birthDate,
      gender,
      region,
      roles: faker.helpers.arrayElement([
        ['worker'],
        ['worker'],
        ['publisher'],
        ['worker', 'publisher'],
      ]),
      accountStatus,
      registeredAt: iso(now - faker.number.int({ min: 70, max: 1500 }) * DAY),
      walletBalance:
        faker.number.float() < 0.6
          ? 0
          : faker.number.float({ min: 1, max: 5000, fractionDigits: 2 }),
      withdrawalArranged: faker.number.float() < 0.3,
      unfinishedTasksAsWorker:
        faker.number.float() < 0.75 ? 0 : faker.number.int({ min: 1, max: 4 }),
      unfinishedTasksAsPublisher:
        faker.number.float() < 0.85 ? 0 : faker.number.int({ min: 1, max: 6 }),
      openDisputes: faker.number.float() < 0.9 ? 0 : faker.number.int({ min: 1, max: 2 }),
      openComplaints: faker.number.float() < 0.93 ? 0 : 1,
      legalHold: faker.number.float() < 0.03 ? '法院协助冻结（(2026)浙0203执保123号）' : null,
      deceased,
      guardian: minor
        ? {
            name: faker.person.lastName() + faker.person.firstName(),
            relation: faker.helpers.arrayElement(['父亲', '母亲']),
            phone: `13${faker.string.numeric(9)}`,
            idNumber: makeIdNumber(
              regionCode,
              `19${faker.number.int({ min: 70, max: 89 })}0${faker.number.int({ min: 1, max: 9 })}15`,
              '021',
            ),
          }
        : null,
      consents: Object.fromEntries(
        CONSENT_KEYS.map((key) => [
          key,
          { granted: faker.number.float() < 0.8, changedAt: consentAt },
        ]),
      ) as PlatformUserRecord['consents'],
      policyVersionAccepted: faker.helpers.arrayElement(['2025-09-12', '2025-09-12', '2024-11-01']),
      dataDisposition: [],
      version: 1,
    })
  }
  return users
}

const TYPE_WEIGHTS: { weight: number; value: RequestType }[] = [
  { weight: 40, value: 'cancellation' },
  { weight: 14, value: 'deletion' },
  { weight: 14, value: 'copy' },
  { weight: 10, value: 'correction' },
  { weight: 10, value: 'access' },
  { weight: 12, value: 'consent_withdrawal' },
]

/** Older requests are more likely to be finished; the newest are mostly still open. */
function statusFor(faker: Faker, ageDays: number): RequestStatus {
  const finishedChance = Math.min(0.97, ageDays / 14)
  if (faker.number.float() < finishedChance) {
    return faker.helpers.weightedArrayElement([
      { weight: 80, value: 'completed' as const },
      { weight: 12, value: 'rejected' as const },
      { weight: 8, value: 'withdrawn' as const },
    ])
  }
  return faker.helpers.weightedArrayElement([
    { weight: 25, value: 'identity_pending' as const },
    { weight: 8, value: 'awaiting_requester' as const },
    { weight: 45, value: 'in_review' as const },
    { weight: 15, value: 'pending_approval' as const },
    { weight: 7, value: 'approved' as const },
  ])
}

function makeRequests(
  faker: Faker,
  count: number,
  users: PlatformUserRecord[],
  now: number,
  calendar: WorkingDayCalendar,
  settings: Settings,
): PrivacyRequest[] {
  const agents = STAFF_SEED.filter((s) => s.role === 'agent' || s.role === 'lead').map((s) => s.id)
  const requests: PrivacyRequest[] = []
  for (let i = 1; i <= count; i++) {
    const user = faker.helpers.arrayElement(users)
    const type = faker.helpers.weightedArrayElement(TYPE_WEIGHTS)
    const ageDays = faker.number.float({ min: 0, max: 60 })
    const receivedMs = now - ageDays * DAY
    const needsChecker = type === 'cancellation' || type === 'deletion'
    const drawn = statusFor(faker, ageDays)
    // Only cancellations and deletions go to a checker when approved: for the other types a
    // decision waiting for a checker is a refusal, and "approved" (being carried out) never occurs.
    const status = drawn === 'approved' && !needsChecker ? 'in_review' : drawn
    const refusal = status === 'pending_approval' && !needsChecker
    const requesterType = user.guardian
      ? 'guardian'
      : user.deceased
        ? 'next_of_kin'
        : faker.number.float() < 0.04
          ? 'agent_authorised'
          : 'self'
    const verified =
      status !== 'identity_pending' && !(status === 'rejected' && faker.number.float() < 0.3)
    const verifiedMs = verified
      ? Math.min(now, receivedMs + faker.number.int({ min: 1, max: 48 }) * 3_600_000)
      : null
    const assigneeId =
      status === 'identity_pending' && faker.number.float() < 0.5
        ? null
        : faker.helpers.arrayElement(agents)
    const prepared =
      status === 'pending_approval' ||
      status === 'approved' ||
      (status === 'completed' && needsChecker)
    const preparedBy = prepared ? (assigneeId ?? 'S001') : null
    const final = status === 'completed' || status === 'rejected' || status === 'withdrawn'
    const pausedDays =
      status === 'awaiting_requester'
        ? 0
        : faker.number.float() < 0.1
          ? faker.number.int({ min: 1, max: 3 })
          : 0
    const receivedAt = iso(receivedMs)
    const identityVerifiedAt = verifiedMs === null ? null : iso(verifiedMs)
    const sla = computeSla(
      { type, receivedAt, identityVerifiedAt, pausedDays, extensionDays: 0 },
      calendar,
      settings,
    )
    const timeline: PrivacyRequest['timeline'] = [
      { at: receivedAt, actorId: 'system', action: 'received', reason: null },
    ]
    if (identityVerifiedAt)
      timeline.push({
        at: identityVerifiedAt,
        actorId: assigneeId ?? 'S001',
        action: 'identity_passed',
        reason: null,
      })
    if (assigneeId)
      timeline.push({
        at: identityVerifiedAt ?? receivedAt,
        actorId: assigneeId,
        action: 'claimed',
        reason: null,
      })
    const completedAt = final
      ? iso(Math.min(now, receivedMs + faker.number.float({ min: 1, max: 14 }) * DAY))
      : null
    if (completedAt)
      timeline.push({
        at: completedAt,
        actorId: assigneeId ?? 'S001',
        action: status,
        reason: null,
      })
    requests.push({
      id: requestId(i),
      type,
      status,
      userId: user.id,
      requesterType,
      requesterName:
        requesterType === 'self'
          ? null
          : (user.guardian?.name ?? faker.person.lastName() + faker.person.firstName()),
      channel: faker.helpers.weightedArrayElement([
        { weight: 60, value: 'app' as const },
        { weight: 15, value: 'web' as const },
        { weight: 15, value: 'hotline' as const },
        { weight: 5, value: 'letter' as const },
        { weight: 5, value: 'email' as const },
      ]),
      receivedAt,
      identityVerifiedAt,
      ...sla,
      pausedDays,
      pausedAt: status === 'awaiting_requester' ? iso(Math.min(now, receivedMs + DAY)) : null,
      extensionDays: 0,
      assigneeId,
      preparedBy,
      decision: !prepared
        ? null
        : refusal
          ? {
              outcome: 'reject',
              reasonCode: 'groundless_repetition',
              message:
                '经核实，您在短期内多次提出相同请求，依据隐私政策第六条第（八）项，本次请求不予响应。',
              preparedAt: identityVerifiedAt ?? receivedAt,
            }
          : {
              outcome: 'approve',
              reasonCode: null,
              message: '您的申请已审核通过。',
              preparedAt: identityVerifiedAt ?? receivedAt,
            },
      completedAt,
      details: {},
      version: 1,
      timeline,
      notes: [],
      identityChecks: [],
    })
  }
  return requests
}

// A user applying in the app for themselves uploads the three ID card photos there. No image
// exists: the console draws placeholders.
function withAppIdPhotos(r: PrivacyRequest): PrivacyRequest {
  if (r.requesterType !== 'self' || (r.channel !== 'app' && r.channel !== 'web')) return r
  const kinds = ['id_card_front', 'id_card_back', 'id_card_holding'] as const
  const photo = (kind: (typeof kinds)[number]) => ({
    kind,
    name: `${kind}.jpg`,
    size: null,
    sha256: null,
    receivedAt: r.receivedAt,
    receivedBy: 'app',
  })
  return { ...r, identityDocuments: kinds.map(photo) }
}

export async function seedDatabase(db: Database, options: SeedOptions): Promise<void> {
  const faker = new Faker({ locale: [zh_CN, en, base] })
  faker.seed(SEED)
  const years = officialCalendarYears()
  const calendar = new WorkingDayCalendar(years)
  await db.settings.insert({ id: 'settings', ...DEFAULT_SETTINGS })
  await db.calendar.insertMany(
    years.map((y) => ({ ...y, loaded: true, source: 'official' as const, version: 1 })),
  )
  await db.staff.insertMany(await seedStaffAccounts())
  const users = makeUsers(faker, options.users, options.now)
  await insertSeeded(db.users, users)
  await insertSeeded(
    db.requests,
    withDuplicateFlags(
      makeRequests(faker, options.requests, users, options.now, calendar, DEFAULT_SETTINGS),
    )
      .map(withDeletionRecord)
      .map(withAppIdPhotos),
  )
  await seedDisclosures(db, faker, users, options.disclosures, options.now)
  await seedIncidents(db, options.now)
  const cancellations = cancellationScenarios(
    { user: options.users + 1, request: options.requests + 1 },
    options.now,
    calendar,
    DEFAULT_SETTINGS,
  )
  await db.users.insertMany(cancellations.users)
  await db.requests.insertMany(cancellations.requests.map(withAppIdPhotos))
  const repeated = feeScenarios(
    {
      user: options.users + cancellations.users.length + 1,
      request: options.requests + cancellations.requests.length + 1,
    },
    users.find((u) => !u.guardian && !u.deceased) ?? users[0]!,
    options.now,
    calendar,
    DEFAULT_SETTINGS,
  )
  await db.users.insertMany(repeated.users)
  await db.requests.insertMany(withDuplicateFlags(repeated.requests).map(withAppIdPhotos))
  const next = {
    user: options.users + 1 + cancellations.users.length + repeated.users.length,
    request: options.requests + 1 + cancellations.requests.length + repeated.requests.length,
  }
  const deletions = deletionScenarios(next, options.now, calendar, DEFAULT_SETTINGS)
  await db.users.insertMany(deletions.users)
  await db.requests.insertMany(deletions.requests.map(withAppIdPhotos))
  const corrections = correctionScenarios(
    {
      user: next.user + deletions.users.length,
      request: next.request + deletions.requests.length,
    },
    options.now,
    calendar,
    DEFAULT_SETTINGS,
  )
  await db.users.insertMany(corrections.users)
  await db.requests.insertMany(corrections.requests.map(withAppIdPhotos))
  const retention = retentionScenarios(
    {
      user: next.user + deletions.users.length + corrections.users.length,
      request: next.request + deletions.requests.length + corrections.requests.length,
    },
    options.now,
    calendar,
    DEFAULT_SETTINGS,
  )
  await db.users.insertMany(retention.users)
  await db.requests.insertMany(retention.requests.map(withAppIdPhotos))
  // The identity checks verified the phones the accounts had then, before any plan deleted them.
  await insertSeeded(db.verifiedContacts, verifiedContacts(db))
  const asking = new Set(
    db.requests
      .all()
      .filter((r) => r.type === 'copy' || r.type === 'access')
      .map((r) => r.userId),
  )
  await insertSeeded(
    db.accountActivity,
    seedActivity(
      SEED,
      db.users.all().filter((u) => asking.has(u.id)),
      options.now,
    ),
  )
  await carryOutSeededPlans(db, options.now)
}

/**
 * Where each seeded request that passed its identity check delivers: the account's phone for the
 * user themselves, a requester's own phone (made up, derived from the request id) for anyone else.
 */
function verifiedContacts(db: Database) {
  return db.requests
    .all()
    .filter((r) => r.identityVerifiedAt)
    .map((r) => ({
      requestId: r.id,
      phone:
        r.requesterType === 'self'
          ? db.users.get(r.userId)!.phone!
          : `139${r.id.slice(1).padStart(8, '0')}`,
      at: r.identityVerifiedAt!,
    }))
}
