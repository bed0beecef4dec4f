import type { RequestType } from '../api/enums'
import { addMonths } from './data-plan'
import { shanghaiDate } from './working-days'

// Cost fees for repeated requests (policy 6(8)): reasonable requests are free; past the free
// allowance of requests of the same type in a year, staff may quote a cost fee. Shared by the
// server, which enforces it, and the fee panel, which explains it.

export const FEE_WINDOW_MONTHS = 12

/** The largest fee that may be quoted, in fen (10,000 CNY): anything above is a typing slip. */
export const MAX_FEE_FEN = 1_000_000

export interface FeeSubject {
  id: string
  userId: string
  type: RequestType
  receivedAt: string
}

export interface FeeCandidate extends FeeSubject {
  /** Set on a duplicate merged into another request: it was never a request of its own. */
  mergedInto?: string | null
}

/**
 * The window of a request received on `receivedAt`, as Asia/Shanghai calendar dates: from the
 * day after the same date 12 months earlier up to the day of receipt. A request made on
 * 2026-03-15 has dropped out by 2027-03-15; month ends clamp (2028-02-29 looks back to
 * 2027-02-28, so counting starts 2027-03-01).
 */
export function feeWindow(receivedAt: string): { after: string; to: string } {
  const to = shanghaiDate(receivedAt)
  return { after: addMonths(to, -FEE_WINDOW_MONTHS), to }
}

/** Whether `other` came in before `subject`: by receipt, and on the same instant by id. */
function receivedBefore(other: FeeSubject, subject: FeeSubject): boolean {
  const a = Date.parse(other.receivedAt)
  const b = Date.parse(subject.receivedAt)
  return a < b || (a === b && other.id < subject.id)
}

/**
 * The same user's earlier requests of the same type inside the window, oldest first. The
 * request itself, later ones and duplicates merged into another request are not counted.
 */
export function earlierRequests<T extends FeeCandidate>(
  subject: FeeSubject,
  candidates: Iterable<T>,
): T[] {
  const { after } = feeWindow(subject.receivedAt)
  const counted: T[] = []
  for (const r of candidates) {
    if (r.id === subject.id || r.userId !== subject.userId || r.type !== subject.type) continue
    if (r.mergedInto) continue
    if (!receivedBefore(r, subject) || shanghaiDate(r.receivedAt) <= after) continue
    counted.push(r)
  }
  return counted.sort(
    (a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || a.id.localeCompare(b.id),
  )
}

/**
 * The only types that can carry a fee: one must never obstruct cancellation, deletion,
 * correction or consent withdrawal (PIPL art. 50; CONTRACT 2026-12).
 */
export const FEE_TYPES: readonly RequestType[] = ['copy', 'access']

/** A fee may be quoted on a copy or access request once earlier requests used up the free allowance. */
export function feeMayBeQuoted(
  type: RequestType,
  earlierCount: number,
  allowance: number,
): boolean {
  return FEE_TYPES.includes(type) && earlierCount >= Math.max(1, allowance)
}

/** 1250 -> "12.50". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.trunc(fen))
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** An amount in yuan with at most two decimals, as integer fen; null if it is not one. */
export function yuanToFen(yuan: number): number | null {
  if (!Number.isFinite(yuan) || yuan < 0) return null
  const fen = Math.round(yuan * 100)
  // More than two decimals is refused rather than silently rounded.
  return Math.abs(fen - yuan * 100) < 1e-6 ? fen : null
}
