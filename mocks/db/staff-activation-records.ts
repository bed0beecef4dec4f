import { z } from '../../src/shared/api/zod'

// A staff member sets their own password with a one-time code sent to their own phone or work
// email (CONTRACT 2026-12): the admin who created the account never learns it. Neither record
// leaves the backend through the console's API.

/** The one open code of a staff member: a new one replaces it. */
export const staffActivationSchema = z.object({
  staffId: z.string(),
  /** SHA-256 of the staff id and the code: a copy of the database does not give the code away. */
  codeHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  issuedAt: z.string(),
  issuedBy: z.string(),
  expiresAt: z.string(),
  failedAttempts: z.int().check(z.nonnegative()),
  /** Set when the code was used, or voided by too many wrong guesses. */
  usedAt: z.nullable(z.string()),
  voidedAt: z.nullable(z.string()),
})

/** What was sent to a staff member's phone or mailbox; stands in for them in the mock. */
export const staffOutboxRecordSchema = z.object({
  id: z.string(),
  staffId: z.string(),
  to: z.string(),
  text: z.string(),
  at: z.string(),
})
