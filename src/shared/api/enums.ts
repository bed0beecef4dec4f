import { z } from 'zod'

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

export const RECIPIENT_TYPES = ['authority', 'court', 'individual', 'company', 'service_provider'] as const
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
export const refusalGroundSchema = z.enum(REFUSAL_GROUNDS)

export const REJECTION_REASONS = ['blocking_item', 'identity_failed', ...REFUSAL_GROUNDS] as const
export const rejectionReasonSchema = z.enum(REJECTION_REASONS)

export const IDENTITY_METHODS = ['sms_code', 'real_name', 'id_photos', 'written_request'] as const
export const identityMethodSchema = z.enum(IDENTITY_METHODS)

export const REVEAL_FIELDS = ['idNumber', 'phone'] as const
export const revealFieldSchema = z.enum(REVEAL_FIELDS)
