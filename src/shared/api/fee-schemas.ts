import { z } from 'zod'
import { channelSchema, requestStatusSchema } from './enums'
import { feeQuoteSchema } from './schemas'
import { MAX_FEE_FEN } from '../lib/fees'

const isoDate = z.iso.date()

/** GET /api/requests/{id}/fee: how many earlier requests count against the free allowance. */
export const feeStatusSchema = z.object({
  requestId: z.string(),
  allowance: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
  /** Counted are requests received after `windowAfter` up to `windowTo` (Asia/Shanghai dates). */
  windowAfter: isoDate,
  windowTo: isoDate,
  earlier: z.array(z.object({ id: z.string(), receivedAt: z.iso.datetime({ offset: true }), status: requestStatusSchema })),
  feeMayBeQuoted: z.boolean(),
  pending: feeQuoteSchema.nullable(),
  quotes: z.array(feeQuoteSchema),
})
export type FeeStatus = z.infer<typeof feeStatusSchema>

/** POST /api/requests/{id}/fee-quote. */
export const feeQuoteInputSchema = z.object({
  amountFen: z.number().int().min(1).max(MAX_FEE_FEN),
  basis: z.string().trim().min(5).max(1000),
})

/** POST /api/requests/{id}/fee-acceptance: the user's acceptance, as they told staff. */
export const feeAcceptanceInputSchema = z.object({
  accepted: z.literal(true),
  channel: channelSchema,
  note: z.string().trim().max(1000).optional(),
})

/** POST /api/requests/{id}/withdraw: the user withdrew the request. */
export const withdrawInputSchema = z.object({ reason: z.string().trim().min(2).max(1000) })

/** POST /api/requests/{id}/merge: this duplicate is handled as part of `into`. */
export const mergeInputSchema = z.object({ into: z.string().regex(/^R\d{6}$/, 'a request id such as R000123') })
