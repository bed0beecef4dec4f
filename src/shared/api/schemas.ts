import { z } from './zod'
import { freeText } from './free-text'
import { personalDataCategorySchema } from './personal-data'
import {
  accountStatusSchema,
  ageGroupSchema,
  cancellationCheckSchema,
  channelSchema,
  consentKeySchema,
  dataCategorySchema,
  dataDispositionStatusSchema,
  dataPlanActionSchema,
  deadlineFlagSchema,
  disclosureBasisSchema,
  identityAutoCheckKeySchema,
  identityDocumentKindSchema,
  identityEvidenceSchema,
  identityMethodSchema,
  identityOutcomeSchema,
  identityRequirementSchema,
  idNumberProblemSchema,
  recipientTypeSchema,
  rejectionReasonSchema,
  requestStatusSchema,
  requestTypeSchema,
  requesterTypeSchema,
  retentionDutySchema,
  revealFieldSchema,
  roleSchema,
  notificationChannelSchema,
  userDataFieldSchema,
} from './enums'
import { timestampInput } from './input-fields'
import {
  dataPlanItemSchema,
  dataPlanSchema,
  type DataPlan,
  type DataPlanItem,
} from './data-plan-schemas'
import { requestDetailsSchema, detailsFitType } from './request-details'

// The contract as code (CONTRACT.md). The client parses every response with these, the mock
// database is built from them and the OpenAPI document is generated from them.

const isoDateTime = z.iso.datetime({ offset: true })
// Bounded for what the API takes in; dates a person was born on may precede 2000, so the input
// fields that must not are in input-fields.ts.
const isoDate = z.iso.date().check(z.maxLength(10))

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  correlationId: z.string(),
  details: z.optional(z.record(z.string(), z.unknown())),
})
export type ErrorBody = z.infer<typeof errorBodySchema>

export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().check(z.nonnegative()),
    page: z.int().check(z.positive()),
    pageSize: z.int().check(z.positive()),
  })
}
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number }

// An entity an admin edits carries a version, bumped on each change, that a write sends as If-Match.
const entityVersion = z.int().check(z.positive())

export const staffSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  active: z.boolean(),
  /** False until the member has set their own password with an activation code. */
  activated: z.boolean(),
  version: entityVersion,
})
export type Staff = z.infer<typeof staffSchema>
export const sessionStaffSchema = z.pick(staffSchema, {
  id: true,
  username: true,
  displayName: true,
  role: true,
})
export type SessionStaff = z.infer<typeof sessionStaffSchema>

export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: isoDateTime,
  staff: sessionStaffSchema,
})
export type Session = z.infer<typeof sessionSchema>

// Capped so that a huge username cannot become a huge audit target (failed sign-ins are audited).
export const signInInputSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(128)),
})

const consentStateSchema = z.object({
  granted: z.boolean(),
  changedAt: isoDateTime,
})

export const guardianSchema = z.object({
  name: z.string(),
  relation: z.string(),
  phone: z.string(),
  idNumber: z.string(),
})

/**
 * What became of one category of the user's data, when, by whom and under which request
 * (CONTRACT 2026-12): deleted or anonymised by a data plan, or kept under a legal duty until its
 * purge date and then purged. `fields` names what the category held in this record, now gone or
 * replaced; a category held in other systems (logs, tasks, payments) names none.
 */
export const dataDispositionSchema = z.object({
  category: dataCategorySchema,
  status: dataDispositionStatusSchema,
  fields: z.array(userDataFieldSchema),
  requestId: z.string(),
  /** When it was deleted, anonymised, kept (the plan's step) or purged. */
  at: isoDateTime,
  /** A staff id, or `system` for the purge job. */
  by: z.string(),
  duty: z.nullable(retentionDutySchema),
  retainFrom: z.nullable(isoDate),
  purgeOn: z.nullable(isoDate),
})
export type DataDisposition = z.infer<typeof dataDispositionSchema>

// What staff are sent of a platform user. No birth date: the 8 masked digits of an ID number are
// the birth date, so one beside the other would rebuild it (CONTRACT: Personal data masking).
// A field is null once a data plan removed it; `dataDisposition` says what was removed and when.
export const platformUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.nullable(z.string()),
  idNumber: z.nullable(z.string()),
  /** Null once the birth date it is computed from was deleted. */
  ageGroup: z.nullable(ageGroupSchema),
  gender: z.nullable(z.enum(['male', 'female'])),
  region: z.nullable(z.string()),
  roles: z.array(z.enum(['worker', 'publisher'])),
  accountStatus: accountStatusSchema,
  registeredAt: isoDateTime,
  walletBalance: z.number(),
  withdrawalArranged: z.boolean(),
  unfinishedTasksAsWorker: z.int().check(z.nonnegative()),
  unfinishedTasksAsPublisher: z.int().check(z.nonnegative()),
  openDisputes: z.int().check(z.nonnegative()),
  openComplaints: z.int().check(z.nonnegative()),
  legalHold: z.nullable(z.string()),
  deceased: z.boolean(),
  guardian: z.nullable(guardianSchema),
  consents: z.record(consentKeySchema, consentStateSchema),
  policyVersionAccepted: z.string(),
  /** One entry per category a data plan decided, in the order they were carried out. */
  dataDisposition: z.array(dataDispositionSchema),
  version: z.int().check(z.positive()),
})
export type PlatformUser = z.infer<typeof platformUserSchema>

/** A platform user as the backend keeps it: the birth date instead of the age group of the day. */
export const platformUserRecordSchema = z.extend(z.omit(platformUserSchema, { ageGroup: true }), {
  birthDate: z.nullable(isoDate),
})
export type PlatformUserRecord = z.infer<typeof platformUserRecordSchema>

/**
 * What an event did, as data the console puts into words in either language: the user's fields
 * corrected, the consents withdrawn, the data categories and their handling, the working days
 * added. `reason` stays what a person wrote.
 */
export const timelineFactsSchema = z.object({
  fields: z.optional(z.array(z.string().check(z.maxLength(40)))),
  consents: z.optional(z.array(consentKeySchema)),
  categories: z.optional(z.array(personalDataCategorySchema)),
  categoryCount: z.optional(z.int().check(z.nonnegative())),
  category: z.optional(dataCategorySchema),
  dataAction: z.optional(dataPlanActionSchema),
  duty: z.optional(z.nullable(retentionDutySchema)),
  purgeOn: z.optional(z.nullable(isoDate)),
  days: z.optional(z.int()),
  pausedDays: z.optional(z.int().check(z.nonnegative())),
  newDeadline: z.optional(isoDate),
  staffId: z.optional(z.string().check(z.maxLength(40))),
  userId: z.optional(z.string().check(z.maxLength(40))),
  requestId: z.optional(z.string().check(z.maxLength(40))),
  channel: z.optional(channelSchema),
  identityMethod: z.optional(identityMethodSchema),
  evidence: z.optional(z.array(identityEvidenceSchema)),
  notifiedBy: z.optional(z.array(z.string().check(z.maxLength(20)))),
  ground: z.optional(z.string().check(z.maxLength(60))),
  deleteCount: z.optional(z.int().check(z.nonnegative())),
  anonymiseCount: z.optional(z.int().check(z.nonnegative())),
  keepCount: z.optional(z.int().check(z.nonnegative())),
})
export type TimelineFacts = z.infer<typeof timelineFactsSchema>

export const timelineEventSchema = z.object({
  at: isoDateTime,
  actorId: z.string(),
  action: z.string(),
  reason: z.nullable(z.string()),
  facts: z.optional(timelineFactsSchema),
})
export type TimelineEvent = z.infer<typeof timelineEventSchema>

export const noteSchema = z.object({
  id: z.string(),
  at: isoDateTime,
  authorId: z.string(),
  text: z.string(),
})

export const identityAutoCheckSchema = z.object({
  key: identityAutoCheckKeySchema,
  ok: z.boolean(),
  problem: z.nullable(idNumberProblemSchema),
  value: z.nullable(z.string()),
})

export const identityCheckSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  method: identityMethodSchema,
  /** What staff examined. */
  evidence: z.array(identityEvidenceSchema),
  /** What of it counted (src/shared/lib/identity-requirements.ts creditedEvidence). */
  credited: z.array(identityEvidenceSchema),
  /** What the requester path still lacked after this check. */
  missing: z.array(identityRequirementSchema),
  outcome: identityOutcomeSchema,
  /** Shown to the requester for fail and need_more. */
  reason: z.nullable(z.string()),
  /** The name and ID number given for a real-name check; the number is stored masked. */
  subject: z.nullable(z.object({ name: z.string(), idNumber: z.string() })),
  requesterIdNumber: z.nullable(z.string()),
  autoChecks: z.array(identityAutoCheckSchema),
  checkedBy: z.string(),
  at: isoDateTime,
})
export type IdentityCheck = z.infer<typeof identityCheckSchema>

// An identity document is kept by its fingerprint; the mock backend does not store file bytes.
export const identityDocumentInputSchema = z.object({
  kind: identityDocumentKindSchema,
  name: freeText(z.minLength(1), z.maxLength(200)),
  size: z.int().check(z.nonnegative(), z.maximum(20_000_000)),
  sha256: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256')),
})
export const identityDocumentSchema = z.extend(identityDocumentInputSchema, {
  /** Null for photos the requester uploaded in the app, which the app's storage fingerprints. */
  sha256: z.nullable(z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/))),
  size: z.nullable(z.int().check(z.nonnegative())),
  receivedAt: isoDateTime,
  /** A staff id, or `app` for what came with the application. */
  receivedBy: z.string(),
})
export type IdentityDocument = z.infer<typeof identityDocumentSchema>

export const autoCloseResultSchema = z.object({
  closed: z.array(z.string()),
  checkedAt: isoDateTime,
})

export const decisionSchema = z.object({
  outcome: z.enum(['approve', 'reject']),
  reasonCode: z.nullable(rejectionReasonSchema),
  message: z.string(),
  preparedAt: isoDateTime,
})

export { dataPlanItemSchema, dataPlanSchema, type DataPlan, type DataPlanItem }

/**
 * What a notice to the requester is about, where it has a kind of its own: a rejection (its
 * ground, the reason and the remedies) or an extension of the deadline (the new deadline and the
 * reason). Other notices (a reminder, a completed deletion) carry none.
 */
export const NOTICE_KINDS = ['rejection', 'extension'] as const
export const noticeKindSchema = z.enum(NOTICE_KINDS)
export type NoticeKind = z.infer<typeof noticeKindSchema>

/** A message sent to the user about their request, with the exact text; `to` is masked. */
export const userNotificationSchema = z.object({
  id: z.string(),
  channel: notificationChannelSchema,
  to: z.string(),
  at: isoDateTime,
  text: z.string(),
  kind: z.optional(noticeKindSchema),
})
export type UserNotification = z.infer<typeof userNotificationSchema>

/** A message sent to a user about one of their requests, as the user's page lists them. */
export const userRequestNoticeSchema = z.extend(userNotificationSchema, {
  requestId: z.string(),
  requestType: requestTypeSchema,
})
export type UserRequestNotice = z.infer<typeof userRequestNoticeSchema>
export const userRequestNoticeListSchema = z.object({ items: z.array(userRequestNoticeSchema) })

/**
 * A cost fee quoted for a repeated request (policy 6(8)), in integer fen, and what the user
 * answered: accepted (work continues) or withdrew (the request ends).
 */
export const feeQuoteSchema = z.object({
  id: z.string(),
  amountFen: z.int().check(z.positive()),
  basis: z.string(),
  quotedAt: isoDateTime,
  quotedBy: z.string(),
  status: z.enum(['pending', 'accepted', 'declined']),
  answeredAt: z.nullable(isoDateTime),
  answeredBy: z.nullable(z.string()),
  answerChannel: z.nullable(channelSchema),
  answerNote: z.nullable(z.string()),
})
export type FeeQuote = z.infer<typeof feeQuoteSchema>

// The fields of a request; requestSchema adds the check that its details fit its type.
const requestFieldsSchema = z.object({
  id: z.string(),
  type: requestTypeSchema,
  status: requestStatusSchema,
  userId: z.string(),
  requesterType: requesterTypeSchema,
  requesterName: z.nullable(z.string()),
  channel: channelSchema,
  receivedAt: isoDateTime,
  identityVerifiedAt: z.nullable(isoDateTime),
  clockStartsAt: z.nullable(isoDateTime),
  targetAt: z.nullable(isoDateTime),
  deadlineAt: z.nullable(isoDateTime),
  calendarProvisional: z.boolean(),
  pausedDays: z.int().check(z.nonnegative()),
  pausedAt: z.nullable(isoDateTime),
  extensionDays: z.int().check(z.nonnegative()),
  assigneeId: z.nullable(z.string()),
  preparedBy: z.nullable(z.string()),
  decision: z.nullable(decisionSchema),
  completedAt: z.nullable(isoDateTime),
  /** What the request keeps of its own type: one shape per type (request-details.ts). */
  details: requestDetailsSchema,
  version: z.int().check(z.positive()),
  timeline: z.array(timelineEventSchema),
  notes: z.array(noteSchema),
  identityChecks: z.array(identityCheckSchema),
  identityDocuments: z.optional(z.array(identityDocumentSchema)),
  // Optional so that requests of types without them need not carry them.
  dataPlan: z.optional(z.nullable(dataPlanSchema)),
  notifications: z.optional(z.array(userNotificationSchema)),
  // Optional so that requests stored before duplicates and fees existed still read; the API
  // always answers duplicateOf (null when none).
  /** The open request of the same user and type this one came in after (a duplicate). */
  duplicateOf: z.optional(z.nullable(z.string())),
  /** Set once this duplicate was merged into another request. */
  mergedInto: z.optional(z.nullable(z.string())),
  feeQuotes: z.optional(z.array(feeQuoteSchema)),
})
export const requestSchema = requestFieldsSchema.check(detailsFitType)
export type PrivacyRequest = z.infer<typeof requestSchema>

// What a queue row carries: no timeline, plus the user's masked summary for the columns.
export const requestListItemSchema = z.extend(
  z.omit(requestFieldsSchema, {
    timeline: true,
    notes: true,
    identityChecks: true,
    identityDocuments: true,
    details: true,
    decision: true,
    dataPlan: true,
    notifications: true,
    feeQuotes: true,
  }),
  { userName: z.string(), userPhone: z.string() },
)
export type RequestListItem = z.infer<typeof requestListItemSchema>

export const requestDetailSchema = z
  .extend(requestFieldsSchema, {
    user: platformUserSchema,
  })
  .check(detailsFitType)
export type RequestDetail = z.infer<typeof requestDetailSchema>

// Account cancellation review (policy 6(5)): the checklist the server computes from the user's
// data, the deadline flag, and the leads' list of cancellations.
export const cancellationCheckItemSchema = z.object({
  key: cancellationCheckSchema,
  ok: z.boolean(),
  /** The user data the check was computed from. */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
})
export type CancellationCheckItem = z.infer<typeof cancellationCheckItemSchema>

export const cancellationDeadlineSchema = z.object({
  flag: deadlineFlagSchema,
  workingDaysLeft: z.nullable(z.int()),
})
export type CancellationDeadline = z.infer<typeof cancellationDeadlineSchema>

export const cancellationChecklistSchema = z.object({
  requestId: z.string(),
  /** The request version the checklist was computed for. */
  version: z.int().check(z.positive()),
  computedAt: isoDateTime,
  ok: z.boolean(),
  blocking: z.array(cancellationCheckSchema),
  items: z.array(cancellationCheckItemSchema),
  deadline: cancellationDeadlineSchema,
})
export type CancellationChecklistDto = z.infer<typeof cancellationChecklistSchema>

/** What blocks approving a deletion: the evidence checks of the cancellation checklist. */
export const deletionChecklistSchema = z.omit(cancellationChecklistSchema, { deadline: true })
export type DeletionChecklistDto = z.infer<typeof deletionChecklistSchema>

export const cancellationSummarySchema = z.extend(
  z.pick(requestListItemSchema, {
    id: true,
    status: true,
    userId: true,
    userName: true,
    assigneeId: true,
    preparedBy: true,
    receivedAt: true,
    targetAt: true,
    deadlineAt: true,
    calendarProvisional: true,
    version: true,
  }),
  {
    decision: z.nullable(decisionSchema),
    blocking: z.array(cancellationCheckSchema),
    deadline: cancellationDeadlineSchema,
  },
)
export type CancellationSummary = z.infer<typeof cancellationSummarySchema>

export const cancellationListSchema = z.extend(pageSchema(cancellationSummarySchema), {
  flagCounts: z.object({
    dueSoon: z.int().check(z.nonnegative()),
    overdue: z.int().check(z.nonnegative()),
  }),
})

/** A request's data plan: the stored one once produced, else what approval would produce now. */
export const dataPlanViewSchema = z.object({
  stored: z.boolean(),
  plan: z.nullable(dataPlanSchema),
})

export const createRequestInputSchema = z
  .object({
    type: requestTypeSchema,
    userId: z.string().check(z.minLength(1), z.maxLength(40)),
    requesterType: requesterTypeSchema,
    requesterName: z.optional(freeText(z.maxLength(100))),
    channel: channelSchema,
    receivedAt: timestampInput,
    // Described on the wire as any bounded object; the check fits it to the request's type.
    details: z.optional(z.record(z.string().check(z.maxLength(64)), z.unknown())),
  })
  .check(detailsFitType)

export const disclosureEvidenceSchema = z.object({
  name: freeText(z.minLength(1), z.maxLength(200)),
  size: z.int().check(z.nonnegative()),
  sha256: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256')),
})
export type DisclosureEvidence = z.infer<typeof disclosureEvidenceSchema>

export const disclosureRecordSchema = z.object({
  id: z.string(),
  seq: z.int().check(z.positive()),
  userIds: z.array(z.string()).check(z.minLength(1)),
  recipient: z.object({ name: z.string(), type: recipientTypeSchema, contact: z.string() }),
  basis: disclosureBasisSchema,
  exemptionClause: z.nullable(z.int().check(z.minimum(1), z.maximum(7))),
  legalDocument: z.nullable(
    z.object({
      authority: z.string(),
      documentType: z.string(),
      documentNumber: z.string(),
      provision: z.string(),
    }),
  ),
  applicant: z.nullable(
    z.object({ name: z.string(), idNumber: z.string(), contact: z.string(), claim: z.string() }),
  ),
  // Attachments are fingerprinted, so the chain also proves the evidence files were not swapped.
  evidence: z.array(disclosureEvidenceSchema),
  consentReference: z.nullable(z.string()),
  exemptionJustification: z.nullable(z.string()),
  /** The third-party application this record was approved from. */
  applicationId: z.nullable(z.string()),
  dataItems: z.array(z.string()).check(z.minLength(1)),
  purpose: z.string(),
  confidential: z.boolean(),
  disclosedAt: isoDateTime,
  /** When it entered the ledger: a disclosure recorded late shows it. */
  recordedAt: isoDateTime,
  recordedBy: z.string(),
  approvedBy: z.nullable(z.string()),
  userNotified: z.boolean(),
  /** The seq of the record this one corrects; the corrected record stays in the chain unchanged. */
  corrects: z.nullable(z.int().check(z.positive())),
  correctionReason: z.nullable(z.string()),
  prevHash: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/)),
  hash: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/)),
})
export type DisclosureRecord = z.infer<typeof disclosureRecordSchema>

export const auditEventSchema = z.object({
  seq: z.int().check(z.positive()),
  at: isoDateTime,
  actorId: z.string(),
  role: z.union([roleSchema, z.literal('anonymous')]),
  action: z.string(),
  target: z.string(),
  reason: z.nullable(z.string()),
  outcome: z.enum(['success', 'denied', 'failure']),
  prevHash: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/)),
  hash: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/)),
})
export type AuditEvent = z.infer<typeof auditEventSchema>

export const chainVerificationSchema = z.object({
  ok: z.boolean(),
  count: z.int().check(z.nonnegative()),
  firstBrokenSeq: z.nullable(z.int().check(z.positive())),
  headHash: z.string(),
})

/** The word an admin types to confirm a reset of the mock's demo data. */
export const RESET_CONFIRMATION = 'RESET'
export const resetDemoDataInputSchema = z.object({ confirm: z.literal(RESET_CONFIRMATION) })

/** A signed statement of a chain's head, kept outside the chain it vouches for. */
export const chainCheckpointSchema = z.object({
  id: z.string(),
  chain: z.enum(['disclosures', 'audit']),
  headHash: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/)),
  count: z.int().check(z.nonnegative()),
  at: isoDateTime,
  by: z.string(),
})
export type ChainCheckpointDto = z.infer<typeof chainCheckpointSchema>

/**
 * Everything the witness keeps of one chain, to be anchored elsewhere (a notary, a regulator):
 * each epoch (a seed or a reset, with the head of the chain it replaced) and each checkpoint
 * with the hash of every record it vouches for.
 */
export const chainWitnessExportSchema = z.object({
  chain: chainCheckpointSchema.shape.chain,
  exportedAt: isoDateTime,
  epochs: z.array(
    z.object({
      id: z.string(),
      startedAt: isoDateTime,
      by: z.string(),
      reason: z.string(),
      replaced: z.nullable(z.pick(chainCheckpointSchema, { headHash: true, count: true })),
    }),
  ),
  checkpoints: z.array(
    z.extend(chainCheckpointSchema, {
      epoch: z.string(),
      from: z.int().check(z.positive()),
      hashes: z.array(z.string().check(z.regex(/^[0-9a-f]{64}$/))),
    }),
  ),
})

/**
 * The queue's views, counted as their lists are: `mine` and `waiting` are the caller's own
 * (`waitingOn=me` / `others`), the rest are the team's open requests.
 */
export const requestCountsSchema = z.object({
  mine: z.int(),
  waiting: z.int(),
  unassigned: z.int(),
  dueSoon: z.int(),
  overdue: z.int(),
  all: z.int(),
})

/** The name a holiday or an in-lieu working day is shown by. */
export const calendarDayNameSchema = z.string().check(z.maxLength(100))
export const calendarYearSchema = z.object({
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  holidays: z.record(isoDate, calendarDayNameSchema),
  workdays: z.record(isoDate, calendarDayNameSchema),
  loaded: z.boolean(),
  source: z.enum(['official', 'admin', 'none']),
  /** 0 for a year not stored yet: its first PUT sends If-Match: 0. */
  version: z.int().check(z.nonnegative()),
})
export type CalendarYearDto = z.infer<typeof calendarYearSchema>

// The range of each setting, here so the settings form previews exactly what the server accepts.
export const SETTINGS_BOUNDS = {
  // Policy 6(5): a cancellation within 10 working days; the target cannot be later than the
  // deadline (checked across the two fields).
  cancellationTargetDays: { min: 1, max: 10 },
  cancellationDeadlineDays: { min: 1, max: 10 },
  // CONTRACT 2026-12: other requests are answered within 15 working days of identity passing.
  otherDeadlineDays: { min: 1, max: 15 },
  // At least one request a year is always free (CONTRACT 2026-12): reasonable requests cost nothing.
  freeRequestsPerYear: { min: 1, max: 20 },
  unverifiedAutoCloseDays: { min: 1, max: 60 },
  copyLinkValidDays: { min: 1, max: 30 },
  // Reveals of masked fields per staff member within a rolling hour (CONTRACT 2026-12).
  revealsPerHour: { min: 1, max: 200 },
  // Hours from its discovery within which a security incident is reported to the regulator, by
  // severity. The national measures on reporting cybersecurity incidents (2025) require a report
  // of a 较大 (medium) or graver incident within 4 hours at the latest; a shorter time may be set
  // (an operator of critical information infrastructure: 1 hour). A 一般 (low) incident has no
  // fixed time there: 0 sets none.
  regulatorReportHoursLow: { min: 0, max: 72 },
  regulatorReportHoursMedium: { min: 1, max: 4 },
  regulatorReportHoursHigh: { min: 1, max: 4 },
  regulatorReportHoursCritical: { min: 1, max: 4 },
} as const
export type SettingKey = keyof typeof SETTINGS_BOUNDS

/** Why a setting has the bounds it has, in the words the server answers a value outside them with. */
const SETTING_RULE: Partial<Record<SettingKey, string>> = {
  cancellationTargetDays: 'policy 6(5): a cancellation is done within 10 working days',
  cancellationDeadlineDays: 'policy 6(5): a cancellation is done within 10 working days',
  otherDeadlineDays: 'CONTRACT: other requests are answered within 15 working days',
  freeRequestsPerYear: 'policy 6(8): at least one request a year is free',
  regulatorReportHoursMedium: 'a medium or graver incident is reported within 4 hours',
  regulatorReportHoursHigh: 'a medium or graver incident is reported within 4 hours',
  regulatorReportHoursCritical: 'a medium or graver incident is reported within 4 hours',
}
const setting = (key: SettingKey) => {
  const { min, max } = SETTINGS_BOUNDS[key]
  const rule = SETTING_RULE[key]
  const why = rule ? ` (${rule})` : ''
  return z
    .int(`a whole number from ${min} to ${max}`)
    .check(z.minimum(min, `at least ${min}${why}`), z.maximum(max, `at most ${max}${why}`))
}
export const settingsInputSchema = z.object({
  cancellationTargetDays: setting('cancellationTargetDays'),
  cancellationDeadlineDays: setting('cancellationDeadlineDays'),
  otherDeadlineDays: setting('otherDeadlineDays'),
  freeRequestsPerYear: setting('freeRequestsPerYear'),
  unverifiedAutoCloseDays: setting('unverifiedAutoCloseDays'),
  copyLinkValidDays: setting('copyLinkValidDays'),
  revealsPerHour: setting('revealsPerHour'),
  regulatorReportHoursLow: setting('regulatorReportHoursLow'),
  regulatorReportHoursMedium: setting('regulatorReportHoursMedium'),
  regulatorReportHoursHigh: setting('regulatorReportHoursHigh'),
  regulatorReportHoursCritical: setting('regulatorReportHoursCritical'),
})
export type SettingsInput = z.infer<typeof settingsInputSchema>
export const settingsSchema = z.extend(settingsInputSchema, { version: entityVersion })
export type Settings = z.infer<typeof settingsSchema>

// Changing the calendar or the SLA settings moves the dates of open requests: the answer says how many.
export const calendarUpdateResultSchema = z.extend(calendarYearSchema, {
  recomputed: z.int().check(z.nonnegative()),
})
export const settingsUpdateResultSchema = z.extend(settingsSchema, {
  recomputed: z.int().check(z.nonnegative()),
})

export const networkConditionsSchema = z.object({
  latencyMs: z.int().check(z.minimum(0), z.maximum(10_000)),
  failureRate: z.number().check(z.minimum(0), z.maximum(1)),
  offline: z.boolean(),
})
export type NetworkConditions = z.infer<typeof networkConditionsSchema>

export const STAFF_USERNAME_PATTERN = /^[a-z][a-z0-9_]{2,31}$/
// Where a staff member's activation code goes: their own mainland mobile number or work email.
export const STAFF_PHONE_PATTERN = /^1[3-9]\d{9}$/
export const STAFF_EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export function isStaffContact(value: string): boolean {
  return STAFF_PHONE_PATTERN.test(value) || STAFF_EMAIL_PATTERN.test(value)
}

// No password: the member sets their own with a one-time code sent to `contact` (CONTRACT 2026-12).
export const createStaffInputSchema = z.object({
  username: z
    .string()
    .check(
      z.maxLength(40),
      z.trim(),
      z.regex(
        STAFF_USERNAME_PATTERN,
        '3–32 lower-case letters, digits or _, starting with a letter',
      ),
    ),
  displayName: freeText(z.minLength(1), z.maxLength(40)),
  role: roleSchema,
  contact: z
    .string()
    .check(
      z.maxLength(254),
      z.trim(),
      z.refine(isStaffContact, 'a mainland mobile number or an email address'),
    ),
})
export type CreateStaffInput = z.infer<typeof createStaffInputSchema>

export const updateStaffInputSchema = z
  .object({
    displayName: z.optional(freeText(z.minLength(1), z.maxLength(40))),
    role: z.optional(roleSchema),
    active: z.optional(z.boolean()),
  })
  .check(
    z.refine(
      (v) => v.displayName !== undefined || v.role !== undefined || v.active !== undefined,
      'nothing to change',
    ),
  )
export type UpdateStaffInput = z.infer<typeof updateStaffInputSchema>

export const revealInputSchema = z.object({
  field: revealFieldSchema,
  reason: freeText(z.minLength(5), z.maxLength(500)),
  // CONTRACT: a reveal is for a request of that user; the server checks that it is one.
  requestId: z.string().check(z.minLength(1), z.maxLength(40)),
})
export const revealResultSchema = z.object({ value: z.string() })
