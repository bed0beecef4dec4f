import { z } from './zod'

// Every enumeration of the contract, in one place: schemas, handlers, filters and labels use these.

export const ROLES = ['agent', 'lead', 'compliance', 'admin'] as const
export const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

export const REQUEST_TYPES = [
  'cancellation',
  'deletion',
  'copy',
  'correction',
  'access',
  'consent_withdrawal',
] as const
export const requestTypeSchema = z.enum(REQUEST_TYPES)
export type RequestType = z.infer<typeof requestTypeSchema>

export const REQUEST_STATUSES = [
  'identity_pending',
  'awaiting_requester',
  'in_review',
  'pending_approval',
  'approved',
  'completed',
  'rejected',
  'withdrawn',
] as const
export const requestStatusSchema = z.enum(REQUEST_STATUSES)
export type RequestStatus = z.infer<typeof requestStatusSchema>
export const FINAL_STATUSES: readonly RequestStatus[] = ['completed', 'rejected', 'withdrawn']
export const OPEN_STATUSES: readonly RequestStatus[] = REQUEST_STATUSES.filter(
  (s) => !FINAL_STATUSES.includes(s),
)

export const REQUESTER_TYPES = ['self', 'guardian', 'next_of_kin', 'agent_authorised'] as const
export const requesterTypeSchema = z.enum(REQUESTER_TYPES)
export type RequesterType = z.infer<typeof requesterTypeSchema>

export const CHANNELS = ['app', 'web', 'hotline', 'letter', 'email'] as const
export const channelSchema = z.enum(CHANNELS)
export type Channel = z.infer<typeof channelSchema>

export const ACCOUNT_STATUSES = ['active', 'sealed', 'under_investigation', 'cancelled'] as const
export const accountStatusSchema = z.enum(ACCOUNT_STATUSES)

// What staff see instead of a birth date (CONTRACT: Personal data masking): 14 is the age of
// the stricter rules for children's data, 18 that of full civil capacity.
export const AGE_GROUPS = ['under_14', 'minor', 'adult'] as const
export const ageGroupSchema = z.enum(AGE_GROUPS)
export type AgeGroup = z.infer<typeof ageGroupSchema>

export const CONSENT_KEYS = ['accountList', 'systemLogs', 'clipboard', 'marketing'] as const
export const consentKeySchema = z.enum(CONSENT_KEYS)

export const DISCLOSURE_BASES = [
  'consent',
  'legal_process',
  'third_party_application',
  'exemption',
  'privacy_dialing',
] as const
export const disclosureBasisSchema = z.enum(DISCLOSURE_BASES)
export type DisclosureBasis = z.infer<typeof disclosureBasisSchema>

export const RECIPIENT_TYPES = [
  'authority',
  'court',
  'individual',
  'company',
  'service_provider',
] as const
export const recipientTypeSchema = z.enum(RECIPIENT_TYPES)

// Policy 6(8): the eight grounds on which staff cannot respond, and the four kinds of
// unreasonable request that may be refused.
export const REFUSAL_GROUNDS = [
  'legal_obligation',
  'national_security',
  'public_safety',
  'criminal_matters',
  'malice_or_abuse',
  'life_or_property',
  'harm_to_others',
  'trade_secrets',
  'groundless_repetition',
  'excessive_technical_means',
  'risk_to_others_rights',
  'highly_impractical',
] as const

// `unverified_timeout`: the requester was reminded and still did not complete the identity check
// in time; a ground of its own, so that the user is not told their identity failed.
export const REJECTION_REASONS = [
  'blocking_item',
  'identity_failed',
  'unverified_timeout',
  ...REFUSAL_GROUNDS,
] as const
export const rejectionReasonSchema = z.enum(REJECTION_REASONS)
export type RejectionReason = z.infer<typeof rejectionReasonSchema>

export const IDENTITY_METHODS = ['sms_code', 'real_name', 'id_photos', 'written_request'] as const
export const identityMethodSchema = z.enum(IDENTITY_METHODS)
export type IdentityMethod = z.infer<typeof identityMethodSchema>

// Policy 6(8), 6(4) and PIPL art. 49: what an identity check can rest on. The first two are
// checks staff run; `requester_id` is the requester's own ID number (guardian, relative, agent);
// the rest are documents that must be on file before they count.
export const IDENTITY_DOCUMENTS = [
  'id_card_front',
  'id_card_back',
  'id_card_holding',
  'written_request',
  'household_register',
  'birth_certificate',
  'death_certificate',
  'relationship_proof',
  'power_of_attorney',
] as const
export const identityDocumentKindSchema = z.enum(IDENTITY_DOCUMENTS)
export type IdentityDocumentKind = z.infer<typeof identityDocumentKindSchema>
export const IDENTITY_EVIDENCE = [
  'sms_code',
  'real_name',
  'requester_id',
  ...IDENTITY_DOCUMENTS,
] as const
export const identityEvidenceSchema = z.enum(IDENTITY_EVIDENCE)
export type IdentityEvidence = z.infer<typeof identityEvidenceSchema>

export const IDENTITY_OUTCOMES = ['pass', 'fail', 'need_more'] as const
export const identityOutcomeSchema = z.enum(IDENTITY_OUTCOMES)
export type IdentityOutcome = z.infer<typeof identityOutcomeSchema>

// What the server checks by itself next to the evidence (GB 11643, the account's records).
export const IDENTITY_AUTO_CHECKS = [
  'id_number_valid',
  'name_matches',
  'id_number_matches',
  'user_age',
  'requester_id_valid',
  'requester_is_guardian_on_record',
] as const
export const identityAutoCheckKeySchema = z.enum(IDENTITY_AUTO_CHECKS)
export type IdentityAutoCheckKey = z.infer<typeof identityAutoCheckKeySchema>

// The parts of an identity that each requester path has to prove (src/shared/lib/identity-requirements.ts).
export const IDENTITY_REQUIREMENTS = [
  'user_identity',
  'requester_identity',
  'guardianship',
  'user_is_minor',
  'death',
  'relationship',
  'authorisation',
] as const
export const identityRequirementSchema = z.enum(IDENTITY_REQUIREMENTS)
export type IdentityRequirement = z.infer<typeof identityRequirementSchema>

// Why an ID number is not a valid GB 11643-1999 number, as precisely as it can be told.
export const ID_NUMBER_PROBLEMS = [
  'length',
  'format',
  'birth_date_impossible',
  'birth_date_before_1900',
  'birth_date_future',
  'checksum',
] as const
export const idNumberProblemSchema = z.enum(ID_NUMBER_PROBLEMS)
export type IdNumberProblem = z.infer<typeof idNumberProblemSchema>

export const REVEAL_FIELDS = ['idNumber', 'phone', 'birthDate'] as const
export const revealFieldSchema = z.enum(REVEAL_FIELDS)
export type RevealField = z.infer<typeof revealFieldSchema>

// Account cancellation (policy 6(5)): what must hold before an account may be cancelled.
export const CANCELLATION_CHECKS = [
  'identity_verified',
  'no_unfinished_tasks',
  'wallet_settled',
  'no_open_disputes',
  'no_legal_hold',
  'account_in_good_standing',
] as const
export const cancellationCheckSchema = z.enum(CANCELLATION_CHECKS)
export type CancellationCheck = z.infer<typeof cancellationCheckSchema>

// What the platform may hold about a user, in the order every answer uses (policy 6(1), 6(7)).
export const PERSONAL_DATA_CATEGORIES = [
  'profile',
  'identity',
  'contact',
  'device_logs',
  'location',
  'task_history',
  'account_list',
  'marketing_profile',
  'payments',
  'consents',
  'disclosure_records',
] as const

// What cancellation and deletion decide category by category: the same less the consent records,
// which the law keeps with the account's audit trail.
export const DATA_CATEGORIES = PERSONAL_DATA_CATEGORIES.filter(
  (category): category is Exclude<(typeof PERSONAL_DATA_CATEGORIES)[number], 'consents'> =>
    category !== 'consents',
)
export const dataCategorySchema = z.enum(DATA_CATEGORIES)
export type DataCategory = z.infer<typeof dataCategorySchema>

export const DATA_PLAN_ACTIONS = ['delete', 'anonymise', 'keep'] as const
export const dataPlanActionSchema = z.enum(DATA_PLAN_ACTIONS)
export type DataPlanAction = z.infer<typeof dataPlanActionSchema>

// The legal duties that survive cancellation and deletion (DOMAIN.md: retention duties).
export const RETENTION_DUTIES = [
  'transaction_records',
  'accounting_tax',
  'network_logs',
  'disclosure_records',
] as const
export const retentionDutySchema = z.enum(RETENTION_DUTIES)
export type RetentionDuty = z.infer<typeof retentionDutySchema>

// What became of a category of a user's data once a data plan was carried out (CONTRACT 2026-12):
// deleted or anonymised at once, or kept under a legal duty until its purge date and then purged.
export const DATA_DISPOSITIONS = ['deleted', 'anonymised', 'kept', 'purged'] as const
export const dataDispositionStatusSchema = z.enum(DATA_DISPOSITIONS)
export type DataDispositionStatus = z.infer<typeof dataDispositionStatusSchema>

// The fields of the user record that belong to a data category (src/shared/lib/user-data.ts).
export const USER_DATA_FIELDS = [
  'name',
  'gender',
  'idNumber',
  'birthDate',
  'guardian',
  'phone',
  'region',
] as const
export const userDataFieldSchema = z.enum(USER_DATA_FIELDS)
export type UserDataField = z.infer<typeof userDataFieldSchema>

// Where a kept category stands against its purge date: not yet due, due (from its purge date on),
// due but held back (a legal hold, an open dispute or complaint protects it), or purged.
export const RETENTION_STATES = ['upcoming', 'due', 'held', 'purged'] as const
export const retentionStateSchema = z.enum(RETENTION_STATES)
export type RetentionState = z.infer<typeof retentionStateSchema>

export const NOTIFICATION_CHANNELS = ['sms', 'push'] as const
export const notificationChannelSchema = z.enum(NOTIFICATION_CHANNELS)

// Where a cancellation stands against its 3–10 working-day window; leads are alerted from due_soon on.
export const DEADLINE_FLAGS = ['on_track', 'due_soon', 'overdue', 'not_running'] as const
export const deadlineFlagSchema = z.enum(DEADLINE_FLAGS)
export type DeadlineFlag = z.infer<typeof deadlineFlagSchema>

// Policy 6(3) names four grounds on which a user's personal information is deleted.
export const POLICY_DELETION_GROUNDS = [
  'unlawful_processing',
  'no_consent',
  'agreement_breach',
  'account_cancelled',
] as const
// PIPL art. 47 (1)–(3) adds grounds the policy does not name; the law binds whatever the policy
// says, so staff may delete on them too, and they are told apart as statutory grounds.
export const STATUTORY_DELETION_GROUNDS = [
  'purpose_no_longer_needed',
  'service_stopped_or_retention_expired',
  'consent_withdrawn',
] as const
export const DELETION_GROUNDS = [...POLICY_DELETION_GROUNDS, ...STATUTORY_DELETION_GROUNDS] as const
export const deletionGroundSchema = z.enum(DELETION_GROUNDS)
export type DeletionGround = z.infer<typeof deletionGroundSchema>

/**
 * Where a deletion ground comes from and its number there: the policy's 6(3) items (1)–(4), or
 * PIPL art. 47 para. 1 items (1)–(3).
 */
export function deletionGroundSource(ground: DeletionGround): {
  source: 'policy' | 'statutory'
  n: number
} {
  const statutory = (STATUTORY_DELETION_GROUNDS as readonly string[]).indexOf(ground)
  if (statutory >= 0) return { source: 'statutory', n: statutory + 1 }
  return { source: 'policy', n: (POLICY_DELETION_GROUNDS as readonly string[]).indexOf(ground) + 1 }
}
