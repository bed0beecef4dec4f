import { z } from './zod'
import { dateInput } from './input-fields'
import { freeText } from './free-text'
import {
  dataCategorySchema,
  dataPlanActionSchema,
  deletionGroundSchema,
  retentionDutySchema,
} from './enums'
import { dataPlanItemSchema } from './data-plan-schemas'

// Deletion of personal information (policy 6(3)): the ground, what supports it, and the
// per-category plan the maker prepares for the checker. Kept in the request's `details.deletion`.

const text = freeText(z.maxLength(2000))

/**
 * One category as staff decide it. The retention start is the server's to set (the day the
 * decision is prepared, or the duty's own start); staff may only keep data longer, never shorter.
 */
export const deletionPlanItemInputSchema = z.object({
  category: dataCategorySchema,
  action: dataPlanActionSchema,
  duty: z.optional(z.nullable(retentionDutySchema)),
  purgeOn: z.optional(z.nullable(dateInput)),
})
export type DeletionPlanItemInput = z.infer<typeof deletionPlanItemInputSchema>

export const deletionDecisionInputSchema = z
  .object({
    ground: deletionGroundSchema,
    evidence: z.optional(text),
    note: z.optional(text),
    plan: z
      .array(deletionPlanItemInputSchema)
      .check(z.minLength(1, 'decide at least one category')),
  })
  .check(
    z.refine((d) => (d.evidence?.length ?? 0) >= 5 || (d.note?.length ?? 0) >= 5, {
      message: 'give the evidence or a note (at least 5 characters)',
      path: ['evidence'],
    }),
  )
export type DeletionDecisionInput = z.infer<typeof deletionDecisionInputSchema>

export const deletionRecordSchema = z.object({
  ground: deletionGroundSchema,
  evidence: z.nullable(z.string()),
  note: z.nullable(z.string()),
  items: z.array(dataPlanItemSchema).check(z.minLength(1)),
  preparedAt: z.iso.datetime({ offset: true }),
  preparedBy: z.string(),
})
export type DeletionRecord = z.infer<typeof deletionRecordSchema>
