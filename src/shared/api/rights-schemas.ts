import { z } from './zod'
import { freeText } from './free-text'
import { MAINLAND_MOBILE } from '../lib/masking'
import { consentKeySchema, CONSENT_KEYS } from './enums'
import { PERSONAL_DATA_CATEGORIES, personalDataCategorySchema } from './personal-data'

// The rights requests of policy section 6 other than cancellation: consent withdrawal 6(6),
// correction 6(2), access 6(1). What they record lives in the request's `details`, parsed with these.

export type ConsentKey = z.infer<typeof consentKeySchema>

const isoDateTime = z.iso.datetime({ offset: true })

export const consentWithdrawalInputSchema = z.object({
  keys: z.array(consentKeySchema).check(
    z.minLength(1, 'choose at least one permission'),
    z.refine((k) => new Set(k).size === k.length, 'each permission once'),
  ),
  note: z.optional(freeText(z.maxLength(1000))),
})

/** What the request keeps of a withdrawal: processing before `at` stays lawful (policy 6(6)). */
export const consentWithdrawalRecordSchema = z.object({
  keys: z.array(consentKeySchema),
  at: isoDateTime,
  by: z.string(),
  note: z.nullable(z.string()),
  earlierProcessingLawful: z.literal(true),
})

export const consentHistoryEntrySchema = z.object({
  key: consentKeySchema,
  granted: z.boolean(),
  at: isoDateTime,
  requestId: z.nullable(z.string()),
  actorId: z.string(),
})

export const consentOverviewSchema = z.object({
  consents: z
    .array(z.object({ key: consentKeySchema, granted: z.boolean(), changedAt: isoDateTime }))
    .check(z.length(CONSENT_KEYS.length)),
  history: z.array(consentHistoryEntrySchema),
})
export type ConsentOverview = z.infer<typeof consentOverviewSchema>

// The fields of a platform user a correction may change (policy 6(2)).
export const CORRECTABLE_FIELDS = ['name', 'phone', 'idNumber', 'region'] as const
export const correctableFieldSchema = z.enum(CORRECTABLE_FIELDS)
/**
 * Fields whose correction a second person approves (CONTRACT 2026-12): the phone number is where
 * copy codes and notices go, and the ID number is who the user is.
 */
export const CHECKED_CORRECTION_FIELDS: readonly CorrectableField[] = ['phone', 'idNumber']
export const correctionNeedsChecker = (fields: readonly CorrectableField[]) =>
  fields.some((f) => CHECKED_CORRECTION_FIELDS.includes(f))
export type CorrectableField = z.infer<typeof correctableFieldSchema>

/**
 * Policy 6(2) and PIPL art. 46: a field that holds a value is corrected, an empty one is
 * supplemented (补充). Without `mode` a change is a correction.
 */
export const CORRECTION_MODES = ['correct', 'supplement'] as const
export const correctionModeSchema = z.enum(CORRECTION_MODES)
export type CorrectionMode = z.infer<typeof correctionModeSchema>

/** A photo of one side of the new ID card, as the browser fingerprinted it. */
export const newIdCardPhotoSchema = z.object({
  side: z.enum(['front', 'back']),
  name: freeText(z.minLength(1), z.maxLength(200)),
  size: z.int().check(z.nonnegative(), z.maximum(20_000_000)),
  sha256: z.string().check(z.maxLength(64), z.regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256')),
})
export type NewIdCardPhoto = z.infer<typeof newIdCardPhotoSchema>

export const correctionInputSchema = z.object({
  changes: z
    .array(
      z.object({
        field: correctableFieldSchema,
        value: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
        mode: z.optional(correctionModeSchema),
      }),
    )
    .check(
      z.minLength(1, 'change at least one field'),
      z.refine((c) => new Set(c.map((x) => x.field)).size === c.length, 'each field once'),
    ),
  evidence: freeText(
    z.minLength(5, 'describe the evidence (at least 5 characters)'),
    z.maxLength(1000),
  ),
  /**
   * A new phone number is re-verified: the code POST /requests/{id}/correction-code sent to that
   * number, as the user read it back.
   */
  phoneCode: z.optional(
    z.string().check(z.trim(), z.maxLength(6), z.regex(/^\d{6}$/, 'the 6-digit code')),
  ),
  /**
   * A new ID number is re-verified against the new card itself: photos of both its sides,
   * fingerprinted in the browser (name, size, SHA-256), as identity documents are.
   */
  idCardPhotos: z.optional(z.array(newIdCardPhotoSchema).check(z.maxLength(2))),
})
export const correctionCodeInputSchema = z.object({
  phone: z
    .string()
    .check(
      z.trim(),
      z.maxLength(20),
      z.regex(MAINLAND_MOBILE, 'a mainland mobile number: 11 digits starting with 1[3-9]'),
    ),
})
export const correctionCodeSentSchema = z.object({
  requestId: z.string(),
  /** Masked: staff never see the code, only where it went and until when it works. */
  sentTo: z.string(),
  expiresAt: isoDateTime,
})

/** Before and after as they leave the server: ID and phone numbers masked. */
export const correctionRecordSchema = z.object({
  changes: z.array(
    z.object({
      field: correctableFieldSchema,
      /** Empty for a supplemented field. */
      before: z.string(),
      after: z.string(),
      mode: z.optional(correctionModeSchema),
    }),
  ),
  evidence: z.string(),
  at: isoDateTime,
  by: z.string(),
  /** When the new phone number was re-verified by the code sent to it. */
  phoneVerifiedAt: z.optional(z.nullable(isoDateTime)),
  /** The photos of the new ID card a new ID number was re-verified against. */
  idCardPhotos: z.optional(z.array(newIdCardPhotoSchema)),
})

/**
 * An access answer states every category of the template (PERSONAL_DATA_CATEGORIES) as held or
 * not held; the server refuses one that leaves any out, naming them.
 */
export const accessAnswerItemSchema = z.object({
  category: personalDataCategorySchema,
  held: z.boolean(),
})
export const accessAnswerInputSchema = z.object({
  answers: z.array(accessAnswerItemSchema).check(
    z.maxLength(PERSONAL_DATA_CATEGORIES.length),
    z.refine((a) => new Set(a.map((x) => x.category)).size === a.length, 'each category once'),
  ),
  message: freeText(
    z.minLength(20, 'the answer must list what the platform holds'),
    z.maxLength(4000),
  ),
})

export const accessAnswerRecordSchema = z.object({
  answers: z.array(accessAnswerItemSchema),
  message: z.string(),
  at: isoDateTime,
  by: z.string(),
})
