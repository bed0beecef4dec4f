import type {
  DeliveryRecord,
  Incident,
  IncidentDetail,
} from '../../src/shared/api/incident-schemas'
import { checkTemplate, type TemplateLanguage } from '../../src/shared/lib/incident-template'
import { regulatorDue } from '../../src/shared/lib/incident-reporting'
import type { Database } from '../db/database'
import { HttpError, notFound, requireVersion, type RouteContext } from '../http/route'
import { FieldProblems } from '../http/field-problems'
import { campaignProgress } from './incident-delivery'

// Policy 5(3): compliance runs the handling of a security incident; admins may too.

export function loadIncident(db: Database, id: string): Incident {
  const incident = db.incidents.get(id)
  if (!incident) throw notFound(`Incident ${id}`)
  return incident
}

export function deliveriesOf(
  db: Database,
  campaignId: string | null,
  incidentId: string,
): DeliveryRecord[] {
  return db.incidentDeliveries
    .all()
    .filter(
      (d) => d.incidentId === incidentId && (campaignId === null || d.campaignId === campaignId),
    )
}

/** The incident with each campaign's live progress and when its report to the regulator is due. */
export function incidentDetail(db: Database, incident: Incident, now: number): IncidentDetail {
  const all = deliveriesOf(db, null, incident.id)
  return {
    ...incident,
    campaigns: incident.campaigns.map((c) =>
      campaignProgress(
        c,
        all.filter((d) => d.campaignId === c.id),
        now,
      ),
    ),
    regulatorDue: incidentRegulatorDue(db, incident, now),
  }
}

/** The report's due time by the incident's severity and the settings now in force. */
export function incidentRegulatorDue(db: Database, incident: Incident, now: number) {
  const settings = db.settings.get('settings')
  if (!settings) throw new Error('settings missing')
  return regulatorDue(incident, settings, now)
}

export function nextIncidentId(db: Database): string {
  const max = db.incidents.all().reduce((m, i) => Math.max(m, Number(i.id.slice(1))), 0)
  return `I${String(max + 1).padStart(6, '0')}`
}

export function affectedKey(incidentId: string, userId: string): string {
  return `${incidentId}:${userId}`
}

export function affectedIds(db: Database, incidentId: string): string[] {
  return db.incidentUsers
    .all()
    .filter((a) => a.incidentId === incidentId)
    .map((a) => a.userId)
}

/** The handler's side of the notice rule: a template lacking an element is refused, naming it. */
export function requireCompleteNotice(
  texts: { field: string; text: string | undefined; language: TemplateLanguage }[],
): void {
  const problems = new FieldProblems()
  const missing: Record<string, string[]> = {}
  for (const { field, text, language } of texts) {
    if (text === undefined) continue
    const check = checkTemplate(text, language)
    if (!check.ok) {
      problems.add(field, 'incomplete', `missing or empty: ${check.problems.join(', ')}`)
      missing[field] = check.problems
    }
  }
  if (problems.any) {
    const first = Object.values(missing)[0]!
    throw new HttpError(
      400,
      'NOTICE_INCOMPLETE',
      `The notice lacks what policy 5(3) requires: ${first.join(', ')}`,
      { fields: problems.fields, issues: problems.issues, missing },
    )
  }
}

/**
 * The common shape of every change to an incident: load it, check the version, refuse a closed
 * one, apply the change, bump the version, add the timeline and audit events, return the detail.
 */
export async function actOnIncident(
  ctx: RouteContext<unknown, unknown>,
  event: string,
  change: (draft: Incident, current: Incident) => string | null | void,
  /** Checks (and writes that belong with the change) once the version is known to be current. */
  prepare?: (current: Incident) => void | Promise<void>,
): Promise<IncidentDetail> {
  const { backend, request, params, staff, now } = ctx
  const current = loadIncident(backend.db, params.incidentId ?? '')
  requireVersion(request, current, incidentDetail(backend.db, current, now))
  if (current.status === 'closed') {
    throw new HttpError(
      409,
      'INCIDENT_CLOSED',
      'This incident is closed; nothing more can be changed',
      { status: current.status },
    )
  }
  await prepare?.(current)
  let detail: string | null = null
  const updated = await backend.db.incidents.update(current.id, (draft) => {
    detail = change(draft, current) ?? null
    draft.version = current.version + 1
    draft.timeline.push({
      at: new Date(now).toISOString(),
      actorId: staff.id,
      action: event,
      detail,
    })
  })
  await ctx.audit(`incident.${event}`, current.id, { reason: detail })
  return incidentDetail(backend.db, updated, now)
}

export function notInFuture(at: string, now: number, field: string): void {
  if (Date.parse(at) > now + 60_000) {
    throw new HttpError(400, 'VALIDATION_FAILED', `${field} cannot be in the future`, {
      fields: { [field]: 'cannot be in the future' },
      issues: { [field]: { code: 'in_future' } },
    })
  }
}
