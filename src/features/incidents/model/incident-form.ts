import dayjs, { type Dayjs } from 'dayjs'
import type { DataCategory } from '../../../shared/api/enums'
import type {
  IncidentDetail,
  IncidentInput,
  IncidentSeverity,
} from '../../../shared/api/incident-schemas'

export const TEXT_FIELDS = [
  'description',
  'impact',
  'measuresTaken',
  'measuresPlanned',
  'adviceToUsers',
  'remedies',
] as const
export type TextField = (typeof TEXT_FIELDS)[number]

export interface IncidentFormValues extends Record<TextField, string> {
  title: string
  severity: IncidentSeverity
  discoveredAt: Dayjs
  occurred: [Dayjs, Dayjs]
  dataCategories: DataCategory[]
}

export function toInput(values: IncidentFormValues): IncidentInput {
  const [from, to] = values.occurred
  return {
    title: values.title.trim(),
    severity: values.severity,
    discoveredAt: values.discoveredAt.toISOString(),
    occurredFrom: from.toISOString(),
    occurredTo: to.toISOString(),
    dataCategories: values.dataCategories,
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, values[f].trim()])),
  } as IncidentInput
}

export function valuesFromIncident(incident: IncidentDetail): IncidentFormValues {
  return {
    title: incident.title,
    severity: incident.severity,
    discoveredAt: dayjs(incident.discoveredAt),
    occurred: [dayjs(incident.occurredFrom), dayjs(incident.occurredTo)],
    dataCategories: incident.dataCategories,
    ...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, incident[f]])) as Record<TextField, string>),
  }
}

/** Only what differs from the record goes to the server, so the timeline names the real changes. */
export function changedFields(
  incident: IncidentDetail,
  input: IncidentInput,
): Partial<IncidentInput> {
  const changes: Partial<IncidentInput> = {}
  for (const [key, value] of Object.entries(input) as [keyof IncidentInput, unknown][]) {
    const before = incident[key]
    const same =
      key === 'discoveredAt' || key === 'occurredFrom' || key === 'occurredTo'
        ? Date.parse(String(before)) === Date.parse(String(value))
        : JSON.stringify(before) === JSON.stringify(value)
    if (!same) (changes as Record<string, unknown>)[key] = value
  }
  return changes
}

/** The form field a server field error belongs to. */
export function formField(field: string): string {
  return field === 'occurredFrom' || field === 'occurredTo' ? 'occurred' : field
}
