import type { CancellationSummary } from '../../../shared/api/schemas'

/** A batch holds decisions of one outcome: approvals stop accounts, rejections send notices. */
export type BatchMode = 'approve' | 'reject'

export type Ineligibility = 'own' | 'noDecision' | 'otherBatch' | 'blocked'

/**
 * Why a prepared cancellation cannot join this batch, or null when it can: the checker is not
 * the maker (MAKER_CHECKER), the decision's outcome is the batch's, and an approval's checks pass
 * (the server checks them again on each approval).
 */
export function bulkIneligibility(
  row: CancellationSummary,
  staffId: string,
  mode: BatchMode,
): Ineligibility | null {
  if (row.preparedBy === staffId) return 'own'
  if (!row.decision) return 'noDecision'
  if (row.decision.outcome !== mode) return 'otherBatch'
  if (mode === 'approve' && row.blocking.length) return 'blocked'
  return null
}
