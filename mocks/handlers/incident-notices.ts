import { type DeliveryRecord } from '../../src/shared/api/incident-schemas'
import { HttpError, notFound, paginate, reply, route } from '../http/route'
import { deliveryState } from './incident-delivery'
import { presentDelivery } from './incident-present'
import { publicationHandlers } from './incident-publication'
import {
  actOnIncident,
  affectedIds,
  deliveriesOf,
  loadIncident,
  requireCompleteNotice,
} from './incident-store'
import { incidentEndpoints } from '../../src/shared/api/endpoints/incidents'

/** A long SMS is split by the carrier; beyond this many characters it arrives as a mess. */
export const SMS_MAX_CHARS = 500

const campaignHandlers = [
  route(incidentEndpoints.startCampaign, {
    async handle(ctx) {
      const { body, backend, staff, now } = ctx
      requireCompleteNotice([
        { field: 'templateZh', text: body.templateZh, language: 'zh-CN' },
        { field: 'templateEn', text: body.templateEn, language: 'en-US' },
      ])
      if (body.channel === 'sms' && body.templateZh.length > SMS_MAX_CHARS) {
        throw new HttpError(
          400,
          'VALIDATION_FAILED',
          `An SMS may hold at most ${SMS_MAX_CHARS} characters`,
          {
            fields: { templateZh: `at most ${SMS_MAX_CHARS} characters for SMS` },
            issues: { templateZh: { code: 'too_long', maximum: SMS_MAX_CHARS } },
          },
        )
      }
      let recipients: string[] = []
      let campaignId = ''
      const at = new Date(now).toISOString()
      const incident = await actOnIncident(
        ctx,
        'campaign_sent',
        (draft) => {
          draft.campaigns.push({
            id: campaignId,
            channel: body.channel,
            templateZh: body.templateZh,
            templateEn: body.templateEn ?? null,
            sentAt: at,
            sentBy: staff.id,
            recipients: recipients.length,
            retries: 0,
          })
          return `${campaignId} ${body.channel} to ${recipients.length} user(s)`
        },
        async (current) => {
          recipients = affectedIds(backend.db, current.id)
          if (recipients.length === 0)
            throw new HttpError(
              409,
              'NO_AFFECTED_USERS',
              'Select the affected users before notifying them',
            )
          campaignId = `${current.id}-C${current.campaigns.length + 1}`
          await backend.db.incidentDeliveries.insertMany(
            recipients.map((userId) => ({
              id: `${campaignId}:${userId}`,
              incidentId: current.id,
              campaignId,
              userId,
              attempt: 1,
              attemptAt: at,
            })),
          )
        },
      )
      return reply(201, incident)
    },
  }),
  route(incidentEndpoints.retryCampaign, {
    async handle(ctx) {
      const { body, backend, now } = ctx
      let failed: DeliveryRecord[] = []
      return actOnIncident(
        ctx,
        'campaign_retried',
        (draft) => {
          const campaign = draft.campaigns.find((c) => c.id === body.campaignId)
          if (campaign) campaign.retries += 1
          return `${body.campaignId}: ${failed.length} failed deliveries retried`
        },
        async (current) => {
          const campaign = current.campaigns.find((c) => c.id === body.campaignId)
          if (!campaign) throw notFound(`Campaign ${body.campaignId}`)
          failed = deliveriesOf(backend.db, campaign.id, current.id).filter(
            (d) => deliveryState(d, campaign.channel, now).status === 'failed',
          )
          if (failed.length === 0)
            throw new HttpError(409, 'NOTHING_TO_RETRY', 'No delivery of this campaign has failed')
          const at = new Date(now).toISOString()
          for (const d of failed) {
            await backend.db.incidentDeliveries.update(d.id, (draft) => {
              draft.attempt = d.attempt + 1
              draft.attemptAt = at
            })
          }
        },
      )
    },
  }),
  route(incidentEndpoints.deliveries, {
    async handle({ params, query, backend, now }) {
      const { db } = backend
      const incident = loadIncident(db, params.incidentId ?? '')
      const q = query.q?.toUpperCase()
      const all = deliveriesOf(db, query.campaignId ?? null, incident.id)
        .filter((d) => !q || d.userId.includes(q))
        .sort(
          (a, b) => a.campaignId.localeCompare(b.campaignId) || a.userId.localeCompare(b.userId),
        )
        .map((d) => presentDelivery(db, incident, d, now))
      const matches = query.status ? all.filter((d) => d.status === query.status) : all
      return paginate(matches, query.page, query.pageSize)
    },
  }),
]

export const incidentNoticeHandlers = [...campaignHandlers, ...publicationHandlers]
