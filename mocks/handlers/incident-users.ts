import { type AffectedCriteria } from '../../src/shared/api/incident-schemas'
import { planUserImport } from '../../src/shared/lib/incident-user-import'
import type { Database } from '../db/database'
import { HttpError, paginate, route, type RouteContext } from '../http/route'
import { matchingUsers } from './incident-criteria'
import { presentAffected, presentAffectedRecord } from './incident-present'
import { actOnIncident, affectedIds, affectedKey, loadIncident } from './incident-store'
import { incidentEndpoints } from '../../src/shared/api/endpoints/incidents'

function describeCriteria(criteria: AffectedCriteria): string {
  return Object.entries(criteria)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ')
}

async function link(
  ctx: RouteContext<unknown, unknown>,
  db: Database,
  incidentId: string,
  userIds: string[],
  source: 'query' | 'import',
) {
  const at = new Date(ctx.now).toISOString()
  if (userIds.length) {
    await db.incidentUsers.insertMany(
      userIds.map((userId) => ({
        key: affectedKey(incidentId, userId),
        incidentId,
        userId,
        source,
        addedAt: at,
        addedBy: ctx.staff.id,
      })),
    )
  }
}

export const incidentUserHandlers = [
  route(incidentEndpoints.affectedUsers, {
    async handle({ params, query, backend }) {
      const { db } = backend
      const incident = loadIncident(db, params.incidentId ?? '')
      const q = query.q?.toUpperCase()
      const links = db.incidentUsers
        .all()
        .filter(
          (a) =>
            a.incidentId === incident.id &&
            (!query.source || a.source === query.source) &&
            (!q || a.userId.includes(q)),
        )
        .sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.userId.localeCompare(b.userId))
      const page = paginate(links, query.page, query.pageSize)
      return { ...page, items: page.items.map((a) => presentAffectedRecord(db, a)) }
    },
  }),
  route(incidentEndpoints.previewAffectedUsers, {
    async handle({ params, query, backend }) {
      const { db } = backend
      const incident = loadIncident(db, params.incidentId ?? '')
      // No criterion selects nobody; adding requires at least one (see the POST).
      if (!Object.values(query).some((v) => v !== undefined))
        return { matched: 0, alreadyAffected: 0, sample: [] }
      const users = matchingUsers(db, query)
      const already = new Set(affectedIds(db, incident.id))
      return {
        matched: users.length,
        alreadyAffected: users.filter((u) => already.has(u.id)).length,
        sample: users.slice(0, 5).map((u) => presentAffected(u, u.id)),
      }
    },
  }),
  route(incidentEndpoints.addAffectedByQuery, {
    async handle(ctx) {
      const { db } = ctx.backend
      let added: string[] = []
      const incident = await actOnIncident(
        ctx,
        'users_added',
        (draft) => {
          draft.affectedCount += added.length
          return `${added.length} by query: ${describeCriteria(ctx.body)}`
        },
        async (current) => {
          const already = new Set(affectedIds(db, current.id))
          added = matchingUsers(db, ctx.body)
            .map((u) => u.id)
            .filter((id) => !already.has(id))
          if (added.length === 0)
            throw new HttpError(
              409,
              'NOTHING_TO_ADD',
              'No user matches who is not already on this incident',
            )
          await link(ctx, db, current.id, added, 'query')
        },
      )
      return { added: added.length, incident }
    },
  }),
  route(incidentEndpoints.importAffectedUsers, {
    async handle(ctx) {
      const { db } = ctx.backend
      const plan = planUserImport(ctx.body.csv, (id) => db.users.get(id) !== undefined)
      if (plan.dataLines === 0)
        throw new HttpError(400, 'VALIDATION_FAILED', 'The file names no user', {
          fields: { csv: 'no user ids' },
          issues: { csv: { code: 'empty' } },
        })
      let added: string[] = []
      let alreadyAffected = 0
      const incident = await actOnIncident(
        ctx,
        'users_imported',
        (draft) => {
          draft.affectedCount += added.length
          const lines = plan.problems.map((p) => p.line)
          return `${added.length} added, ${alreadyAffected} already listed, ${plan.problems.length} rejected${lines.length ? ` (lines ${lines.slice(0, 20).join(', ')}${lines.length > 20 ? ', …' : ''})` : ''}`
        },
        async (current) => {
          const already = new Set(affectedIds(db, current.id))
          added = plan.userIds.filter((id) => !already.has(id))
          alreadyAffected = plan.userIds.length - added.length
          await link(ctx, db, current.id, added, 'import')
        },
      )
      return { added: added.length, alreadyAffected, problems: plan.problems, incident }
    },
  }),
  route(incidentEndpoints.removeAffectedUsers, {
    async handle(ctx) {
      const { db } = ctx.backend
      const ids = [...new Set(ctx.body.userIds)]
      return actOnIncident(
        ctx,
        'users_removed',
        (draft) => {
          draft.affectedCount -= ids.length
          return `${ids.join(', ')}: ${ctx.body.reason}`
        },
        (current) => {
          const unknown = ids.filter((id) => !db.incidentUsers.get(affectedKey(current.id, id)))
          if (unknown.length) {
            throw new HttpError(
              400,
              'VALIDATION_FAILED',
              `Not on this incident: ${unknown.join(', ')}`,
              {
                fields: { userIds: 'not on this incident' },
                issues: { userIds: { code: 'not_found' } },
              },
            )
          }
          // Deliveries already made stay on record: the notice was sent, whatever follows.
          for (const id of ids) db.incidentUsers.delete(affectedKey(current.id, id))
        },
      )
    },
  }),
]
