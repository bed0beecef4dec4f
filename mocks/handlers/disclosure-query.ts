import { z } from '../../src/shared/api/zod'
import type { StatementItem } from '../../src/shared/api/disclosure-schemas'
import type { DisclosureRecord } from '../../src/shared/api/schemas'
import { canonicalJson } from '../../src/shared/lib/hash-chain'
import type { CsvCell } from '../../src/shared/lib/csv'
import { exportTime, csvForSpreadsheets } from '../../src/shared/lib/csv-export'
import type { Language } from '../../src/shared/i18n/i18n'
import { commonMessages } from '../../src/shared/i18n/common'
import { exportMessages } from '../../src/shared/i18n/export'
import { maskName } from '../../src/shared/lib/masking'
import type { Database } from '../db/database'
import { HttpError } from '../http/route'
import { ledgerFilters } from '../../src/shared/api/endpoints/disclosures'

const SORTABLE = ['seq', 'disclosedAt', 'recordedAt'] as const

export type LedgerFilters = z.infer<typeof ledgerFilters>

const shanghaiDay = (date: string, end: boolean) =>
  Date.parse(`${date}T${end ? '23:59:59.999' : '00:00:00'}+08:00`)

/** The records matching the filters; `from`/`to` are Asia/Shanghai calendar days of disclosedAt. */
export function filterLedger(records: DisclosureRecord[], f: LedgerFilters): DisclosureRecord[] {
  if (f.from && f.to && f.from > f.to) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'The date range ends before it starts', {
      fields: { to: 'must not be before from' },
      issues: { to: { code: 'out_of_order' } },
    })
  }
  const from = f.from ? shanghaiDay(f.from, false) : null
  const to = f.to ? shanghaiDay(f.to, true) : null
  const q = f.q?.toLowerCase()
  return records.filter((r) => {
    if (f.userId && !r.userIds.includes(f.userId)) return false
    if (f.basis && r.basis !== f.basis) return false
    if (f.recipientType && r.recipient.type !== f.recipientType) return false
    if (f.recordedBy && r.recordedBy !== f.recordedBy) return false
    if (f.corrects && r.corrects !== f.corrects) return false
    const at = Date.parse(r.disclosedAt)
    if (from !== null && at < from) return false
    if (to !== null && at > to) return false
    if (q && !`${r.id} ${r.recipient.name} ${r.applicant?.name ?? ''}`.toLowerCase().includes(q))
      return false
    return true
  })
}

export function sortLedger(
  records: DisclosureRecord[],
  sort: string | undefined,
): DisclosureRecord[] {
  const [field = 'seq', direction = 'desc'] = sort?.split(':') ?? []
  if (!(SORTABLE as readonly string[]).includes(field)) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'Invalid sort', {
      fields: { sort: `sortable: ${SORTABLE.join(', ')}` },
      issues: { sort: { code: 'invalid_value' } },
    })
  }
  const sign = direction === 'asc' ? 1 : -1
  const key = (r: DisclosureRecord) =>
    field === 'seq' ? r.seq : Date.parse(field === 'disclosedAt' ? r.disclosedAt : r.recordedAt)
  return [...records].sort((a, b) => sign * (key(a) - key(b) || a.seq - b.seq))
}

/** Masked names of the users on a page, beside the records rather than in them (records stay as hashed). */
export function userNamesFor(db: Database, records: DisclosureRecord[]): Record<string, string> {
  const names: Record<string, string> = {}
  for (const r of records) {
    for (const id of r.userIds) {
      const user = db.users.get(id)
      names[id] = user ? maskName(user.name) : '—'
    }
  }
  return names
}

const CSV_COLUMNS = [
  'seq',
  'id',
  'disclosedAt',
  'recordedAt',
  'userIds',
  'recipientName',
  'recipientType',
  'recipientContact',
  'basis',
  'exemptionClause',
  'exemptionJustification',
  'legalAuthority',
  'legalDocumentType',
  'legalDocumentNumber',
  'legalProvision',
  'applicantName',
  'applicantIdNumber',
  'applicantContact',
  'applicantClaim',
  'applicationId',
  'evidence',
  'consentReference',
  'dataItems',
  'purpose',
  'confidential',
  'recordedBy',
  'recordedByName',
  'approvedBy',
  'approvedByName',
  'userNotified',
  'corrects',
  'correctionReason',
  'prevHash',
  'hash',
  'canonicalJson',
] as const

/**
 * RFC 4180 with formulas neutralised, in the reader's language: Beijing time, names beside staff
 * ids, the basis, recipient type and data items in words. The last column is the canonical JSON
 * that was hashed, so whoever receives the file can recompute every hash without the console.
 */
export function ledgerCsv(db: Database, records: DisclosureRecord[], language: Language): string {
  const words = exportMessages[language]
  const common = commonMessages[language]
  const yesNo = (value: boolean) => (value ? words.yes : words.no)
  const staffName = (id: string | null) =>
    id === null ? null : (db.staff.get(id)?.displayName ?? words.unknownStaff)
  const item = (code: string) =>
    Object.hasOwn(common.disclosedItem, code)
      ? common.disclosedItem[code as keyof typeof common.disclosedItem]
      : code
  const rows: CsvCell[][] = records.map((r) => {
    const { hash: _hash, ...unhashed } = r
    return [
      r.seq,
      r.id,
      exportTime(r.disclosedAt),
      exportTime(r.recordedAt),
      r.userIds.join(' '),
      r.recipient.name,
      common.recipientType[r.recipient.type],
      r.recipient.contact,
      common.disclosureBasis[r.basis],
      r.exemptionClause,
      r.exemptionJustification,
      r.legalDocument?.authority,
      r.legalDocument?.documentType,
      r.legalDocument?.documentNumber,
      r.legalDocument?.provision,
      r.applicant?.name,
      r.applicant?.idNumber,
      r.applicant?.contact,
      r.applicant?.claim,
      r.applicationId,
      r.evidence.map((e) => `${e.name} (sha256:${e.sha256})`).join('; '),
      r.consentReference,
      r.dataItems.map(item).join(common.common.listSeparator),
      r.purpose,
      yesNo(r.confidential),
      r.recordedBy,
      staffName(r.recordedBy),
      r.approvedBy,
      staffName(r.approvedBy),
      yesNo(r.userNotified),
      r.corrects,
      r.correctionReason,
      r.prevHash,
      r.hash,
      canonicalJson(unhashed),
    ]
  })
  return csvForSpreadsheets(
    CSV_COLUMNS.map((c) => words.ledger[c]),
    rows,
  )
}

/**
 * What one user may be told (policy 4(3)): every disclosure of their data except legal-process
 * records kept confidential, each in its latest corrected form, without other users or contacts.
 */
export function statementFor(records: DisclosureRecord[], userId: string): StatementItem[] {
  const superseded = new Set(
    records.map((r) => r.corrects).filter((seq): seq is number => seq !== null),
  )
  return records
    .filter((r) => !superseded.has(r.seq) && r.userIds.includes(userId))
    .filter((r) => !(r.basis === 'legal_process' && r.confidential))
    .sort((a, b) => Date.parse(b.disclosedAt) - Date.parse(a.disclosedAt) || b.seq - a.seq)
    .map((r) => ({
      seq: r.seq,
      disclosedAt: r.disclosedAt,
      basis: r.basis,
      exemptionClause: r.exemptionClause,
      recipient: { name: r.recipient.name, type: r.recipient.type },
      authority: r.legalDocument?.authority ?? null,
      applicantName: r.applicant?.name ?? null,
      dataItems: r.dataItems,
      purpose: r.purpose,
      corrects: r.corrects,
    }))
}
