import { z } from './zod'
import { type RequestType } from './enums'
import { copyCategorySchema } from './copy-schemas'
import { deletionRecordSchema } from './deletion-schemas'
import {
  accessAnswerRecordSchema,
  consentWithdrawalRecordSchema,
  correctionRecordSchema,
} from './rights-schemas'

// What a request keeps of its own kind in `details`, per request type. The request schema checks
// the details against its type's schema, so whatever reads them through `detailsOf` reads them
// typed, without parsing them again.

const isoDateTime = z.iso.datetime({ offset: true })

/** The link a copy was sent as (policy 6(7)). */
export const copyDetailsRecordSchema = z.object({
  linkId: z.string(),
  categories: z.array(copyCategorySchema),
  expiresAt: isoDateTime,
  at: isoDateTime,
  by: z.string(),
})
export type CopyDetailsRecord = z.infer<typeof copyDetailsRecordSchema>

// Any request whose identity check passed: where its deliveries go, masked (null when it has none).
const common = { verifiedPhone: z.optional(z.nullable(z.string())) }

// Strict, so that details of another type (a deletion record on an access request) are refused
// instead of dropped; described, so that the API document says which member is whose.
const detailsOfType = <S extends z.core.$ZodLooseShape>(type: RequestType, shape: S) =>
  z
    .strictObject({ ...common, ...shape })
    .check(z.describe(`The details of a request of type ${type}.`))

export const REQUEST_DETAILS_SCHEMAS = {
  cancellation: detailsOfType('cancellation', {}),
  deletion: detailsOfType('deletion', { deletion: z.optional(deletionRecordSchema) }),
  copy: detailsOfType('copy', { copy: z.optional(copyDetailsRecordSchema) }),
  correction: detailsOfType('correction', { correction: z.optional(correctionRecordSchema) }),
  access: detailsOfType('access', { accessAnswer: z.optional(accessAnswerRecordSchema) }),
  consent_withdrawal: detailsOfType('consent_withdrawal', {
    withdrawal: z.optional(consentWithdrawalRecordSchema),
  }),
} satisfies Record<RequestType, z.ZodMiniType>

export type RequestDetailsOf<T extends RequestType> = z.infer<(typeof REQUEST_DETAILS_SCHEMAS)[T]>
/** The details of a request of any type; which member is the request's type's, `detailsOf` says. */
export type RequestDetails = RequestDetailsOf<RequestType>

export const requestDetailsSchema = z.union([
  REQUEST_DETAILS_SCHEMAS.cancellation,
  REQUEST_DETAILS_SCHEMAS.deletion,
  REQUEST_DETAILS_SCHEMAS.copy,
  REQUEST_DETAILS_SCHEMAS.correction,
  REQUEST_DETAILS_SCHEMAS.access,
  REQUEST_DETAILS_SCHEMAS.consent_withdrawal,
])

/** The check a request schema carries: the details fit the request's own type. */
export const detailsFitType = z.superRefine(
  (request: { type: RequestType; details?: unknown }, ctx) => {
    const parsed = REQUEST_DETAILS_SCHEMAS[request.type].safeParse(request.details ?? {})
    if (parsed.success) return
    for (const issue of parsed.error.issues)
      ctx.addIssue({
        code: 'custom',
        message: `details of a ${request.type} request: ${issue.message}`,
        path: ['details', ...issue.path],
        input: request.details,
      })
  },
)

/**
 * The details of a request of the given type, or null when the request is of another type. The
 * request schema checked them against the request's type, so no parse is needed here.
 */
export function detailsOf<T extends RequestType>(
  request: { type: RequestType; details: RequestDetails },
  type: T,
): RequestDetailsOf<T> | null {
  return request.type === type ? (request.details as RequestDetailsOf<T>) : null
}
