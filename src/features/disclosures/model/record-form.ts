import dayjs, { type Dayjs } from 'dayjs'
import {
  PRIVACY_DIALING_ITEMS,
  type DataItem,
  type DisclosureApplicationInput,
  type RecordDisclosureInput,
} from '../../../shared/api/disclosure-schemas'
import type { DisclosureBasis } from '../../../shared/api/enums'
import type { DisclosureEvidence, DisclosureRecord } from '../../../shared/api/schemas'

export interface RecordFormValues {
  basis: DisclosureBasis
  userIds: string[]
  recipient: { name: string; type: DisclosureRecord['recipient']['type']; contact: string }
  dataItems: DataItem[]
  purpose: string
  disclosedAt?: Dayjs
  consentReference?: string
  userNotified?: boolean
  legalDocument?: {
    authority: string
    documentType: string
    documentNumber: string
    provision: string
  }
  confidential?: boolean
  exemptionClause?: number
  exemptionJustification?: string
  applicant?: { name: string; idNumber: string; contact: string; claim: string }
  evidence?: DisclosureEvidence[]
  correctionReason?: string
}

export type RecordRequest =
  RecordDisclosureInput | ({ basis: 'third_party_application' } & DisclosureApplicationInput)

/** What choosing a basis sets in the form (paths and values); the rest of the input is kept. */
export function basisDefaults(basis: DisclosureBasis): [(string | number)[], unknown][] {
  switch (basis) {
    case 'privacy_dialing':
      return [
        [['dataItems'], [...PRIVACY_DIALING_ITEMS]],
        [['recipient', 'type'], 'service_provider'],
        [['userNotified'], true],
      ]
    case 'legal_process':
      return [
        [['confidential'], true],
        [['recipient', 'type'], 'authority'],
      ]
    case 'exemption':
      return [[['userNotified'], false]]
    default:
      return [[['userNotified'], true]]
  }
}

/** The request body for the basis: only the fields that basis takes. */
export function toRequestBody(values: RecordFormValues, corrects: number | null): RecordRequest {
  const common = {
    userIds: values.userIds,
    recipient: values.recipient,
    dataItems: values.dataItems,
    purpose: values.purpose,
    ...(corrects ? { corrects, correctionReason: values.correctionReason ?? '' } : {}),
  }
  const disclosedAt = (values.disclosedAt ?? dayjs()).format()
  switch (values.basis) {
    case 'consent':
      return {
        ...common,
        basis: 'consent',
        disclosedAt,
        consentReference: values.consentReference ?? '',
        userNotified: values.userNotified ?? true,
      }
    case 'legal_process':
      return {
        ...common,
        basis: 'legal_process',
        disclosedAt,
        legalDocument: values.legalDocument ?? {
          authority: '',
          documentType: '',
          documentNumber: '',
          provision: '',
        },
        confidential: values.confidential ?? true,
      }
    case 'exemption':
      return {
        ...common,
        basis: 'exemption',
        disclosedAt,
        exemptionClause: values.exemptionClause ?? 0,
        exemptionJustification: values.exemptionJustification ?? '',
        userNotified: values.userNotified ?? false,
      }
    case 'privacy_dialing':
      return {
        ...common,
        basis: 'privacy_dialing',
        disclosedAt,
        userNotified: values.userNotified ?? true,
      }
    case 'third_party_application':
      return {
        ...common,
        basis: 'third_party_application',
        applicant: values.applicant ?? { name: '', idNumber: '', contact: '', claim: '' },
        evidence: values.evidence ?? [],
        userNotified: values.userNotified ?? true,
      }
  }
}

/** A correction starts from the record it corrects; masked numbers cannot be reused and stay empty. */
export function valuesFromRecord(record: DisclosureRecord): Partial<RecordFormValues> {
  return {
    basis: record.basis,
    userIds: record.userIds,
    recipient: {
      ...record.recipient,
      contact: record.recipient.contact.includes('*') ? '' : record.recipient.contact,
    },
    dataItems: record.dataItems as DataItem[],
    purpose: record.purpose,
    disclosedAt: dayjs(record.disclosedAt),
    consentReference: record.consentReference ?? undefined,
    userNotified: record.userNotified,
    legalDocument: record.legalDocument ?? undefined,
    confidential: record.confidential,
    exemptionClause: record.exemptionClause ?? undefined,
    exemptionJustification: record.exemptionJustification ?? undefined,
    applicant: record.applicant
      ? {
          ...record.applicant,
          idNumber: '',
          contact: record.applicant.contact.includes('*') ? '' : record.applicant.contact,
        }
      : undefined,
    evidence: record.evidence,
  }
}

/** A field named by the server's details.fields (`recipient.type`, `evidence.0.sha256`) as a form path. */
export function formPath(field: string): (string | number)[] {
  const parts = field.split('.')
  const list = ['userIds', 'dataItems', 'evidence']
  if (list.includes(parts[0] ?? '')) return [parts[0]!]
  return parts
}
