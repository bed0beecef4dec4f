import { z } from './zod'
import { freeText } from './free-text'
import { channelSchema, requestStatusSchema } from './enums'
import { feeQuoteSchema } from './schemas'
import { MAX_FEE_FEN } from '../lib/fees'

const isoDate = z.iso.date()

/** GET /api/requests/{id}/fee: how many earlier requests count against the free allowance. */
export const feeStatusSchema = z.object({
  requestId: z.string(),
  allowance: z.int().check(z.nonnegative()),
  count: z.int().check(z.nonnegative()),
  /** Counted are requests received after `windowAfter` up to `windowTo` (Asia/Shanghai dates). */
  windowAfter: isoDate,
  windowTo: isoDate,
  earlier: z.array(
    z.object({
      id: z.string(),
      receivedAt: z.iso.datetime({ offset: true }),
      status: requestStatusSchema,
    }),
  ),
  feeMayBeQuoted: z.boolean(),
  pending: z.nullable(feeQuoteSchema),
  quotes: z.array(feeQuoteSchema),
})
export type FeeStatus = z.infer<typeof feeStatusSchema>

/** POST /api/requests/{id}/fee-quote. */
export const feeQuoteInputSchema = z.object({
  amountFen: z.int().check(z.minimum(1), z.maximum(MAX_FEE_FEN)),
  basis: freeText(z.minLength(5), z.maxLength(1000)),
})

/** POST /api/requests/{id}/fee-acceptance: the user's acceptance, as they told staff. */
export const feeAcceptanceInputSchema = z.object({
  accepted: z.literal(true),
  channel: channelSchema,
  note: z.optional(freeText(z.maxLength(1000))),
})

/** POST /api/requests/{id}/withdraw: the user withdrew the request. */
export const withdrawInputSchema = z.object({ reason: freeText(z.minLength(2), z.maxLength(1000)) })

/** POST /api/requests/{id}/merge: this duplicate is handled as part of `into`. */
export const mergeInputSchema = z.object({
  into: z.string().check(z.maxLength(40), z.regex(/^R\d{6}$/, 'a request id such as R000123')),
})
