import { z } from 'zod'
import { dataCategorySchema, dataPlanActionSchema, deletionGroundSchema, retentionDutySchema } from './enums'
import { dataPlanItemSchema } from './schemas'

// Deletion of personal information (policy 6(3)): the ground, what supports it, and the
// per-category plan the maker prepares for the checker. Kept in the request's `details.deletion`.

const isoDate = z.iso.date()
const text = z.string().trim().max(2000)

/**
 * One category as staff decide it. The retention start is the server's to set (the day the
 * decision is prepared, or the duty's own start); staff may only keep data longer, never shorter.
 */
export const deletionPlanItemInputSchema = z.object({
  category: dataCategorySchema,
  action: dataPlanActionSchema,
  duty: retentionDutySchema.nullable().optional(),
  purgeOn: isoDate.nullable().optional(),
})
export type DeletionPlanItemInput = z.infer<typeof deletionPlanItemInputSchema>

export const deletionDecisionInputSchema = z
  .object({
    ground: deletionGroundSchema,
    evidence: text.optional(),
    note: text.optional(),
    plan: z.array(deletionPlanItemInputSchema).min(1, 'decide at least one category'),
  })
  .refine((d) => (d.evidence?.length ?? 0) >= 5 || (d.note?.length ?? 0) >= 5, {
    message: 'give the evidence or a note (at least 5 characters)',
    path: ['evidence'],
  })
export type DeletionDecisionInput = z.infer<typeof deletionDecisionInputSchema>

export const deletionRecordSchema = z.object({
  ground: deletionGroundSchema,
  evidence: z.string().nullable(),
  note: z.string().nullable(),
  items: z.array(dataPlanItemSchema).min(1),
  preparedAt: z.iso.datetime({ offset: true }),
  preparedBy: z.string(),
})
export type DeletionRecord = z.infer<typeof deletionRecordSchema>
