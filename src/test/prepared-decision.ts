import { getBackend } from '../../mocks/backend-instance'
import type { RejectionReason } from '../shared/api/enums'

/**
 * Puts a request before the checker as agent01 (S001) prepared it: a refusal on the ground and
 * with the message given. Returns the time it was prepared at, for a timeline entry to match.
 */
export async function prepareRejection(
  id: string,
  reasonCode: RejectionReason,
  message: string,
): Promise<string> {
  const { db } = await getBackend()
  const at = new Date().toISOString()
  await db.requests.update(id, (draft) => {
    draft.status = 'pending_approval'
    draft.preparedBy = 'S001'
    draft.decision = { outcome: 'reject', reasonCode, message, preparedAt: at }
  })
  return at
}
