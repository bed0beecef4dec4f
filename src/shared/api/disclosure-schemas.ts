import { z } from './zod'
import { timestampInput } from './input-fields'
import { freeText } from './free-text'
import { disclosureBasisSchema, recipientTypeSchema } from './enums'
import { disclosureEvidenceSchema, disclosureRecordSchema, pageSchema } from './schemas'

// The disclosure ledger's inputs and views (CONTRACT.md: Disclosure ledger). The record itself is
// disclosureRecordSchema in schemas.ts.

const isoDateTime = z.iso.datetime({ offset: true })
const text = (min: number, max: number) =>
  freeText(
    z.minLength(min, min === 1 ? 'required' : `at least ${min} characters`),
    z.maxLength(max, `at most ${max} characters`),
  )

export const DATA_ITEMS = [
  'name',
  'phone',
  'idNumber',
  'idPortraitPhoto',
  'address',
  'location',
  'taskHistory',
  'transactions',
  'bankAccount',
  'deviceInfo',
  'chatRecords',
] as const
export const dataItemSchema = z.enum(DATA_ITEMS)
export type DataItem = z.infer<typeof dataItemSchema>

/** Policy 4(4)(8): exactly what the privacy-dialing feature submits as the "A number" registration. */
export const PRIVACY_DIALING_ITEMS: readonly DataItem[] = [
  'name',
  'phone',
  'idNumber',
  'idPortraitPhoto',
]

/** Policy 4(4) clauses 1–7, the disclosures without consent that a person records by hand. */
export const EXEMPTION_CLAUSES = [1, 2, 3, 4, 5, 6, 7] as const

const recipientInput = z.object({
  name: text(1, 200),
  type: recipientTypeSchema,
  contact: text(1, 200),
})

const commonInput = {
  userIds: z
    .array(
      z.string().check(z.maxLength(40), z.trim(), z.regex(/^U\d{6}$/, 'a user id such as U000123')),
    )
    .check(z.minLength(1, 'at least one user'), z.maxLength(50)),
  recipient: recipientInput,
  dataItems: z
    .array(dataItemSchema)
    .check(z.minLength(1, 'at least one data item'), z.maxLength(DATA_ITEMS.length)),
  purpose: text(2, 500),
  /** The seq of the record this one corrects. */
  corrects: z.optional(z.int().check(z.positive())),
  correctionReason: z.optional(text(5, 500)),
}

export const legalDocumentInputSchema = z.object({
  authority: text(2, 200),
  documentType: text(2, 100),
  documentNumber: text(2, 100),
  provision: text(2, 300),
})

/** POST /api/disclosures: a disclosure that counts as soon as it is recorded. */
export const recordDisclosureInputSchema = z.discriminatedUnion(
  'basis',
  [
    z.object({
      ...commonInput,
      basis: z.literal('consent'),
      disclosedAt: timestampInput,
      consentReference: text(3, 100),
      userNotified: z._default(z.boolean(), true),
    }),
    z.object({
      ...commonInput,
      basis: z.literal('legal_process'),
      disclosedAt: timestampInput,
      legalDocument: legalDocumentInputSchema,
      // Policy 4(2): the user is not told, and most orders forbid the user even seeing it later.
      confidential: z._default(z.boolean(), true),
    }),
    z.object({
      ...commonInput,
      basis: z.literal('exemption'),
      disclosedAt: timestampInput,
      exemptionClause: z.int().check(z.minimum(1), z.maximum(7)),
      exemptionJustification: text(10, 1000),
      userNotified: z._default(z.boolean(), false),
    }),
    z.object({
      ...commonInput,
      basis: z.literal('privacy_dialing'),
      disclosedAt: timestampInput,
      userNotified: z._default(z.boolean(), true),
    }),
  ],
  {
    error: () =>
      'basis must be consent, legal_process, exemption or privacy_dialing; a third_party_application is recorded at /api/disclosures/applications and needs a second approval',
  },
)
export type RecordDisclosureInput = z.input<typeof recordDisclosureInputSchema>
export type RecordDisclosureBody = z.output<typeof recordDisclosureInputSchema>

/** POST /api/disclosures/applications: a third party's application, pending a second approval. */
export const disclosureApplicationInputSchema = z.object({
  ...commonInput,
  applicant: z.object({
    name: text(1, 100),
    idNumber: z.string().check(z.trim(), z.length(18, 'an 18-character ID number')),
    contact: text(3, 100),
    claim: text(10, 1000),
  }),
  evidence: z
    .array(disclosureEvidenceSchema)
    .check(z.minLength(1, 'at least one piece of preliminary evidence'), z.maxLength(20)),
  userNotified: z._default(z.boolean(), true),
})
export type DisclosureApplicationInput = z.input<typeof disclosureApplicationInputSchema>
export type DisclosureApplicationBody = z.output<typeof disclosureApplicationInputSchema>

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES)

export const disclosureApplicationSchema = z.object({
  id: z.string(),
  status: applicationStatusSchema,
  userIds: z.array(z.string()).check(z.minLength(1)),
  recipient: disclosureRecordSchema.shape.recipient,
  applicant: z.object({
    name: z.string(),
    idNumber: z.string(),
    contact: z.string(),
    claim: z.string(),
  }),
  evidence: z.array(disclosureEvidenceSchema),
  dataItems: z.array(z.string()).check(z.minLength(1)),
  purpose: z.string(),
  userNotified: z.boolean(),
  corrects: z.nullable(z.int().check(z.positive())),
  correctionReason: z.nullable(z.string()),
  recordedBy: z.string(),
  recordedAt: isoDateTime,
  decidedBy: z.nullable(z.string()),
  decidedAt: z.nullable(isoDateTime),
  decisionReason: z.nullable(z.string()),
  /** The ledger record created by the approval. */
  disclosureSeq: z.nullable(z.int().check(z.positive())),
})
export type DisclosureApplication = z.infer<typeof disclosureApplicationSchema>

export const rejectApplicationInputSchema = z.object({ reason: text(5, 500) })

/** A page of the ledger, with the masked names of the users on it (the records stay exactly as hashed). */
export const disclosurePageSchema = z.extend(pageSchema(disclosureRecordSchema), {
  userNames: z.record(z.string(), z.string()),
})

export const checkpointInputSchema = z.object({
  headHash: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256')),
  count: z.int().check(z.positive()),
})

/** One line of a user's statement: what the user may know, without other users or contacts. */
export const statementItemSchema = z.object({
  seq: z.int().check(z.positive()),
  disclosedAt: isoDateTime,
  basis: disclosureBasisSchema,
  exemptionClause: z.nullable(z.int()),
  recipient: z.object({ name: z.string(), type: recipientTypeSchema }),
  authority: z.nullable(z.string()),
  applicantName: z.nullable(z.string()),
  dataItems: z.array(z.string()),
  purpose: z.string(),
  corrects: z.nullable(z.int().check(z.positive())),
})
export type StatementItem = z.infer<typeof statementItemSchema>

export const disclosureStatementSchema = z.object({
  userId: z.string(),
  userName: z.string(),
  generatedAt: isoDateTime,
  items: z.array(statementItemSchema),
})
export type DisclosureStatement = z.infer<typeof disclosureStatementSchema>
