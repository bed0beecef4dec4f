import { z } from '../../src/shared/api/zod'
import { copyCategorySchema } from '../../src/shared/api/copy-schemas'

// Server-side records of copy delivery (policy 6(7)). The link token and the code's hash never
// leave the backend through the console's API.

export const copyLinkRecordSchema = z.object({
  id: z.string(),
  /** The secret in the user's link: 256 random bits, so it cannot be guessed. */
  token: z.string(),
  requestId: z.string(),
  userId: z.string(),
  categories: z.array(copyCategorySchema),
  createdAt: z.string(),
  createdBy: z.string(),
  expiresAt: z.string(),
  /** SHA-256 of token and code: a copy of the database does not give the codes away. */
  codeHash: z.string(),
  sentTo: z.string(),
  failedAttempts: z.int().check(z.nonnegative()),
  lockedAt: z.nullable(z.string()),
  downloads: z.array(z.object({ at: z.string() })),
})
export type CopyLinkRecord = z.infer<typeof copyLinkRecordSchema>

/**
 * What the SMS gateway was asked to deliver: it stands in for the user's phone. The console's API
 * never returns it (staff must not learn a one-time code); only the gateway, and a test playing
 * the user, read it.
 */
export const smsOutboxRecordSchema = z.object({
  id: z.string(),
  userId: z.string(),
  to: z.string(),
  text: z.string(),
  at: z.string(),
})
