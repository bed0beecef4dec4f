import { z } from './zod'
import { freeText } from './free-text'
import {
  identityEvidenceSchema,
  identityMethodSchema,
  identityOutcomeSchema,
  idNumberProblemSchema,
  type IdentityEvidence,
  type IdentityMethod,
} from './enums'
import { identityDocumentInputSchema } from './schemas'
import { idNumberProblem } from '../lib/identity-requirements-checks'
import { MAINLAND_MOBILE } from '../lib/masking'

// What staff send to record an identity check: apart from the request schemas, with the ID number
// rules they bring, since only the identity-check screens send them.

const identityMethodEvidence: Record<IdentityMethod, readonly IdentityEvidence[]> = {
  sms_code: ['sms_code'],
  real_name: ['real_name'],
  id_photos: ['id_card_front', 'id_card_back', 'id_card_holding'],
  written_request: ['written_request'],
}

export const ID_NUMBER_PROBLEM_MESSAGES: Record<z.infer<typeof idNumberProblemSchema>, string> = {
  length: 'ID number must have 18 characters',
  format: 'ID number must be 17 digits followed by a digit or X',
  birth_date_impossible: 'Birth date in ID number is not a real date',
  birth_date_before_1900: 'Birth date in ID number is before 1900',
  birth_date_future: 'Birth date in ID number is in the future',
  checksum: 'ID number check character is wrong (GB 11643 MOD 11-2)',
}

/** POST /api/requests/{id}/identity-checks. */
export const identityCheckInputSchema = z
  .object({
    method: identityMethodSchema,
    evidence: z.array(identityEvidenceSchema).check(z.maxLength(20)),
    outcome: identityOutcomeSchema,
    reason: z.optional(freeText(z.maxLength(1000))),
    subject: z.optional(
      z.object({
        name: freeText(z.minLength(1), z.maxLength(100)),
        idNumber: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
      }),
    ),
    requesterIdNumber: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
    /**
     * The phone a guardian, next of kin or authorised agent verified with: what the request
     * delivers (a copy's code) goes there, never to the account's own phone.
     */
    requesterPhone: z.optional(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(20),
          z.regex(MAINLAND_MOBILE, 'a mainland mobile number: 11 digits starting with 1[3-9]'),
        ),
    ),
    attachments: z.optional(z.array(identityDocumentInputSchema).check(z.maxLength(10))),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (new Set(v.evidence).size !== v.evidence.length)
        ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'an item is listed twice' })
      if (v.outcome !== 'pass' && (v.reason ?? '').length < 5) {
        ctx.addIssue({
          code: 'custom',
          path: ['reason'],
          message: 'a reason the requester can read (at least 5 characters)',
        })
      }
      if (v.evidence.includes('real_name') && !v.subject)
        ctx.addIssue({
          code: 'custom',
          path: ['subject'],
          message: 'a real-name check needs the name and ID number',
        })
      if (v.evidence.includes('requester_id') && !v.requesterIdNumber) {
        ctx.addIssue({
          code: 'custom',
          path: ['requesterIdNumber'],
          message: "the requester's own ID number is required",
        })
      }
      // An invalid ID number, or a method that examined nothing yet, may be recorded on a check
      // that fails or asks for more, but never passed.
      if (v.outcome !== 'pass') return
      if (!identityMethodEvidence[v.method].some((e) => v.evidence.includes(e))) {
        ctx.addIssue({
          code: 'custom',
          path: ['method'],
          message: `a pass must include the evidence the ${v.method} method examined`,
        })
      }
      const subjectProblem = v.subject ? idNumberProblem(v.subject.idNumber) : null
      if (subjectProblem)
        ctx.addIssue({
          code: 'custom',
          path: ['subject', 'idNumber'],
          message: ID_NUMBER_PROBLEM_MESSAGES[subjectProblem],
        })
      const requesterProblem = v.requesterIdNumber ? idNumberProblem(v.requesterIdNumber) : null
      if (requesterProblem)
        ctx.addIssue({
          code: 'custom',
          path: ['requesterIdNumber'],
          message: ID_NUMBER_PROBLEM_MESSAGES[requesterProblem],
        })
    }),
  )
export type IdentityCheckInput = z.infer<typeof identityCheckInputSchema>

/** POST /api/requests/{id}/documents-received. */
export const documentsReceivedInputSchema = z.object({
  documents: z.array(identityDocumentInputSchema).check(z.minLength(1), z.maxLength(10)),
  note: z.optional(freeText(z.maxLength(1000))),
})

/** POST /api/requests/auto-close-unverified. */
