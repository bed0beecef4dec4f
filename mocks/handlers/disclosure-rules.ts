import type {
  DisclosureApplication,
  DisclosureApplicationBody,
  RecordDisclosureBody,
} from '../../src/shared/api/disclosure-schemas'
import { PRIVACY_DIALING_ITEMS } from '../../src/shared/api/disclosure-schemas'
import type { DisclosureRecord } from '../../src/shared/api/schemas'
import { validateIdNumber } from '../../src/shared/lib/id-number'
import { maskIdNumber } from '../../src/shared/lib/masking'
import type { Database } from '../db/database'
import { HttpError } from '../http/route'
import { FieldProblems } from '../http/field-problems'

export type LedgerDraft = Omit<DisclosureRecord, 'seq' | 'prevHash' | 'hash'>
interface CommonInput {
  userIds: string[]
  dataItems: string[]
  recipient: DisclosureRecord['recipient']
  corrects?: number
  correctionReason?: string
}

function badFields(problems: FieldProblems, message = 'Invalid disclosure'): HttpError {
  return new HttpError(400, 'VALIDATION_FAILED', message, {
    fields: problems.fields,
    issues: problems.issues,
  })
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i)
}

export function headSeq(db: Database): number {
  let max = 0
  for (const r of db.disclosures.all()) if (r.seq > max) max = r.seq
  return max
}

/** Rules a schema cannot express: they need the database, the clock, or two fields at once. */
export function checkCommon(
  db: Database,
  input: CommonInput,
  problems = new FieldProblems(),
): FieldProblems {
  const unknownUsers = input.userIds.filter((id) => !db.users.get(id))
  if (unknownUsers.length)
    problems.add('userIds', 'not_found', `unknown user ${unknownUsers.join(', ')}`)
  const repeatedUsers = duplicates(input.userIds)
  if (repeatedUsers.length)
    problems.add('userIds', 'duplicate', `user ${repeatedUsers[0]} is listed twice`)
  const repeatedItems = duplicates(input.dataItems)
  if (repeatedItems.length)
    problems.add('dataItems', 'duplicate', `${repeatedItems[0]} is listed twice`)
  if (input.corrects !== undefined) {
    if (input.corrects > headSeq(db))
      problems.add('corrects', 'not_found', `there is no record with seq ${input.corrects}`)
    if (!input.correctionReason)
      problems.add('correctionReason', 'required', 'a correction needs its reason')
  } else if (input.correctionReason) {
    problems.add(
      'corrects',
      'required',
      'a correction reason needs the seq of the record it corrects',
    )
  }
  return problems
}

const AUTHORITY_TYPES = ['authority', 'court']

export function checkRecordInput(db: Database, input: RecordDisclosureBody, now: number): void {
  const problems = checkCommon(db, input)
  if (Date.parse(input.disclosedAt) > now + 60_000)
    problems.add('disclosedAt', 'in_future', 'a disclosure cannot be in the future')
  if (input.basis === 'legal_process' && !AUTHORITY_TYPES.includes(input.recipient.type)) {
    problems.add(
      'recipient.type',
      'not_applicable',
      'a legal-process disclosure goes to an authority or a court',
    )
  }
  if (input.basis === 'privacy_dialing') {
    const exact =
      input.dataItems.length === PRIVACY_DIALING_ITEMS.length &&
      PRIVACY_DIALING_ITEMS.every((i) => input.dataItems.includes(i))
    if (!exact)
      problems.add(
        'dataItems',
        'not_applicable',
        `privacy dialing submits exactly ${PRIVACY_DIALING_ITEMS.join(', ')} (policy 4(4)(8))`,
      )
    if (input.recipient.type !== 'service_provider')
      problems.add(
        'recipient.type',
        'not_applicable',
        'privacy dialing goes to the dialing service provider',
      )
  }
  if (problems.any) throw badFields(problems)
}

export function checkApplicationInput(db: Database, input: DisclosureApplicationBody): void {
  const problems = checkCommon(db, input)
  const id = validateIdNumber(input.applicant.idNumber)
  if (!id.ok) problems.add('applicant.idNumber', `id_${id.reason}`, id.message)
  if (problems.any) throw badFields(problems, 'Invalid application')
}

const EMPTY = {
  exemptionClause: null,
  exemptionJustification: null,
  legalDocument: null,
  applicant: null,
  applicationId: null,
  evidence: [],
  consentReference: null,
  confidential: false,
  approvedBy: null,
} satisfies Partial<LedgerDraft>

function recipientOf(input: CommonInput): DisclosureRecord['recipient'] {
  return {
    name: input.recipient.name,
    type: input.recipient.type,
    contact: input.recipient.contact,
  }
}

function correctionOf(input: CommonInput) {
  return {
    corrects: input.corrects ?? null,
    correctionReason: input.correctionReason ? input.correctionReason : null,
  }
}

/** The record as it will be chained; the basis decides which of its fields are filled. */
export function draftFromInput(
  input: RecordDisclosureBody,
  id: string,
  staffId: string,
  now: number,
): LedgerDraft {
  const base = {
    ...EMPTY,
    id,
    userIds: input.userIds,
    recipient: recipientOf(input),
    dataItems: input.dataItems,
    purpose: input.purpose,
    disclosedAt: new Date(Date.parse(input.disclosedAt)).toISOString(),
    recordedAt: new Date(now).toISOString(),
    recordedBy: staffId,
    ...correctionOf(input),
  }
  switch (input.basis) {
    case 'consent':
      return {
        ...base,
        basis: 'consent',
        consentReference: input.consentReference,
        userNotified: input.userNotified,
      }
    case 'legal_process': {
      const doc = input.legalDocument
      return {
        ...base,
        basis: 'legal_process',
        legalDocument: {
          authority: doc.authority,
          documentType: doc.documentType,
          documentNumber: doc.documentNumber,
          provision: doc.provision,
        },
        confidential: input.confidential,
        userNotified: false,
      }
    }
    case 'exemption':
      return {
        ...base,
        basis: 'exemption',
        exemptionClause: input.exemptionClause,
        exemptionJustification: input.exemptionJustification,
        userNotified: input.userNotified,
      }
    case 'privacy_dialing':
      return { ...base, basis: 'privacy_dialing', userNotified: input.userNotified }
  }
}

export function applicationFromInput(
  input: DisclosureApplicationBody,
  id: string,
  staffId: string,
  now: number,
): DisclosureApplication {
  return {
    id,
    status: 'pending',
    userIds: input.userIds,
    recipient: recipientOf(input),
    applicant: {
      name: input.applicant.name,
      idNumber: maskIdNumber(input.applicant.idNumber.toUpperCase()),
      contact: input.applicant.contact,
      claim: input.applicant.claim,
    },
    evidence: input.evidence,
    dataItems: input.dataItems,
    purpose: input.purpose,
    userNotified: input.userNotified,
    ...correctionOf(input),
    recordedBy: staffId,
    recordedAt: new Date(now).toISOString(),
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    disclosureSeq: null,
  }
}

/** The ledger record an approved application becomes: disclosed now, by the maker, checked by the approver. */
export function draftFromApplication(
  app: DisclosureApplication,
  id: string,
  approverId: string,
  now: number,
): LedgerDraft {
  const at = new Date(now).toISOString()
  return {
    ...EMPTY,
    id,
    basis: 'third_party_application',
    userIds: app.userIds,
    recipient: app.recipient,
    applicant: app.applicant,
    applicationId: app.id,
    evidence: app.evidence,
    dataItems: app.dataItems,
    purpose: app.purpose,
    disclosedAt: at,
    recordedAt: at,
    recordedBy: app.recordedBy,
    approvedBy: approverId,
    userNotified: app.userNotified,
    corrects: app.corrects,
    correctionReason: app.correctionReason,
  }
}

export function ledgerId(seq: number): string {
  return `D${String(seq).padStart(6, '0')}`
}
