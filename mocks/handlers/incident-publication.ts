import { HttpError, reply, route } from '../http/route'
import { actOnIncident, notInFuture, requireCompleteNotice } from './incident-store'
import { incidentEndpoints } from '../../src/shared/api/endpoints/incidents'

// Telling the public when telling each user is impractical, and telling the regulator
// (policy 5(3)).

export const publicationHandlers = [
  route(incidentEndpoints.announce, {
    async handle(ctx) {
      const { body, staff, now } = ctx
      requireCompleteNotice([
        { field: 'textZh', text: body.textZh, language: 'zh-CN' },
        { field: 'textEn', text: body.textEn, language: 'en-US' },
      ])
      notInFuture(body.impracticalAt, now, 'impracticalAt')
      if (Date.parse(body.publishAt) < Date.parse(body.impracticalAt)) {
        throw new HttpError(
          400,
          'VALIDATION_FAILED',
          'The announcement comes after the judgement that individual notice is impractical',
          {
            fields: { publishAt: 'must not be before impracticalAt' },
            issues: { publishAt: { code: 'out_of_order' } },
          },
        )
      }
      return actOnIncident(ctx, 'announcement_published', (draft, current) => {
        draft.announcement = {
          ...body,
          textEn: body.textEn ?? null,
          recordedBy: staff.id,
          recordedAt: new Date(now).toISOString(),
        }
        return `${current.announcement ? 'amended; ' : ''}${body.venues.join(', ')} at ${body.publishAt}`
      })
    },
  }),
  route(incidentEndpoints.reportToRegulator, {
    async handle(ctx) {
      const { body, staff, now } = ctx
      notInFuture(body.submittedAt, now, 'submittedAt')
      const incident = await actOnIncident(
        ctx,
        'regulator_reported',
        (draft, current) => {
          draft.regulatorReports.push({
            id: `${current.id}-R${current.regulatorReports.length + 1}`,
            ...body,
            recordedBy: staff.id,
            recordedAt: new Date(now).toISOString(),
          })
          return `${body.authority} ${body.referenceNumber}`
        },
        (current) => {
          if (Date.parse(body.submittedAt) < Date.parse(current.discoveredAt)) {
            throw new HttpError(
              400,
              'VALIDATION_FAILED',
              'A report cannot precede the discovery of the incident',
              {
                fields: { submittedAt: 'must not be before discoveredAt' },
                issues: { submittedAt: { code: 'out_of_order' } },
              },
            )
          }
          if (current.regulatorReports.some((r) => r.referenceNumber === body.referenceNumber)) {
            throw new HttpError(
              409,
              'DUPLICATE_REFERENCE',
              `A report with reference ${body.referenceNumber} is already recorded`,
            )
          }
        },
      )
      return reply(201, incident)
    },
  }),
]
