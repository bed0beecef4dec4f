import { z } from './zod'
import { dateInput, timestampInput } from './input-fields'
import { freeText } from './free-text'
import { IMPORT_PROBLEMS } from '../lib/incident-user-import'
import { REGULATOR_DUE_STATUSES } from '../lib/incident-reporting'
import { accountStatusSchema, dataCategorySchema } from './enums'
import { disclosureEvidenceSchema, pageSchema } from './schemas'

// Security incidents and the notice of them (policy 5(3)): the record, the affected users, the
// notification campaigns with their per-user deliveries, the public announcement and the
// reports to the regulator.

const isoDateTime = z.iso.datetime({ offset: true })
const text = (min: number, max: number) =>
  freeText(
    z.minLength(min, min === 1 ? 'required' : `at least ${min} characters`),
    z.maxLength(max, `at most ${max} characters`),
  )

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export const incidentSeveritySchema = z.enum(INCIDENT_SEVERITIES)
export type IncidentSeverity = z.infer<typeof incidentSeveritySchema>

export const INCIDENT_STATUSES = ['open', 'closed'] as const
export const incidentStatusSchema = z.enum(INCIDENT_STATUSES)

/** Policy 5(3): email, letter, phone, push notification or SMS. */
export const INCIDENT_CHANNELS = ['sms', 'email', 'letter', 'phone', 'push'] as const
export const incidentChannelSchema = z.enum(INCIDENT_CHANNELS)
export type IncidentChannel = z.infer<typeof incidentChannelSchema>

export const DELIVERY_STATUSES = ['queued', 'sending', 'retrying', 'delivered', 'failed'] as const
export const deliveryStatusSchema = z.enum(DELIVERY_STATUSES)
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>

export const DELIVERY_FAILURES = [
  'unreachable',
  'rejected',
  'no_answer',
  'bounced',
  'no_device',
  'returned',
] as const
export const deliveryFailureSchema = z.enum(DELIVERY_FAILURES)
export type DeliveryFailure = z.infer<typeof deliveryFailureSchema>

export const ANNOUNCEMENT_VENUES = ['app_notice', 'website', 'wechat', 'weibo', 'media'] as const
export const announcementVenueSchema = z.enum(ANNOUNCEMENT_VENUES)

export const AFFECTED_SOURCES = ['query', 'import'] as const
export const affectedSourceSchema = z.enum(AFFECTED_SOURCES)

export const timelineEventSchema = z.object({
  at: isoDateTime,
  actorId: z.string(),
  action: z.string(),
  detail: z.nullable(z.string()),
})
export type IncidentTimelineEvent = z.infer<typeof timelineEventSchema>

export const campaignSchema = z.object({
  id: z.string(),
  channel: incidentChannelSchema,
  templateZh: z.string(),
  templateEn: z.nullable(z.string()),
  sentAt: isoDateTime,
  sentBy: z.string(),
  recipients: z.int().check(z.nonnegative()),
  retries: z.int().check(z.nonnegative()),
})
export type Campaign = z.infer<typeof campaignSchema>

export const announcementSchema = z.object({
  textZh: z.string(),
  textEn: z.nullable(z.string()),
  publishAt: isoDateTime,
  venues: z.array(announcementVenueSchema).check(z.minLength(1)),
  impracticalAt: isoDateTime,
  impracticalReason: z.string(),
  recordedBy: z.string(),
  recordedAt: isoDateTime,
})
export type Announcement = z.infer<typeof announcementSchema>

export const regulatorReportSchema = z.object({
  id: z.string(),
  authority: z.string(),
  submittedAt: isoDateTime,
  referenceNumber: z.string(),
  content: z.string(),
  attachments: z.array(disclosureEvidenceSchema),
  recordedBy: z.string(),
  recordedAt: isoDateTime,
})
export type RegulatorReport = z.infer<typeof regulatorReportSchema>

const recordFields = {
  title: z.string(),
  severity: incidentSeveritySchema,
  discoveredAt: isoDateTime,
  occurredFrom: isoDateTime,
  occurredTo: isoDateTime,
  dataCategories: z.array(dataCategorySchema).check(z.minLength(1)),
  description: z.string(),
  impact: z.string(),
  measuresTaken: z.string(),
  measuresPlanned: z.string(),
  adviceToUsers: z.string(),
  remedies: z.string(),
}

/** The incident as stored. */
export const incidentSchema = z.object({
  id: z.string(),
  status: incidentStatusSchema,
  ...recordFields,
  createdBy: z.string(),
  createdAt: isoDateTime,
  closedAt: z.nullable(isoDateTime),
  closedBy: z.nullable(z.string()),
  affectedCount: z.int().check(z.nonnegative()),
  campaigns: z.array(campaignSchema),
  announcement: z.nullable(announcementSchema),
  regulatorReports: z.array(regulatorReportSchema),
  timeline: z.array(timelineEventSchema),
  version: z.int().check(z.positive()),
})
export type Incident = z.infer<typeof incidentSchema>

export const deliveryCountsSchema = z.object(
  Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, z.int().check(z.nonnegative())])) as Record<
    DeliveryStatus,
    z.ZodMiniInt
  >,
)
export type DeliveryCounts = z.infer<typeof deliveryCountsSchema>

export const campaignProgressSchema = z.extend(campaignSchema, {
  counts: deliveryCountsSchema,
  /** Delivered only after the gateway retried. */
  deliveredAfterRetry: z.int().check(z.nonnegative()),
  settled: z.boolean(),
})
export type CampaignProgress = z.infer<typeof campaignProgressSchema>

/**
 * When the report to the regulator is due, from the incident's discovery and the hours its
 * severity allows (settings; 4 hours for 较大 and graver by the national measures of 2025), and
 * where it stands now.
 */
export const regulatorDueSchema = z.object({
  hours: z.nullable(z.int().check(z.positive())),
  dueAt: z.nullable(isoDateTime),
  firstReportAt: z.nullable(isoDateTime),
  status: z.enum(REGULATOR_DUE_STATUSES),
})
export type RegulatorDueDto = z.infer<typeof regulatorDueSchema>

export const incidentDetailSchema = z.extend(incidentSchema, {
  campaigns: z.array(campaignProgressSchema),
  regulatorDue: regulatorDueSchema,
})
export type IncidentDetail = z.infer<typeof incidentDetailSchema>

export const incidentListItemSchema = z.extend(
  z.pick(incidentSchema, {
    id: true,
    title: true,
    status: true,
    severity: true,
    discoveredAt: true,
    affectedCount: true,
    dataCategories: true,
    version: true,
  }),
  {
    campaignCount: z.int().check(z.nonnegative()),
    announced: z.boolean(),
    reported: z.boolean(),
    regulatorDue: regulatorDueSchema,
  },
)
export type IncidentListItem = z.infer<typeof incidentListItemSchema>
export const incidentPageSchema = pageSchema(incidentListItemSchema)

/** Stored link of a user to an incident. */
export const affectedUserRecordSchema = z.object({
  key: z.string(),
  incidentId: z.string(),
  userId: z.string(),
  source: affectedSourceSchema,
  addedAt: isoDateTime,
  addedBy: z.string(),
})

/** What leaves the server about an affected user: name and phone masked. */
export const affectedUserSchema = z.extend(
  z.omit(affectedUserRecordSchema, { key: true, incidentId: true }),
  {
    name: z.string(),
    phone: z.string(),
    region: z.string(),
  },
)
export type AffectedUser = z.infer<typeof affectedUserSchema>
export const affectedUserPageSchema = pageSchema(affectedUserSchema)

/** Stored delivery of one campaign to one user; its status follows from the attempt's time. */
export const deliveryRecordSchema = z.object({
  id: z.string(),
  incidentId: z.string(),
  campaignId: z.string(),
  userId: z.string(),
  attempt: z.int().check(z.positive()),
  attemptAt: isoDateTime,
})
export type DeliveryRecord = z.infer<typeof deliveryRecordSchema>

export const deliverySchema = z.object({
  campaignId: z.string(),
  channel: incidentChannelSchema,
  userId: z.string(),
  name: z.string(),
  address: z.string(),
  status: deliveryStatusSchema,
  attempts: z.int().check(z.positive()),
  failure: z.nullable(deliveryFailureSchema),
  updatedAt: isoDateTime,
})
export type Delivery = z.infer<typeof deliverySchema>
export const deliveryPageSchema = pageSchema(deliverySchema)

// ---- inputs ----

const recordInputFields = {
  title: text(4, 120),
  severity: incidentSeveritySchema,
  discoveredAt: timestampInput,
  occurredFrom: timestampInput,
  occurredTo: timestampInput,
  dataCategories: z
    .array(dataCategorySchema)
    .check(z.minLength(1, 'at least one category'), z.maxLength(20)),
  description: text(10, 2000),
  impact: text(4, 2000),
  measuresTaken: text(4, 2000),
  measuresPlanned: text(4, 2000),
  adviceToUsers: text(4, 2000),
  remedies: text(4, 2000),
}
export const incidentInputSchema = z.object(recordInputFields)
export type IncidentInput = z.input<typeof incidentInputSchema>

export const incidentUpdateSchema = z.partial(z.object(recordInputFields)).check(
  z.refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: 'change at least one field',
    path: ['(root)'],
  }),
)
export type IncidentUpdate = z.input<typeof incidentUpdateSchema>

const userIdSchema = z
  .string()
  .check(z.maxLength(40), z.trim(), z.regex(/^U\d{6}$/, 'a user id such as U000123'))

/** Who an incident touched, as a query over the user base. */
export const affectedCriteriaSchema = z.object({
  region: z.optional(text(1, 100)),
  role: z.optional(z.enum(['worker', 'publisher'])),
  dataCategory: z.optional(dataCategorySchema),
  accountStatus: z.optional(accountStatusSchema),
  registeredFrom: z.optional(dateInput),
  registeredTo: z.optional(dateInput),
})
export type AffectedCriteria = z.infer<typeof affectedCriteriaSchema>

export const affectedPreviewSchema = z.object({
  matched: z.int().check(z.nonnegative()),
  alreadyAffected: z.int().check(z.nonnegative()),
  sample: z.array(
    z.pick(affectedUserSchema, { userId: true, name: true, phone: true, region: true }),
  ),
})
export type AffectedPreview = z.infer<typeof affectedPreviewSchema>

/** Keeps an import's body under the API's 64 KiB limit, which the form checks before sending. */
export const IMPORT_CSV_MAX_CHARS = 60_000
export const importInputSchema = z.object({
  csv: z
    .string()
    .check(
      z.minLength(1, 'the file is empty'),
      z.maxLength(IMPORT_CSV_MAX_CHARS, 'at most 60,000 characters: split a longer list'),
    ),
})

export const importProblemSchema = z.object({
  line: z.int().check(z.positive()),
  value: z.string(),
  reason: z.enum(IMPORT_PROBLEMS),
  firstLine: z.nullable(z.int().check(z.positive())),
})

export const importResultSchema = z.object({
  added: z.int().check(z.nonnegative()),
  alreadyAffected: z.int().check(z.nonnegative()),
  problems: z.array(importProblemSchema),
  incident: incidentDetailSchema,
})
export type ImportResult = z.infer<typeof importResultSchema>

export const addedResultSchema = z.object({
  added: z.int().check(z.nonnegative()),
  incident: incidentDetailSchema,
})

export const removeUsersInputSchema = z.object({
  userIds: z.array(userIdSchema).check(z.minLength(1), z.maxLength(200)),
  reason: text(5, 300),
})

export const campaignInputSchema = z.object({
  channel: incidentChannelSchema,
  templateZh: text(1, 2000),
  templateEn: z.optional(text(1, 4000)),
})
export type CampaignInput = z.input<typeof campaignInputSchema>

export const retryInputSchema = z.object({
  campaignId: z.string().check(z.maxLength(40), z.regex(/^I\d{6}-C\d+$/, 'a campaign id')),
})

export const announcementInputSchema = z.object({
  textZh: text(1, 5000),
  textEn: z.optional(text(1, 10000)),
  publishAt: timestampInput,
  venues: z
    .array(announcementVenueSchema)
    .check(z.minLength(1, 'at least one venue'), z.maxLength(ANNOUNCEMENT_VENUES.length)),
  impracticalAt: timestampInput,
  impracticalReason: text(10, 1000),
})
export type AnnouncementInput = z.input<typeof announcementInputSchema>

export const regulatorReportInputSchema = z.object({
  authority: text(2, 200),
  submittedAt: timestampInput,
  referenceNumber: text(2, 100),
  content: text(10, 5000),
  attachments: z._default(z.array(disclosureEvidenceSchema).check(z.maxLength(20)), []),
})
export type RegulatorReportInput = z.input<typeof regulatorReportInputSchema>

export const closeInputSchema = z.object({ summary: text(5, 1000) })

export const regionsSchema = z.object({ regions: z.array(z.string()) })
