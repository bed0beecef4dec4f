import {
  FINAL_STATUSES,
  REQUEST_STATUSES,
  type RequestStatus,
  type RequestType,
  type Role,
} from '../api/enums'

// The request state machine, used by the mock server (which enforces it) and by the UI
// (which only offers what the server would accept).

export type RequestAction =
  | 'claim'
  | 'assign'
  | 'note'
  | 'identity_check'
  | 'decide'
  | 'approve'
  | 'send_back'
  | 'extend'
  | 'execute'
  | 'quote_fee'
  | 'accept_fee'
  | 'withdraw'
  | 'merge'
  | 'remind'

const FROM: Record<RequestAction, readonly RequestStatus[]> = {
  claim: ['identity_pending', 'awaiting_requester', 'in_review', 'pending_approval'],
  assign: ['identity_pending', 'awaiting_requester', 'in_review', 'pending_approval', 'approved'],
  note: REQUEST_STATUSES,
  identity_check: ['identity_pending', 'awaiting_requester'],
  decide: ['in_review'],
  approve: ['pending_approval'],
  send_back: ['pending_approval'],
  extend: ['identity_pending', 'awaiting_requester', 'in_review', 'pending_approval'],
  execute: ['approved'],
  quote_fee: ['in_review'],
  accept_fee: ['awaiting_requester'],
  // Once approved the request is being carried out; the user can no longer take it back.
  withdraw: ['identity_pending', 'awaiting_requester', 'in_review', 'pending_approval'],
  merge: ['identity_pending', 'awaiting_requester', 'in_review'],
  remind: ['identity_pending', 'awaiting_requester'],
}

const ROLES: Record<RequestAction, readonly Role[]> = {
  claim: ['agent', 'lead'],
  assign: ['lead'],
  note: ['agent', 'lead'],
  identity_check: ['agent', 'lead'],
  decide: ['agent', 'lead'],
  approve: ['lead'],
  send_back: ['lead'],
  extend: ['lead'],
  execute: ['agent', 'lead'],
  quote_fee: ['agent', 'lead'],
  accept_fee: ['agent', 'lead'],
  withdraw: ['agent', 'lead'],
  merge: ['agent', 'lead'],
  remind: ['agent', 'lead'],
}

export function isFinal(status: RequestStatus): boolean {
  return FINAL_STATUSES.includes(status)
}

export function canTransition(status: RequestStatus, action: RequestAction): boolean {
  return FROM[action].includes(status)
}

/** Irreversible outcomes need a second person (policy 6(5), 6(3); refusals under 6(8)). */
export function needsChecker(type: RequestType, outcome: 'approve' | 'reject'): boolean {
  return outcome === 'reject' || type === 'cancellation' || type === 'deletion'
}

/**
 * Types whose approval IS the work (withdrawing a consent, writing a correction, sending an
 * access answer, issuing a copy's download link): they complete only through their own action, never a bare "approve".
 */
export const COMPLETED_BY_OWN_ACTION: readonly RequestType[] = [
  'consent_withdrawal',
  'correction',
  'access',
  'copy',
]

/**
 * Types whose approval must record more than a message (a deletion's ground and per-category
 * plan), so a bare "approve" decision is refused; a refusal still goes through the generic one.
 */
export const APPROVED_BY_OWN_ACTION: readonly RequestType[] = [
  ...COMPLETED_BY_OWN_ACTION,
  'deletion',
]

/** Where a prepared decision leads once it takes effect. */
export function statusAfterDecision(
  type: RequestType,
  outcome: 'approve' | 'reject',
): RequestStatus {
  if (needsChecker(type, outcome)) return 'pending_approval'
  return 'completed'
}

export function statusAfterApproval(outcome: 'approve' | 'reject'): RequestStatus {
  return outcome === 'reject' ? 'rejected' : 'approved'
}

export interface ActionSubject {
  status: RequestStatus
  type: RequestType
  assigneeId: string | null
  preparedBy: string | null
  duplicateOf?: string | null
  feeQuotes?: readonly { status: 'pending' | 'accepted' | 'declined' }[]
}

export function hasPendingFee(request: Pick<ActionSubject, 'feeQuotes'>): boolean {
  return (request.feeQuotes ?? []).some((q) => q.status === 'pending')
}

/**
 * Why an action the status allows does not apply to this request now, or null (the server
 * refuses it with this code). While a fee quote waits for the user the pause is about the fee,
 * not identity documents; a fee is accepted only when one was quoted, and quoted only once.
 */
export function actionBlocked(
  request: ActionSubject,
  action: RequestAction,
): 'FEE_PENDING' | 'NO_PENDING_FEE' | 'FEE_ALREADY_QUOTED' | null {
  if (action === 'identity_check' && hasPendingFee(request)) return 'FEE_PENDING'
  // One fee per request: once quoted (and accepted) the user is not charged again for it.
  if (action === 'quote_fee' && (request.feeQuotes ?? []).some((q) => q.status !== 'declined'))
    return 'FEE_ALREADY_QUOTED'
  if (action === 'accept_fee' && !hasPendingFee(request)) return 'NO_PENDING_FEE'
  return null
}

/**
 * CONTRACT 2026-12: only the assignee works an assigned request, and `claim` takes an unassigned
 * one only; a lead may act on any request (to take over, or as the checker).
 */
export function mayWork(
  request: Pick<ActionSubject, 'assigneeId'>,
  staff: { id: string; role: Role },
): boolean {
  return staff.role === 'lead' || request.assigneeId === null || request.assigneeId === staff.id
}

/** The actions a staff member may take on a request now, in the order the UI offers them. */
export function allowedActions(
  request: ActionSubject,
  staff: { id: string; role: Role },
): RequestAction[] {
  if (!mayWork(request, staff)) return []
  return (Object.keys(FROM) as RequestAction[]).filter((action) => {
    if (!ROLES[action].includes(staff.role) || !canTransition(request.status, action)) return false
    if (actionBlocked(request, action)) return false
    // The server merges any open request of the same user and type; the UI offers it for flagged duplicates.
    if (action === 'merge') return Boolean(request.duplicateOf)
    if (action === 'claim') return request.assigneeId !== staff.id
    if (action === 'approve') return request.preparedBy !== staff.id
    return true
  })
}
