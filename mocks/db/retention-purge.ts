import type { AuditEvent, PlatformUserRecord } from '../../src/shared/api/schemas'
import type { DataCategory } from '../../src/shared/api/enums'
import { purgeHold, withCategoryPurged } from '../../src/shared/lib/user-data'
import { shanghaiDate } from '../../src/shared/lib/working-days'
import { appendAuditEvent } from './chains'
import type { Database } from './database'

// Purging what a retention duty kept once its purge date has come (CONTRACT 2026-12), for the
// daily job and for a compliance manager alike: the same rule, each purge its own audit event.

export interface PurgeRun {
  /** Purges what was due on or before this Asia/Shanghai date. */
  through: string
  categories?: readonly DataCategory[]
  at: string
  actor: { actorId: string; role: AuditEvent['role'] }
}

export interface Purged {
  userId: string
  category: DataCategory
  purgeOn: string
}

/** What of a user's kept data `run` purges, hold or no hold. */
function dueCategories(user: PlatformUserRecord, run: Pick<PurgeRun, 'through' | 'categories'>) {
  return user.dataDisposition.filter(
    (d) =>
      d.status === 'kept' &&
      d.purgeOn !== null &&
      d.purgeOn <= run.through &&
      (!run.categories || run.categories.includes(d.category)),
  )
}

/**
 * Purges every kept category due by `run.through`, except what a legal hold or an open dispute
 * protects (deletion never destroys that evidence): those are counted as held and stay.
 */
export async function purgeDue(
  db: Database,
  run: PurgeRun,
): Promise<{ purged: Purged[]; held: number }> {
  const purged: Purged[] = []
  let held = 0
  for (const user of db.users.all()) {
    const due = dueCategories(user, run)
    if (due.length === 0) continue
    if (purgeHold(user)) {
      held += due.length
      continue
    }
    await db.users.update(user.id, (draft) => {
      let next = draft
      for (const d of due)
        next = withCategoryPurged(next, d.category, { at: run.at, by: run.actor.actorId })
      Object.assign(draft, next, { version: draft.version + 1 })
    })
    for (const d of due) {
      purged.push({ userId: user.id, category: d.category, purgeOn: d.purgeOn! })
      await appendAuditEvent(db, {
        at: run.at,
        ...run.actor,
        action: 'user.data_purged',
        target: user.id,
        reason: `${d.category}: kept under ${d.duty} until ${d.purgeOn} (${d.requestId})`,
        outcome: 'success',
      })
    }
  }
  return { purged, held }
}

const SYSTEM_ACTOR = { actorId: 'system', role: 'anonymous' } as const

/**
 * The daily purge: run for the day that ended, so it purges everything due before `now`'s date.
 * What falls due today stays listed as due until tonight's run, unless compliance purges it first.
 */
export function purgeJob(db: Database, now: number): Promise<{ purged: Purged[]; held: number }> {
  return purgeDue(db, {
    through: dayBefore(now),
    at: new Date(now).toISOString(),
    actor: SYSTEM_ACTOR,
  })
}

/**
 * Whether the daily purge has anything to purge at `now`: a held category stays, so without a
 * due one that no hold protects the job would change nothing.
 */
export function purgeJobHasWork(db: Database, now: number): boolean {
  const through = dayBefore(now)
  return db.users
    .all()
    .some((user) => !purgeHold(user) && dueCategories(user, { through }).length > 0)
}

// Asia/Shanghai keeps UTC+8 all year, so a day earlier is always the day before.
const dayBefore = (now: number) => shanghaiDate(new Date(now - 86_400_000).toISOString())
