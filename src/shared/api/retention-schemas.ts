import { z } from './zod'
import { dateInput } from './input-fields'
import { dataCategorySchema, retentionDutySchema, retentionStateSchema } from './enums'
import { pageSchema } from './schemas'

// Data kept under a legal retention duty after a cancellation or deletion, and its purge
// (CONTRACT 2026-12): on or after its purge date it is purged by the backend's daily job or by a
// compliance manager, each purge audited.

const isoDate = z.iso.date().check(z.maxLength(10))
const isoDateTime = z.iso.datetime({ offset: true })

export const PURGE_HOLDS = ['legal_hold', 'open_dispute'] as const
export const purgeHoldSchema = z.enum(PURGE_HOLDS)
export type PurgeHold = z.infer<typeof purgeHoldSchema>

/** One category of one user's data kept under a duty: until when, and where it stands today. */
export const retentionItemSchema = z.object({
  userId: z.string(),
  /** Masked, as everywhere a list names a user. */
  userName: z.string(),
  category: dataCategorySchema,
  duty: retentionDutySchema,
  retainFrom: isoDate,
  purgeOn: isoDate,
  /** The cancellation or deletion whose data plan kept it. */
  requestId: z.string(),
  state: retentionStateSchema,
  /** Why a due item is held back; null otherwise. */
  hold: z.nullable(purgeHoldSchema),
  purgedAt: z.nullable(isoDateTime),
  /** A staff id, or `system` for the daily job. */
  purgedBy: z.nullable(z.string()),
})
export type RetentionItem = z.infer<typeof retentionItemSchema>

const count = z.int().check(z.nonnegative())

/** What a purge by hand would purge today, whatever the list's filters: the confirmation's numbers. */
export const retentionDueSchema = z.object({
  /** Today's date in Asia/Shanghai: everything due on or before it. */
  today: isoDate,
  due: count,
  held: count,
  byCategory: z.array(z.object({ category: dataCategorySchema, due: count, held: count })),
})
export type RetentionDue = z.infer<typeof retentionDueSchema>

export const retentionListSchema = z.extend(pageSchema(retentionItemSchema), {
  summary: retentionDueSchema,
})
export type RetentionList = z.infer<typeof retentionListSchema>

export const retentionPurgeInputSchema = z.object({
  /**
   * Purges what was due on or before this date: the day the confirmation was shown. It cannot be
   * later than today, so nothing is purged before its date.
   */
  through: dateInput,
  /** Only these categories; all by default. */
  categories: z.optional(z.array(dataCategorySchema).check(z.minLength(1), z.maxLength(10))),
})
export type RetentionPurgeInput = z.infer<typeof retentionPurgeInputSchema>

export const retentionPurgeResultSchema = z.object({
  purgedAt: isoDateTime,
  through: isoDate,
  purged: z.array(z.object({ userId: z.string(), category: dataCategorySchema, purgeOn: isoDate })),
  byCategory: z.array(z.object({ category: dataCategorySchema, count })),
  /** Due items left in place because a legal hold or an open dispute protects them. */
  held: count,
})
export type RetentionPurgeResult = z.infer<typeof retentionPurgeResultSchema>
