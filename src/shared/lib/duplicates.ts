import { OPEN_STATUSES, type RequestStatus, type RequestType } from '../api/enums'

// A new request of the same type for the same user while one is still open is a duplicate: it is
// flagged at intake and may be merged into the open one, so the user's request is handled once.

export interface DuplicateCandidate {
  id: string
  userId: string
  type: RequestType
  status: RequestStatus
  receivedAt: string
  duplicateOf?: string | null
}

const OPEN = new Set<RequestStatus>(OPEN_STATUSES)

export function isOpen(status: RequestStatus): boolean {
  return OPEN.has(status)
}

function key(r: { userId: string; type: RequestType }): string {
  return `${r.userId}|${r.type}`
}

/**
 * The open request a new one duplicates: the first received of the same user and type that is
 * still open and not itself flagged as a duplicate; null when there is none.
 */
export function openOriginal<T extends DuplicateCandidate>(
  incoming: { id?: string; userId: string; type: RequestType },
  existing: Iterable<T>,
): T | null {
  let first: T | null = null
  for (const r of existing) {
    if (r.id === incoming.id || r.userId !== incoming.userId || r.type !== incoming.type) continue
    if (!isOpen(r.status) || r.duplicateOf) continue
    if (!first || Date.parse(r.receivedAt) < Date.parse(first.receivedAt)) first = r
  }
  return first
}

/**
 * Flags every open request that came in while an earlier one of the same user and type was open,
 * in one pass (a map by user and type), for a seeded or imported set of any size.
 * Returns the ids of the flagged requests mapped to the request each duplicates.
 */
export function flagOpenDuplicates(requests: readonly DuplicateCandidate[]): Map<string, string> {
  const ordered = requests
    .filter((r) => isOpen(r.status))
    .map((r) => ({ r, at: Date.parse(r.receivedAt) }))
    .sort((a, b) => a.at - b.at || (a.r.id < b.r.id ? -1 : 1))
  const originals = new Map<string, string>()
  const flagged = new Map<string, string>()
  for (const { r } of ordered) {
    const original = originals.get(key(r))
    if (original) flagged.set(r.id, original)
    else originals.set(key(r), r.id)
  }
  return flagged
}

/** Why a request may not be merged into another, or null when it may. */
export function mergeProblem(
  duplicate: DuplicateCandidate,
  target: DuplicateCandidate | undefined,
):
  | 'same_request'
  | 'not_found'
  | 'other_user_or_type'
  | 'target_closed'
  | 'duplicate_closed'
  | null {
  if (!target) return 'not_found'
  if (target.id === duplicate.id) return 'same_request'
  if (target.userId !== duplicate.userId || target.type !== duplicate.type)
    return 'other_user_or_type'
  if (!isOpen(target.status)) return 'target_closed'
  if (!isOpen(duplicate.status)) return 'duplicate_closed'
  return null
}
