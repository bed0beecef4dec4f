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
import { passwordHashSchema } from './passwords'
import { Table } from './table'

// Server-side records that never leave the backend as such.
const staffAccountSchema = z.extend(staffSchema, { passwordHash: passwordHashSchema })
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
  lockedUntil: z.nullable(z.number()),
})
const idempotencyRecordSchema = z.object({
  key: z.string(),
  /** SHA-256 of the request's method, path and canonical body: never the body itself. */
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  status: z.number(),
  body: z.unknown(),
})
const checkpointSchema = z.object({
  id: z.string(),
  chain: z.enum(['disclosures', 'audit']),
  headHash: z.string(),
  count: z.int().check(z.nonnegative()),
  at: z.string(),
  by: z.string(),
})
const settingsRecordSchema = z.extend(settingsSchema, { id: z.literal('settings') })

export type StaffAccount = z.infer<typeof staffAccountSchema>
export type SessionRecord = z.infer<typeof sessionRecordSchema>
export type Checkpoint = z.infer<typeof checkpointSchema>

export function createDatabase() {
  return {
    staff: new Table('staff', staffAccountSchema, 'id'),
    sessions: new Table('sessions', sessionRecordSchema, 'token'),
    signInFailures: new Table('signInFailures', signInFailureSchema, 'username'),
    idempotency: new Table('idempotency', idempotencyRecordSchema, 'key'),
    users: new Table('users', platformUserRecordSchema, 'id'),
    requests: new Table('requests', requestSchema, 'id'),
    disclosures: new Table('disclosures', disclosureRecordSchema, 'seq'),
    auditEvents: new Table('auditEvents', auditEventSchema, 'seq'),
    checkpoints: new Table('checkpoints', checkpointSchema, 'id'),
    // Third-party applications wait here, outside the ledger, until a second person approves them.
    disclosureApplications: new Table('disclosureApplications', disclosureApplicationSchema, 'id'),
    // Security incidents (policy 5(3)), the users each touched, and each notice sent to each user.
    incidents: new Table('incidents', incidentSchema, 'id'),
    incidentUsers: new Table('incidentUsers', affectedUserRecordSchema, 'key'),
    incidentDeliveries: new Table('incidentDeliveries', deliveryRecordSchema, 'id'),
    // Copy delivery links (policy 6(7)) and the SMS gateway's outbox.
    copyLinks: new Table('copyLinks', copyLinkRecordSchema, 'token'),
    smsOutbox: new Table('smsOutbox', smsOutboxRecordSchema, 'id'),
    calendar: new Table('calendar', calendarYearSchema, 'year'),
    settings: new Table('settings', settingsRecordSchema, 'id'),
  }
}

export type Database = ReturnType<typeof createDatabase>
export type TableName = keyof Database
