import { z } from '../../src/shared/api/zod'
import { type AuditEvent } from '../../src/shared/api/schemas'
import type { Language } from '../../src/shared/i18n/i18n'
import { commonMessages } from '../../src/shared/i18n/common'
import {
  ANONYMOUS_ACTOR_LABEL,
  AUDIT_OUTCOME_LABELS,
  auditActionLabel,
} from '../../src/shared/i18n/audit-actions'
import { exportMessages } from '../../src/shared/i18n/export'
import { canonicalJson } from '../../src/shared/lib/hash-chain'
import { exportTime, csvForSpreadsheets, exportLanguage } from '../../src/shared/lib/csv-export'
import type { Database } from '../db/database'
import { HttpError, paginate, replyCsv, route } from '../http/route'
import { chainEndpoints } from './chain-endpoints'
import { auditEndpoints, auditFilters } from '../../src/shared/api/endpoints/audit'

// CONTRACT.md: compliance reads, exports and verifies the audit log; admins read everything.
const SORTABLE = ['seq', 'at'] as const

type AuditFilters = z.infer<typeof auditFilters>

const shanghaiDay = (date: string, end: boolean) =>
  Date.parse(`${date}T${end ? '23:59:59.999' : '00:00:00'}+08:00`)

/** `from`/`to` are Asia/Shanghai calendar days of the event's time. */
function filterEvents(events: AuditEvent[], f: AuditFilters): AuditEvent[] {
  if (f.from && f.to && f.from > f.to) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'The date range ends before it starts', {
      fields: { to: 'must not be before from' },
      issues: { to: { code: 'out_of_order' } },
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
      issues: { sort: { code: 'invalid_value' } },
    })
  }
  const sign = direction === 'asc' ? 1 : -1
  const key = (e: AuditEvent) => (field === 'seq' ? e.seq : Date.parse(e.at))
  return [...events].sort((a, b) => sign * (key(a) - key(b) || a.seq - b.seq))
}

const bySeq = (db: Database) => [...db.auditEvents.all()].sort((a, b) => a.seq - b.seq)

const CSV_COLUMNS = [
  'seq',
  'at',
  'actorId',
  'actorName',
  'role',
  'action',
  'actionLabel',
  'target',
  'reason',
  'outcome',
  'prevHash',
  'hash',
  'canonicalJson',
] as const

/**
 * The log in the reader's language: Beijing time, names beside staff ids, roles, outcomes and
 * actions in words. The action's code stays beside its words, and the last column is the
 * canonical JSON that was hashed, so the hashes can be recomputed from the file alone.
 */
export function auditCsv(db: Database, events: AuditEvent[], language: Language): string {
  const words = exportMessages[language]
  const roles = commonMessages[language].role
  const actorName = (id: string) =>
    id === 'system'
      ? words.system
      : id === 'anonymous'
        ? words.anonymous
        : (db.staff.get(id)?.displayName ?? words.unknownStaff)
  const rows = events.map((e) => {
    const { hash: _hash, ...unhashed } = e
    return [
      e.seq,
      exportTime(e.at),
      e.actorId,
      actorName(e.actorId),
      e.role === 'anonymous' ? ANONYMOUS_ACTOR_LABEL[language] : roles[e.role],
      e.action,
      auditActionLabel(e.action, language) ?? e.action,
      e.target,
      e.reason,
      AUDIT_OUTCOME_LABELS[language][e.outcome],
      e.prevHash,
      e.hash,
      canonicalJson(unhashed),
    ]
  })
  return csvForSpreadsheets(
    CSV_COLUMNS.map((c) => words.audit[c]),
    rows,
  )
}

export const auditHandlers = [
  route(auditEndpoints.list, {
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
    endpoints: auditEndpoints.chain,
    records: bySeq,
    name: 'The audit log',
    noun: 'events',
    actionPrefix: 'audit',
  }),
  route(auditEndpoints.exportCsv, {
    async handle({ query, backend, audit, request }) {
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
      const language = exportLanguage(request.headers.get('Accept-Language'))
      return replyCsv(auditCsv(backend.db, events, language))
    },
  }),
]
