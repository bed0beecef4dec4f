import {
  IDENTITY_DOCUMENTS,
  type AgeGroup,
  type IdentityDocumentKind,
  type IdentityEvidence,
  type IdentityRequirement,
  type RequesterType,
} from '../api/enums'
import type { AutoCheck } from './identity-requirements-checks'
import { endOfWorkingDay, shanghaiDate, type WorkingDayCalendar } from './working-days'

// What each requester path has to prove before a request may be acted on (policy 6(8); minors
// 6(4); deceased users PIPL art. 49). The server refuses a pass that misses any of it; the panel
// shows the same list as a checklist.

export type RequirementSpec =
  | { key: IdentityRequirement; anyOf: readonly (readonly IdentityEvidence[])[] }
  | { key: IdentityRequirement; fact: 'user_is_minor' }

const USER_IDENTITY: RequirementSpec = {
  key: 'user_identity',
  anyOf: [['sms_code'], ['real_name'], ['id_card_front', 'id_card_back', 'id_card_holding']],
}
const REQUESTER_IDENTITY: RequirementSpec = { key: 'requester_identity', anyOf: [['requester_id']] }

const BY_PATH: Record<RequesterType, readonly RequirementSpec[]> = {
  self: [USER_IDENTITY],
  guardian: [
    REQUESTER_IDENTITY,
    { key: 'guardianship', anyOf: [['household_register'], ['birth_certificate']] },
    { key: 'user_is_minor', fact: 'user_is_minor' },
  ],
  next_of_kin: [
    REQUESTER_IDENTITY,
    { key: 'death', anyOf: [['death_certificate']] },
    { key: 'relationship', anyOf: [['relationship_proof']] },
  ],
  // The agent proves who they are and their mandate; the principal still confirms their own identity.
  agent_authorised: [
    REQUESTER_IDENTITY,
    { key: 'authorisation', anyOf: [['power_of_attorney']] },
    USER_IDENTITY,
  ],
}

export function identityRequirements(requesterType: RequesterType): readonly RequirementSpec[] {
  return BY_PATH[requesterType]
}

export interface RequirementFacts {
  /** The user's age group, from the birth date on record; null once that was deleted. */
  ageGroup: AgeGroup | null
}

export interface RequirementStatus {
  key: IdentityRequirement
  satisfied: boolean
  /** The evidence that would satisfy it (alternatives); empty for a fact. */
  anyOf: readonly (readonly IdentityEvidence[])[]
}

export function requirementStatus(
  requesterType: RequesterType,
  credited: Iterable<IdentityEvidence>,
  facts: RequirementFacts,
): RequirementStatus[] {
  const have = new Set(credited)
  return identityRequirements(requesterType).map((spec) =>
    'fact' in spec
      ? // A minor on record: an age that can no longer be known proves nothing.
        {
          key: spec.key,
          satisfied: facts.ageGroup !== null && facts.ageGroup !== 'adult',
          anyOf: [],
        }
      : {
          key: spec.key,
          satisfied: spec.anyOf.some((alt) => alt.every((e) => have.has(e))),
          anyOf: spec.anyOf,
        },
  )
}

export function missingRequirements(
  requesterType: RequesterType,
  credited: Iterable<IdentityEvidence>,
  facts: RequirementFacts,
): IdentityRequirement[] {
  return requirementStatus(requesterType, credited, facts)
    .filter((r) => !r.satisfied)
    .map((r) => r.key)
}

export function isIdentityDocument(evidence: IdentityEvidence): evidence is IdentityDocumentKind {
  return (IDENTITY_DOCUMENTS as readonly string[]).includes(evidence)
}

/**
 * The evidence that counts: a real-name check only when the ID number is valid and both name and
 * number match the account, a requester's ID only when valid, a document only when it is on file.
 */
export function creditedEvidence(
  evidence: readonly IdentityEvidence[],
  autoChecks: readonly AutoCheck[],
  documentsOnFile: Iterable<IdentityDocumentKind>,
): IdentityEvidence[] {
  const ok = (key: AutoCheck['key']) => autoChecks.some((c) => c.key === key && c.ok)
  const onFile = new Set<string>(documentsOnFile)
  return evidence.filter((e) => {
    if (e === 'real_name')
      return ok('id_number_valid') && ok('name_matches') && ok('id_number_matches')
    if (e === 'requester_id') return ok('requester_id_valid')
    if (isIdentityDocument(e)) return onFile.has(e)
    return true
  })
}

// Timeline actions of the identity step, shared by the server that writes them and the UI.
export const IDENTITY_EVENTS = {
  passed: 'identity_passed',
  failed: 'identity_failed',
  needMore: 'identity_need_more',
  documentsReceived: 'documents_received',
  autoClosed: 'auto_closed_unverified',
  reminded: 'requester_reminded',
} as const

interface UnverifiedRequest {
  receivedAt: string
  identityVerifiedAt: string | null
  deadlineAt?: string | null
  timeline: readonly { at: string; action: string }[]
}

/** When the requester was last reminded to prove their identity, if ever. */
export function lastReminderAt(request: UnverifiedRequest): string | null {
  return (
    request.timeline
      .filter((e) => e.action === IDENTITY_EVENTS.reminded)
      .map((e) => e.at)
      .sort((a, b) => Date.parse(a) - Date.parse(b))
      .at(-1) ?? null
  )
}

/**
 * The unverified window restarts whenever the requester is reminded, staff ask for documents or
 * documents arrive: the requester always has the full period to answer the latest request.
 */
export function unverifiedSince(request: UnverifiedRequest): string {
  let since = request.receivedAt
  for (const e of request.timeline) {
    if (
      (e.action === IDENTITY_EVENTS.reminded ||
        e.action === IDENTITY_EVENTS.needMore ||
        e.action === IDENTITY_EVENTS.documentsReceived) &&
      Date.parse(e.at) > Date.parse(since)
    ) {
      since = e.at
    }
  }
  return since
}
/** End of the last working day on which the request may still be verified. */
export function autoCloseAt(
  request: UnverifiedRequest,
  calendar: WorkingDayCalendar,
  days: number,
): { at: string; provisional: boolean } {
  const { date, provisional } = calendar.addWorkingDays(
    shanghaiDate(unverifiedSince(request)),
    days,
  )
  return { at: endOfWorkingDay(date), provisional }
}

export function isAutoCloseDue(
  request: UnverifiedRequest & { status: string },
  calendar: WorkingDayCalendar,
  days: number,
  now: number,
): boolean {
  if (request.identityVerifiedAt !== null) return false
  if (request.status !== 'identity_pending' && request.status !== 'awaiting_requester') return false
  // Only a requester who was told what is missing can be said to have let the time run out.
  if (!lastReminderAt(request)) return false
  // A request whose own deadline passed unworked is overdue, for a lead to act on: closing it
  // would turn the platform's delay into the requester's fault.
  if (request.deadlineAt && now > Date.parse(request.deadlineAt)) return false
  return now > Date.parse(autoCloseAt(request, calendar, days).at)
}
