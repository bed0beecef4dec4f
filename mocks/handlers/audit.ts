import { z } from '../../src/shared/api/zod'
import { dateInput } from '../../src/shared/api/input-fields'
import { auditEventSchema, pageSchema, type AuditEvent } from '../../src/shared/api/schemas'
import { toCsv } from '../../src/shared/lib/csv'
import type { Database } from '../db/database'
import { HttpError, listQuery, paginate, replyCsv, route } from '../http/route'
import { chainEndpoints } from './chain-endpoints'

// CONTRACT.md: compliance reads, exports and verifies the audit log; admins read everything.
const READERS = ['compliance', 'admin'] as const
const SORTABLE = ['seq', 'at'] as const

export const auditFilters = z.object({
  actorId: z.optional(
    z
      .string()
      .check(
        z.maxLength(40),
        z.trim(),
        z.regex(/^(S\d{3}|system|anonymous)$/, 'a staff id, system or anonymous'),
      ),
  ),
  /** A prefix: `request.` matches every action on requests. */
  action: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  target: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  outcome: z.optional(auditEventSchema.shape.outcome),
  from: z.optional(dateInput),
  to: z.optional(dateInput),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
})
type AuditFilters = z.infer<typeof auditFilters>

const shanghaiDay = (date: string, end: boolean) =>
  Date.parse(`${date}T${end ? '23:59:59.999' : '00:00:00'}+08:00`)

/** `from`/`to` are Asia/Shanghai calendar days of the event's time. */
function filterEvents(events: AuditEvent[], f: AuditFilters): AuditEvent[] {
  if (f.from && f.to && f.from > f.to) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'The date range ends before it starts', {
      fields: { to: 'must not be before from' },
    })
  }
  const from = f.from ? shanghaiDay(f.from, false) : null
  const to = f.to ? shanghaiDay(f.to, true) : null
  const q = f.q?.toLowerCase()
  const target = f.target?.toLowerCase()
  return events.filter((e) => {
    if (f.actorId && e.actorId !== f.actorId) return false
    if (f.action && !e.action.startsWith(f.action)) return false
    if (target && !e.target.toLowerCase().includes(target)) return false
    if (f.outcome && e.outcome !== f.outcome) return false
    const at = Date.parse(e.at)
    if (from !== null && at < from) return false
    if (to !== null && at > to) return false
    if (q && !e.action.toLowerCase().includes(q) && !e.target.toLowerCase().includes(q))
      return false
    return true
  })
}

// Newest first by default: the chain's order, not the clock's, which two tabs may disagree on.
function sortEvents(events: AuditEvent[], sort: string | undefined): AuditEvent[] {
  const [field = 'seq', direction = 'desc'] = sort?.split(':') ?? []
  if (!(SORTABLE as readonly string[]).includes(field)) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'Invalid sort', {
      fields: { sort: `sortable: ${SORTABLE.join(', ')}` },
    })
  }
  const sign = direction === 'asc' ? 1 : -1
  const key = (e: AuditEvent) => (field === 'seq' ? e.seq : Date.parse(e.at))
  return [...events].sort((a, b) => sign * (key(a) - key(b) || a.seq - b.seq))
}

const bySeq = (db: Database) => [...db.auditEvents.all()].sort((a, b) => a.seq - b.seq)

const CSV_HEADER = [
  'seq',
  'at',
  'actorId',
  'role',
  'action',
  'target',
  'reason',
  'outcome',
  'prevHash',
  'hash',
]

export const auditHandlers = [
  route({
    method: 'get',
    path: '/audit-events',
    roles: READERS,
    query: z.extend(listQuery, auditFilters.shape),
    response: pageSchema(auditEventSchema),
    async handle({ query, backend }) {
      return paginate(
        sortEvents(filterEvents(backend.db.auditEvents.all(), query), query.sort),
        query.page,
        query.pageSize,
      )
    },
  }),
  ...chainEndpoints({
    chain: 'audit',
    base: '/audit-events',
    readers: READERS,
    records: bySeq,
    name: 'The audit log',
    noun: 'events',
    actionPrefix: 'audit',
  }),
  route({
    method: 'get',
    path: '/audit-events/export.csv',
    roles: ['compliance'],
    query: auditFilters,
    async handle({ query, backend, audit }) {
      const events = sortEvents(filterEvents(backend.db.auditEvents.all(), query), 'seq:asc')
      const filter = Object.entries(query)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join('&')
      // The export is on the record itself; it is written after the rows were taken, so the file
      // shows the log as it stood when it was asked for.
      await backend.write(() =>
        audit('audit.export', 'audit-events', {
          reason: `${events.length} event(s)${filter ? `; ${filter}` : ''}`,
        }),
      )
      const rows = events.map((e) => CSV_HEADER.map((k) => e[k as keyof AuditEvent]))
      return replyCsv(toCsv(CSV_HEADER, rows))
    },
  }),
]
