import { z } from 'zod'
import {
  accountStatusSchema,
  channelSchema,
  consentKeySchema,
  disclosureBasisSchema,
  identityMethodSchema,
  recipientTypeSchema,
  rejectionReasonSchema,
  requestStatusSchema,
  requestTypeSchema,
  requesterTypeSchema,
  roleSchema,
} from './enums'

// The contract as code (CONTRACT.md). The client parses every response with these, the mock
// database is built from them and the OpenAPI document is generated from them.

const isoDateTime = z.iso.datetime({ offset: true })
const isoDate = z.iso.date()

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  correlationId: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
})
export type ErrorBody = z.infer<typeof errorBodySchema>

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  })
}
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number }

export const staffSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  active: z.boolean(),
})
export type Staff = z.infer<typeof staffSchema>
export const sessionStaffSchema = staffSchema.pick({
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

export const signInInputSchema = z.object({
  username: z.string().min(1),
  password: z.string().min(1),
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

export const platformUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  idNumber: z.string(),
  birthDate: isoDate,
  gender: z.enum(['male', 'female']),
  region: z.string(),
  roles: z.array(z.enum(['worker', 'publisher'])),
  accountStatus: accountStatusSchema,
  registeredAt: isoDateTime,
  walletBalance: z.number(),
  withdrawalArranged: z.boolean(),
  unfinishedTasksAsWorker: z.number().int().nonnegative(),
  unfinishedTasksAsPublisher: z.number().int().nonnegative(),
  openDisputes: z.number().int().nonnegative(),
  openComplaints: z.number().int().nonnegative(),
  legalHold: z.string().nullable(),
  deceased: z.boolean(),
  guardian: guardianSchema.nullable(),
  consents: z.record(consentKeySchema, consentStateSchema),
  policyVersionAccepted: z.string(),
  version: z.number().int().positive(),
})
export type PlatformUser = z.infer<typeof platformUserSchema>

export const timelineEventSchema = z.object({
  at: isoDateTime,
  actorId: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
})
export type TimelineEvent = z.infer<typeof timelineEventSchema>

export const noteSchema = z.object({
  id: z.string(),
  at: isoDateTime,
  authorId: z.string(),
  text: z.string(),
})

export const identityCheckSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  method: identityMethodSchema,
  evidence: z.array(z.string()),
  outcome: z.enum(['pass', 'fail', 'need_more']),
  reason: z.string().nullable(),
  checkedBy: z.string(),
  at: isoDateTime,
})
export type IdentityCheck = z.infer<typeof identityCheckSchema>

export const decisionSchema = z.object({
  outcome: z.enum(['approve', 'reject']),
  reasonCode: rejectionReasonSchema.nullable(),
  message: z.string(),
  preparedAt: isoDateTime,
})

export const requestSchema = z.object({
  id: z.string(),
  type: requestTypeSchema,
  status: requestStatusSchema,
  userId: z.string(),
  requesterType: requesterTypeSchema,
  requesterName: z.string().nullable(),
  channel: channelSchema,
  receivedAt: isoDateTime,
  identityVerifiedAt: isoDateTime.nullable(),
  clockStartsAt: isoDateTime.nullable(),
  targetAt: isoDateTime.nullable(),
  deadlineAt: isoDateTime.nullable(),
  calendarProvisional: z.boolean(),
  pausedDays: z.number().int().nonnegative(),
  pausedAt: isoDateTime.nullable(),
  extensionDays: z.number().int().nonnegative(),
  assigneeId: z.string().nullable(),
  preparedBy: z.string().nullable(),
  decision: decisionSchema.nullable(),
  completedAt: isoDateTime.nullable(),
  details: z.record(z.string(), z.unknown()),
  version: z.number().int().positive(),
  timeline: z.array(timelineEventSchema),
  notes: z.array(noteSchema),
  identityChecks: z.array(identityCheckSchema),
})
export type PrivacyRequest = z.infer<typeof requestSchema>

// What a queue row carries: no timeline, plus the user's masked summary for the columns.
export const requestListItemSchema = requestSchema
  .omit({ timeline: true, notes: true, identityChecks: true, details: true, decision: true })
  .extend({ userName: z.string(), userPhone: z.string() })
export type RequestListItem = z.infer<typeof requestListItemSchema>

export const requestDetailSchema = requestSchema.extend({
  user: platformUserSchema,
})
export type RequestDetail = z.infer<typeof requestDetailSchema>

export const createRequestInputSchema = z.object({
  type: requestTypeSchema,
  userId: z.string().min(1),
  requesterType: requesterTypeSchema,
  requesterName: z.string().max(100).optional(),
  channel: channelSchema,
  receivedAt: isoDateTime,
  details: z.record(z.string(), z.unknown()).optional(),
})

export const disclosureRecordSchema = z.object({
  id: z.string(),
  seq: z.number().int().positive(),
  userIds: z.array(z.string()).min(1),
  recipient: z.object({ name: z.string(), type: recipientTypeSchema, contact: z.string() }),
  basis: disclosureBasisSchema,
  exemptionClause: z.number().int().min(1).max(7).nullable(),
  legalDocument: z
    .object({ authority: z.string(), documentType: z.string(), documentNumber: z.string(), provision: z.string() })
    .nullable(),
  applicant: z.object({ name: z.string(), idNumber: z.string(), contact: z.string(), claim: z.string() }).nullable(),
  evidence: z.array(z.string()),
  consentReference: z.string().nullable(),
  dataItems: z.array(z.string()).min(1),
  purpose: z.string(),
  confidential: z.boolean(),
  disclosedAt: isoDateTime,
  recordedBy: z.string(),
  approvedBy: z.string().nullable(),
  userNotified: z.boolean(),
  corrects: z.number().int().positive().nullable(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
})
export type DisclosureRecord = z.infer<typeof disclosureRecordSchema>

export const auditEventSchema = z.object({
  seq: z.number().int().positive(),
  at: isoDateTime,
  actorId: z.string(),
  role: z.union([roleSchema, z.literal('anonymous')]),
  action: z.string(),
  target: z.string(),
  reason: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'failure']),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
})
export type AuditEvent = z.infer<typeof auditEventSchema>

export const chainVerificationSchema = z.object({
  ok: z.boolean(),
  count: z.number().int().nonnegative(),
  firstBrokenSeq: z.number().int().positive().nullable(),
  headHash: z.string(),
})

export const requestCountsSchema = z.object({
  mine: z.number().int(),
  unassigned: z.number().int(),
  dueSoon: z.number().int(),
  overdue: z.number().int(),
  all: z.number().int(),
})
export type RequestCounts = z.infer<typeof requestCountsSchema>

export const calendarYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  holidays: z.record(isoDate, z.string()),
  workdays: z.record(isoDate, z.string()),
  loaded: z.boolean(),
  source: z.enum(['official', 'admin', 'none']),
})
export type CalendarYearDto = z.infer<typeof calendarYearSchema>

export const settingsSchema = z.object({
  cancellationTargetDays: z.number().int().min(1).max(15),
  cancellationDeadlineDays: z.number().int().min(1).max(15),
  otherDeadlineDays: z.number().int().min(1).max(30),
  freeRequestsPerYear: z.number().int().min(0).max(20),
  unverifiedAutoCloseDays: z.number().int().min(1).max(60),
  copyLinkValidDays: z.number().int().min(1).max(30),
})
export type Settings = z.infer<typeof settingsSchema>

export const revealInputSchema = z.object({
  field: z.enum(['idNumber', 'phone']),
  reason: z.string().trim().min(5),
})
export const revealResultSchema = z.object({ value: z.string() })
