import { z } from './zod'
import { dataCategorySchema, dataPlanActionSchema, retentionDutySchema } from './enums'

// Apart from schemas.ts so that the deletion record, which a request's details hold, can use it
// without the request schema importing itself.

const isoDateTime = z.iso.datetime({ offset: true })
const isoDate = z.iso.date().check(z.maxLength(10))

/** One data category of a cancellation or deletion: what happens to it, and when kept, until when and why. */
export const dataPlanItemSchema = z.object({
  category: dataCategorySchema,
  action: dataPlanActionSchema,
  duty: z.nullable(retentionDutySchema),
  retainFrom: z.nullable(isoDate),
  purgeOn: z.nullable(isoDate),
  executedAt: z.nullable(isoDateTime),
  executedBy: z.nullable(z.string()),
})
export type DataPlanItem = z.infer<typeof dataPlanItemSchema>

export const dataPlanSchema = z.object({
  producedAt: isoDateTime,
  items: z.array(dataPlanItemSchema).check(z.minLength(1)),
  completedAt: z.nullable(isoDateTime),
})
export type DataPlan = z.infer<typeof dataPlanSchema>
