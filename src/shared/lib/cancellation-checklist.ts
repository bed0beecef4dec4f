import type { CancellationCheck, DeadlineFlag, RequestStatus, RequestType } from '../api/enums'
import type { CancellationCheckItem, CancellationDeadline, PlatformUser } from '../api/schemas'
import { workingDaysLeft, type WorkingDayCalendar } from './working-days'

// What must hold before an account may be cancelled (policy 6(5)), computed once from the
// user's platform data: the server enforces it at decision and approval, the panel shows it.

export type ChecklistUser = Pick<
  PlatformUser,
  | 'accountStatus'
  | 'walletBalance'
  | 'withdrawalArranged'
  | 'unfinishedTasksAsWorker'
  | 'unfinishedTasksAsPublisher'
  | 'openDisputes'
  | 'openComplaints'
  | 'legalHold'
>

export interface ChecklistRequest {
  identityVerifiedAt: string | null
}

export interface CancellationChecklist {
  ok: boolean
  blocking: CancellationCheck[]
  items: CancellationCheckItem[]
}

export function cancellationChecklist(
  request: ChecklistRequest,
  user: ChecklistUser,
): CancellationChecklist {
  const items: CancellationCheckItem[] = [
    {
      key: 'identity_verified',
      ok: request.identityVerifiedAt !== null,
      data: { identityVerifiedAt: request.identityVerifiedAt },
    },
    {
      key: 'no_unfinished_tasks',
      ok: user.unfinishedTasksAsWorker === 0 && user.unfinishedTasksAsPublisher === 0,
      data: {
        unfinishedTasksAsWorker: user.unfinishedTasksAsWorker,
        unfinishedTasksAsPublisher: user.unfinishedTasksAsPublisher,
      },
    },
    {
      // Money still owed to the user blocks only until a withdrawal is arranged for it.
      key: 'wallet_settled',
      ok: user.walletBalance <= 0 || user.withdrawalArranged,
      data: { walletBalance: user.walletBalance, withdrawalArranged: user.withdrawalArranged },
    },
    {
      key: 'no_open_disputes',
      ok: user.openDisputes === 0 && user.openComplaints === 0,
      data: { openDisputes: user.openDisputes, openComplaints: user.openComplaints },
    },
    { key: 'no_legal_hold', ok: user.legalHold === null, data: { legalHold: user.legalHold } },
    {
      // A sealed account or one under investigation must stay as it is; a cancelled one already is.
      key: 'account_in_good_standing',
      ok: user.accountStatus === 'active',
      data: { accountStatus: user.accountStatus },
    },
  ]
  const blocking = items.filter((i) => !i.ok).map((i) => i.key)
  return { ok: blocking.length === 0, blocking, items }
}

/**
 * The checks that protect evidence and third parties: a court freeze or an open dispute or
 * complaint needs the user's data as it is, so they block a deletion as much as a cancellation
 * (CONTRACT 2026-12). The other checks concern the account, which a deletion leaves in place.
 */
export const EVIDENCE_CHECKS: readonly CancellationCheck[] = ['no_open_disputes', 'no_legal_hold']

/** What must hold before a deletion may be approved: the evidence checks of the cancellation checklist. */
export function deletionChecklist(
  request: ChecklistRequest,
  user: ChecklistUser,
): CancellationChecklist {
  const items = cancellationChecklist(request, user).items.filter((i) =>
    EVIDENCE_CHECKS.includes(i.key),
  )
  const blocking = items.filter((i) => !i.ok).map((i) => i.key)
  return { ok: blocking.length === 0, blocking, items }
}

/** The checklist an approval of this type must pass; null for types that have none. */
export function approvalChecklist(
  type: RequestType,
  request: ChecklistRequest,
  user: ChecklistUser,
): CancellationChecklist | null {
  if (type === 'cancellation') return cancellationChecklist(request, user)
  if (type === 'deletion') return deletionChecklist(request, user)
  return null
}

/** The statuses in which the 3–10 working-day review clock runs (a pause stops it). */
const REVIEW_RUNNING: readonly RequestStatus[] = [
  'identity_pending',
  'in_review',
  'pending_approval',
]

/** Leads are alerted this many working days before the deadline. */
export const DUE_SOON_WORKING_DAYS = 2

export function cancellationDeadline(
  request: { status: RequestStatus; deadlineAt: string | null },
  now: string,
  calendar: WorkingDayCalendar,
): CancellationDeadline {
  if (!REVIEW_RUNNING.includes(request.status) || !request.deadlineAt)
    return { flag: 'not_running', workingDaysLeft: null }
  const left = workingDaysLeft(request.deadlineAt, now, calendar)
  const flag: DeadlineFlag =
    left < 0 ? 'overdue' : left <= DUE_SOON_WORKING_DAYS ? 'due_soon' : 'on_track'
  return { flag, workingDaysLeft: left }
}
