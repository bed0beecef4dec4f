import { z } from '../../src/shared/api/zod'
import {
  incidentUpdateSchema,
  INCIDENT_SEVERITIES,
  type Incident,
  type IncidentListItem,
} from '../../src/shared/api/incident-schemas'
import { HttpError } from '../http/route'
import { FieldProblems } from '../http/field-problems'
import type { Database } from '../db/database'
import { incidentRegulatorDue, notInFuture } from './incident-store'

const SORTABLE = ['discoveredAt', 'severity', 'affectedCount', 'id'] as const

export type Times = Pick<Incident, 'discoveredAt' | 'occurredFrom' | 'occurredTo'>

export function checkTimes(times: Times, now: number): void {
  notInFuture(times.discoveredAt, now, 'discoveredAt')
  notInFuture(times.occurredFrom, now, 'occurredFrom')
  const problems = new FieldProblems()
  if (Date.parse(times.occurredTo) < Date.parse(times.occurredFrom))
    problems.add('occurredTo', 'out_of_order', 'must not be before occurredFrom')
  if (Date.parse(times.discoveredAt) < Date.parse(times.occurredFrom))
    problems.add('discoveredAt', 'out_of_order', 'must not be before occurredFrom')
  if (problems.any)
    throw new HttpError(400, 'VALIDATION_FAILED', 'The incident times do not fit together', {
      fields: problems.fields,
      issues: problems.issues,
    })
}

export function sortIncidents(items: Incident[], sort: string | undefined): Incident[] {
  const [field = 'discoveredAt', direction = 'desc'] = sort?.split(':') ?? []
  if (!(SORTABLE as readonly string[]).includes(field)) {
    throw new HttpError(400, 'VALIDATION_FAILED', 'Invalid sort', {
      fields: { sort: `sortable: ${SORTABLE.join(', ')}` },
      issues: { sort: { code: 'invalid_value' } },
    })
  }
  const sign = direction === 'asc' ? 1 : -1
  const key = (i: Incident): number | string =>
    field === 'severity'
      ? INCIDENT_SEVERITIES.indexOf(i.severity)
      : field === 'affectedCount'
        ? i.affectedCount
        : field === 'id'
          ? i.id
          : Date.parse(i.discoveredAt)
  return [...items].sort((a, b) => {
    const x = key(a)
    const y = key(b)
    return sign * (x < y ? -1 : x > y ? 1 : 0) || a.id.localeCompare(b.id)
  })
}

export function pickTimes(body: z.infer<typeof incidentUpdateSchema>): Partial<Times> {
  const out: Partial<Times> = {}
  if (body.discoveredAt) out.discoveredAt = body.discoveredAt
  if (body.occurredFrom) out.occurredFrom = body.occurredFrom
  if (body.occurredTo) out.occurredTo = body.occurredTo
  return out
}

export function listItem(db: Database, i: Incident, now: number): IncidentListItem {
  return {
    id: i.id,
    title: i.title,
    status: i.status,
    severity: i.severity,
    discoveredAt: i.discoveredAt,
    affectedCount: i.affectedCount,
    dataCategories: i.dataCategories,
    version: i.version,
    campaignCount: i.campaigns.length,
    announced: i.announcement !== null,
    reported: i.regulatorReports.length > 0,
    regulatorDue: incidentRegulatorDue(db, i, now),
  }
}
