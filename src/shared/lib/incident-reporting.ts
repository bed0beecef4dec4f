// When a security incident must be reported to the regulator. The national measures on reporting
// cybersecurity incidents (国家网络安全事件报告管理办法, in force 1 November 2025) require a network
// operator to report a 较大 (relatively major) or graver incident to the provincial cyberspace
// administration within 4 hours of discovering it at the latest (an operator of critical
// information infrastructure: 1 hour); they set no time for a 一般 (general) incident. The hours
// per severity are settings, bounded by that law (SETTINGS_BOUNDS).

export type Severity = 'low' | 'medium' | 'high' | 'critical'

export interface ReportHoursSettings {
  regulatorReportHoursLow: number
  regulatorReportHoursMedium: number
  regulatorReportHoursHigh: number
  regulatorReportHoursCritical: number
}

/**
 * Where the report to the regulator stands: no time is set for this severity (and none was made),
 * due, overdue, or made in time or late.
 */
export const REGULATOR_DUE_STATUSES = [
  'not_required',
  'due',
  'overdue',
  'reported',
  'reported_late',
] as const
export type RegulatorDueStatus = (typeof REGULATOR_DUE_STATUSES)[number]

export interface RegulatorDue {
  /** Hours from discovery this severity allows; null when none is set. */
  hours: number | null
  dueAt: string | null
  /** When the first report was submitted. */
  firstReportAt: string | null
  status: RegulatorDueStatus
}

const HOUR_MS = 3_600_000

/** The hours a severity allows; null where the setting is 0 (no set time). */
export function reportHours(severity: Severity, settings: ReportHoursSettings): number | null {
  const hours = {
    low: settings.regulatorReportHoursLow,
    medium: settings.regulatorReportHoursMedium,
    high: settings.regulatorReportHoursHigh,
    critical: settings.regulatorReportHoursCritical,
  }[severity]
  return hours > 0 ? hours : null
}

/** The report's due time, counted from the incident's discovery, and where it stands at `now`. */
export function regulatorDue(
  incident: {
    severity: Severity
    discoveredAt: string
    regulatorReports: readonly { submittedAt: string }[]
  },
  settings: ReportHoursSettings,
  now: number,
): RegulatorDue {
  const hours = reportHours(incident.severity, settings)
  const firstReportAt =
    incident.regulatorReports
      .map((r) => r.submittedAt)
      .sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null
  const dueAt =
    hours === null
      ? null
      : new Date(Date.parse(incident.discoveredAt) + hours * HOUR_MS).toISOString()
  return { hours, dueAt, firstReportAt, status: dueStatus(dueAt, firstReportAt, now) }
}

/** The status alone, for a screen that keeps it current between answers of the server. */
export function dueStatus(
  dueAt: string | null,
  firstReportAt: string | null,
  now: number,
): RegulatorDueStatus {
  if (firstReportAt)
    return dueAt && Date.parse(firstReportAt) > Date.parse(dueAt) ? 'reported_late' : 'reported'
  if (!dueAt) return 'not_required'
  return now > Date.parse(dueAt) ? 'overdue' : 'due'
}
