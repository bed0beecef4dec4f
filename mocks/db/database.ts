import { z } from '../../src/shared/api/zod'
import {
  auditEventSchema,
  calendarYearSchema,
  disclosureRecordSchema,
  platformUserRecordSchema,
  requestSchema,
  settingsSchema,
  staffSchema,
} from '../../src/shared/api/schemas'
import { disclosureApplicationSchema } from '../../src/shared/api/disclosure-schemas'
import {
  affectedUserRecordSchema,
  deliveryRecordSchema,
  incidentSchema,
} from '../../src/shared/api/incident-schemas'
import { copyLinkRecordSchema, smsOutboxRecordSchema } from './copy-records'
import { accountActivitySchema } from '../../src/shared/api/personal-data'
import { correctableFieldSchema, correctionModeSchema } from '../../src/shared/api/rights-schemas'
import { passwordHashSchema } from './passwords'
import { staffActivationSchema, staffOutboxRecordSchema } from './staff-activation-records'
import { Table } from './table'

// Server-side records that never leave the backend as such.
// `passwordHash` is null until the member sets a password with an activation code, and again after
// an admin issues a new code. `contact` is where their codes go: their own phone or work email.
const staffAccountSchema = z.extend(z.omit(staffSchema, { activated: true }), {
  passwordHash: z.nullable(passwordHashSchema),
  contact: z.string(),
})
const sessionRecordSchema = z.object({
  token: z.string(),
  staffId: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
  revoked: z.boolean(),
})
const signInFailureSchema = z.object({
  username: z.string(),
  failures: z.array(z.number()),
})
const idempotencyRecordSchema = z.object({
  key: z.string(),
  /** SHA-256 of the request's method, path and canonical body: never the body itself. */
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  status: z.number(),
  body: z.unknown(),
})
const settingsRecordSchema = z.extend(settingsSchema, { id: z.literal('settings') })
// A correction of a phone or ID number waits here, in full, for its checker: the request itself
// carries only the masked before and after.
// The phone a request's identity check verified, in full: a copy's code goes there and nowhere
// else, so changing the account's phone afterwards cannot redirect it.
const verifiedContactSchema = z.object({ requestId: z.string(), phone: z.string(), at: z.string() })
// The code that re-verifies a new phone number for a correction: its hash only, and for which number.
const correctionCodeSchema = z.object({
  requestId: z.string(),
  phone: z.string(),
  hash: z.string(),
  sentAt: z.string(),
  expiresAt: z.string(),
  failedAttempts: z.int().check(z.nonnegative()),
})
const pendingCorrectionSchema = z.object({
  requestId: z.string(),
  changes: z.array(
    z.object({
      field: correctableFieldSchema,
      value: z.string(),
      mode: z.optional(correctionModeSchema),
    }),
  ),
})

export type StaffAccount = z.infer<typeof staffAccountSchema>

export function createDatabase() {
  return {
    staff: new Table('staff', staffAccountSchema, 'id'),
    sessions: new Table('sessions', sessionRecordSchema, 'token'),
    // Staff activation codes (only their hashes) and what was sent to staff members' own phones
    // and mailboxes.
    staffActivations: new Table('staffActivations', staffActivationSchema, 'staffId'),
    staffOutbox: new Table('staffOutbox', staffOutboxRecordSchema, 'id'),
    signInFailures: new Table('signInFailures', signInFailureSchema, 'username'),
    idempotency: new Table('idempotency', idempotencyRecordSchema, 'key'),
    users: new Table('users', platformUserRecordSchema, 'id'),
    // Each user's tasks, payments and sign-in devices: what a copy (policy 6(7)) hands over.
    accountActivity: new Table('accountActivity', accountActivitySchema, 'userId'),
    requests: new Table('requests', requestSchema, 'id'),
    disclosures: new Table('disclosures', disclosureRecordSchema, 'seq'),
    auditEvents: new Table('auditEvents', auditEventSchema, 'seq'),
    // Third-party applications wait here, outside the ledger, until a second person approves them.
    disclosureApplications: new Table('disclosureApplications', disclosureApplicationSchema, 'id'),
    // Security incidents (policy 5(3)), the users each touched, and each notice sent to each user.
    incidents: new Table('incidents', incidentSchema, 'id'),
    incidentUsers: new Table('incidentUsers', affectedUserRecordSchema, 'key'),
    incidentDeliveries: new Table('incidentDeliveries', deliveryRecordSchema, 'id'),
    // Copy delivery links (policy 6(7)) and the SMS gateway's outbox.
    copyLinks: new Table('copyLinks', copyLinkRecordSchema, 'token'),
    smsOutbox: new Table('smsOutbox', smsOutboxRecordSchema, 'id'),
    pendingCorrections: new Table('pendingCorrections', pendingCorrectionSchema, 'requestId'),
    verifiedContacts: new Table('verifiedContacts', verifiedContactSchema, 'requestId'),
    correctionCodes: new Table('correctionCodes', correctionCodeSchema, 'requestId'),
    calendar: new Table('calendar', calendarYearSchema, 'year'),
    settings: new Table('settings', settingsRecordSchema, 'id'),
  }
}

export type Database = ReturnType<typeof createDatabase>
export type TableName = keyof Database
