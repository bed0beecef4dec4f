import { DATA_CATEGORIES, type DataCategory } from '../../src/shared/api/enums'
import type { PlatformUserRecord } from '../../src/shared/api/schemas'
import { type RetentionDue, type RetentionItem } from '../../src/shared/api/retention-schemas'
import { listedName, purgeHold, retentionState } from '../../src/shared/lib/user-data'
import { shanghaiDate } from '../../src/shared/lib/working-days'
import { purgeDue } from '../db/retention-purge'
import { HttpError, paginate, route } from '../http/route'
import { RETENTION_SORT_FIELDS, retentionEndpoints } from '../../src/shared/api/endpoints/retention'

// What retention duties keep after cancellations and deletions, and its purge (CONTRACT 2026-12):
// compliance lists what is due by date and category and purges it by hand; the backend's daily
// job purges the rest (mocks/db/retention-purge.ts). Admins read, as they read everything.

const SORTS: Record<
  (typeof RETENTION_SORT_FIELDS)[number],
  (a: RetentionItem, b: RetentionItem) => number
> = {
  purgeOn: (a, b) => a.purgeOn.localeCompare(b.purgeOn),
  category: (a, b) => DATA_CATEGORIES.indexOf(a.category) - DATA_CATEGORIES.indexOf(b.category),
  userId: (a, b) => a.userId.localeCompare(b.userId),
}

/** Every category kept under a duty, purged or not, as it stands on `today`. */
function retentionItems(users: readonly PlatformUserRecord[], today: string): RetentionItem[] {
  const items: RetentionItem[] = []
  for (const user of users) {
    const hold = purgeHold(user)
    for (const d of user.dataDisposition) {
      const state = retentionState(d, today, hold)
      if (!state || !d.duty || !d.retainFrom || !d.purgeOn) continue
      items.push({
        userId: user.id,
        userName: listedName(user.name),
        category: d.category,
        duty: d.duty,
        retainFrom: d.retainFrom,
        purgeOn: d.purgeOn,
        requestId: d.requestId,
        state,
        hold: state === 'held' ? hold : null,
        purgedAt: state === 'purged' ? d.at : null,
        purgedBy: state === 'purged' ? d.by : null,
      })
    }
  }
  return items
}

/** What a purge by hand would do today, by category: the numbers its confirmation states. */
function dueSummary(items: readonly RetentionItem[], today: string): RetentionDue {
  const by = new Map<DataCategory, { due: number; held: number }>()
  for (const i of items) {
    if (i.state !== 'due' && i.state !== 'held') continue
    const row = by.get(i.category) ?? { due: 0, held: 0 }
    row[i.state === 'due' ? 'due' : 'held']++
    by.set(i.category, row)
  }
  const byCategory = DATA_CATEGORIES.flatMap((category) => {
    const row = by.get(category)
    return row ? [{ category, ...row }] : []
  })
  return {
    today,
    due: byCategory.reduce((n, r) => n + r.due, 0),
    held: byCategory.reduce((n, r) => n + r.held, 0),
    byCategory,
  }
}

export const retentionHandlers = [
  route(retentionEndpoints.list, {
    async handle({ query, backend, now }) {
      const today = shanghaiDate(new Date(now).toISOString())
      const all = retentionItems(backend.db.users.all(), today)
      const states = query.state?.length ? new Set(query.state) : null
      const q = query.q?.toLowerCase()
      const matches = all.filter(
        (i) =>
          (!states || states.has(i.state)) &&
          (!query.category || i.category === query.category) &&
          (!query.from || i.purgeOn >= query.from) &&
          (!query.to || i.purgeOn <= query.to) &&
          (!q || i.userId.toLowerCase() === q || i.requestId.toLowerCase() === q),
      )
      // By purge date, soonest first, unless asked otherwise; ties in a fixed order.
      const [field, direction] = (query.sort ?? 'purgeOn:asc').split(':') as [
        (typeof RETENTION_SORT_FIELDS)[number],
        string,
      ]
      const compare = SORTS[field]
      const sign = direction === 'desc' ? -1 : 1
      matches.sort(
        (a, b) =>
          sign * compare(a, b) ||
          a.purgeOn.localeCompare(b.purgeOn) ||
          a.userId.localeCompare(b.userId) ||
          DATA_CATEGORIES.indexOf(a.category) - DATA_CATEGORIES.indexOf(b.category),
      )
      return {
        ...paginate(matches, query.page, query.pageSize),
        summary: dueSummary(all, today),
      }
    },
  }),
  route(retentionEndpoints.purge, {
    async handle({ body, backend, staff, now, audit }) {
      const at = new Date(now).toISOString()
      const today = shanghaiDate(at)
      if (body.through > today) {
        throw new HttpError(
          400,
          'VALIDATION_FAILED',
          `Nothing is purged before its date; today is ${today}`,
          {
            fields: { through: `not after today (${today})` },
            issues: { through: { code: 'in_future' } },
          },
        )
      }
      const { purged, held } = await purgeDue(backend.db, {
        through: body.through,
        categories: body.categories,
        at,
        actor: { actorId: staff.id, role: staff.role },
      })
      const byCategory = DATA_CATEGORIES.flatMap((category) => {
        const count = purged.filter((p) => p.category === category).length
        return count ? [{ category, count }] : []
      })
      const counts = byCategory.map((c) => `${c.category} ${c.count}`).join(', ') || 'nothing'
      await audit('retention.purged', `due through ${body.through}`, {
        reason: `${purged.length} purged (${counts}); ${held} held by a legal hold or an open dispute`,
      })
      return { purgedAt: at, through: body.through, purged, byCategory, held }
    },
  }),
]
