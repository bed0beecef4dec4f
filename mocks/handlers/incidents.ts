import { HttpError, paginate, reply, route } from '../http/route'
import { checkTimes, listItem, pickTimes, sortIncidents } from './incident-query'
import { incidentNoticeHandlers } from './incident-notices'
import { actOnIncident, incidentDetail, loadIncident, nextIncidentId } from './incident-store'
import { incidentUserHandlers } from './incident-users'
import { incidentEndpoints } from '../../src/shared/api/endpoints/incidents'

const recordHandlers = [
  route(incidentEndpoints.list, {
    async handle({ query, backend, now }) {
      const q = query.q?.toLowerCase()
      const matches = backend.db.incidents.all().filter((i) => {
        if (query.severity && i.severity !== query.severity) return false
        if (query.status && i.status !== query.status) return false
        return !q || i.id.toLowerCase().includes(q) || i.title.toLowerCase().includes(q)
      })
      const page = paginate(sortIncidents(matches, query.sort), query.page, query.pageSize)
      return {
        ...page,
        items: page.items.map((i) => listItem(backend.db, i, now)),
      }
    },
  }),
  route(incidentEndpoints.create, {
    async handle({ body, backend, staff, now, audit }) {
      checkTimes(body, now)
      const at = new Date(now).toISOString()
      const incident = await backend.db.incidents.insert({
        id: nextIncidentId(backend.db),
        status: 'open',
        ...body,
        createdBy: staff.id,
        createdAt: at,
        closedAt: null,
        closedBy: null,
        affectedCount: 0,
        campaigns: [],
        announcement: null,
        regulatorReports: [],
        timeline: [{ at, actorId: staff.id, action: 'created', detail: null }],
        version: 1,
      })
      await audit('incident.created', incident.id, {
        reason: `${incident.severity}: ${incident.title}`,
      })
      return reply(201, incidentDetail(backend.db, incident, now))
    },
  }),
  // Before /incidents/:incidentId, which would otherwise take "regions" for an id.
  route(incidentEndpoints.regions, {
    async handle({ backend }) {
      const regions = new Set(backend.db.users.all().flatMap((u) => (u.region ? [u.region] : [])))
      return { regions: [...regions].sort((a, b) => a.localeCompare(b, 'zh-CN')) }
    },
  }),
  route(incidentEndpoints.detail, {
    async handle({ params, backend, now }) {
      return incidentDetail(backend.db, loadIncident(backend.db, params.incidentId ?? ''), now)
    },
  }),
  route(incidentEndpoints.update, {
    async handle(ctx) {
      const { body, now } = ctx
      const changes = Object.entries(body).filter(([, v]) => v !== undefined) as [
        keyof typeof body,
        unknown,
      ][]
      return actOnIncident(
        ctx,
        'updated',
        (draft, current) => {
          const changed = changes
            .filter(([k, v]) => JSON.stringify(current[k]) !== JSON.stringify(v))
            .map(([k]) => k)
          Object.assign(draft, Object.fromEntries(changes))
          return changed.length ? changed.join(', ') : 'no change'
        },
        (current) => checkTimes({ ...current, ...pickTimes(body) }, now),
      )
    },
  }),
  route(incidentEndpoints.close, {
    async handle(ctx) {
      const { body, backend, staff, now } = ctx
      return actOnIncident(
        ctx,
        'closed',
        (draft) => {
          draft.status = 'closed'
          draft.closedAt = new Date(now).toISOString()
          draft.closedBy = staff.id
          return body.summary
        },
        (current) => {
          const detail = incidentDetail(backend.db, current, now)
          // Users whose notice failed were not told: only an announcement reaches them (policy
          // 5(3): when telling each user is impractical, a public announcement).
          const failedDeliveries = detail.campaigns.reduce((n, c) => n + c.counts.failed, 0)
          // Closing says the duty is done: every user was told and the regulator was informed.
          const checks = {
            users_notified: detail.campaigns.length > 0 || detail.announcement !== null,
            deliveries_settled: detail.campaigns.every((c) => c.settled),
            unreached_users_announced: failedDeliveries === 0 || detail.announcement !== null,
            regulator_reported: detail.regulatorReports.length > 0,
          }
          const failing = Object.entries(checks)
            .filter(([, ok]) => !ok)
            .map(([k]) => k)
          if (!checks.unreached_users_announced) {
            throw new HttpError(
              409,
              'UNREACHED_USERS_NOT_ANNOUNCED',
              `The incident cannot be closed while ${failedDeliveries} notice(s) to users failed and no announcement is published`,
              { checks, failing, failedDeliveries },
            )
          }
          if (failing.length) {
            throw new HttpError(
              409,
              'PRECONDITION_FAILED',
              `The incident cannot be closed yet: ${failing.join(', ')}`,
              { checks, failing },
            )
          }
        },
      )
    },
  }),
]

export const incidentHandlers = [
  ...recordHandlers,
  ...incidentUserHandlers,
  ...incidentNoticeHandlers,
]
