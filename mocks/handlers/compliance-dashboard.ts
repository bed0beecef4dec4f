import { DISCLOSURE_BASES, type DisclosureBasis } from '../../src/shared/api/enums'
import type { ChainStatus, ComplianceDashboard } from '../../src/shared/api/dashboard-schemas'
import type { AuditEvent } from '../../src/shared/api/schemas'
import {
  isUnusual,
  median,
  monthBounds,
  unusualThreshold,
  weekStart,
} from '../../src/shared/lib/aggregates'
import type { ChainLink } from '../../src/shared/lib/hash-chain'
import { shanghaiDate } from '../../src/shared/lib/working-days'
import type { Backend } from '../db/backend'
import type { Database } from '../db/database'
import { checkpointDto, checkpointsOf, verifyWithWitness } from '../db/witness'
import { isoNow, todayIn } from './dashboard-facts'

const PENDING_LIMIT = 5

export const isReveal = (e: AuditEvent) =>
  e.action.startsWith('user.reveal.') && e.outcome === 'success'

/** Disclosures per basis whose disclosure day (Asia/Shanghai) lies in [first, last]; every basis listed. */
export function disclosuresByBasis(
  db: Database,
  first: string,
  last: string,
): { basis: DisclosureBasis; count: number }[] {
  const counts = new Map<DisclosureBasis, number>(DISCLOSURE_BASES.map((b) => [b, 0]))
  for (const d of db.disclosures.all()) {
    const day = shanghaiDate(d.disclosedAt)
    if (day >= first && day <= last) counts.set(d.basis, (counts.get(d.basis) ?? 0) + 1)
  }
  return [...counts].map(([basis, count]) => ({ basis, count }))
}

/** Successful reveals per staff member from `first` (a Shanghai day) on, most first. */
export function revealsSince(
  db: Database,
  first: string,
  last?: string,
): { staffId: string; displayName: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const e of db.auditEvents.all()) {
    if (!isReveal(e)) continue
    const day = shanghaiDate(e.at)
    if (day < first || (last && day > last)) continue
    counts.set(e.actorId, (counts.get(e.actorId) ?? 0) + 1)
  }
  return [...counts]
    .map(([staffId, count]) => ({
      staffId,
      displayName: db.staff.get(staffId)?.displayName ?? staffId,
      count,
    }))
    .sort((a, b) => b.count - a.count || a.staffId.localeCompare(b.staffId))
}

async function chainStatus(
  backend: Backend,
  chain: ChainStatus['chain'],
  records: ChainLink[],
  at: string,
): Promise<ChainStatus> {
  const checkpoints = checkpointsOf(await backend.witness.read(), chain)
  const latest = checkpoints.at(-1)
  // Verified here and now, against the witness's checkpoints too, so a rewrite of the whole
  // chain shows.
  const result = await verifyWithWitness(records, checkpoints)
  return {
    chain,
    verifiedAt: at,
    ok: result.ok,
    count: result.count,
    firstBrokenSeq: result.firstBrokenSeq,
    checkpoint: latest ? checkpointDto(latest) : null,
    sinceCheckpoint: Math.max(0, result.count - (latest?.count ?? 0)),
  }
}

/** What compliance checks first (GET /api/dashboard/compliance). */
export async function complianceDashboard(
  backend: Backend,
  now: number,
): Promise<ComplianceDashboard> {
  const { db } = backend
  const at = isoNow(now)
  const today = todayIn(now)
  const month = today.slice(0, 7)
  const { first, last } = monthBounds(month)
  const pending = db.disclosureApplications
    .all()
    .filter((a) => a.status === 'pending')
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))
  const week = weekStart(today)
  const reveals = revealsSince(db, week)
  const counts = reveals.map((r) => r.count)
  const threshold = unusualThreshold(counts)
  return {
    generatedAt: at,
    month,
    monthFirst: first,
    monthLast: last,
    disclosuresByBasis: disclosuresByBasis(db, first, last),
    pendingApplications: {
      total: pending.length,
      items: pending.slice(0, PENDING_LIMIT).map((a) => ({
        id: a.id,
        applicantName: a.applicant.name,
        recipientName: a.recipient.name,
        recordedAt: a.recordedAt,
        recordedBy: a.recordedBy,
      })),
    },
    chains: [
      await chainStatus(backend, 'disclosures', db.disclosures.all(), at),
      await chainStatus(backend, 'audit', db.auditEvents.all(), at),
    ],
    reveals: {
      weekStart: week,
      median: median(counts),
      threshold,
      staff: reveals.map((r) => ({ ...r, unusual: isUnusual(r.count, threshold) })),
    },
  }
}
