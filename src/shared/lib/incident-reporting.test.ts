import { describe, expect, it } from 'vitest'
import { dueStatus, regulatorDue, reportHours } from './incident-reporting'

const DEFAULTS = {
  regulatorReportHoursLow: 0,
  regulatorReportHoursMedium: 4,
  regulatorReportHoursHigh: 4,
  regulatorReportHoursCritical: 4,
}
const DISCOVERED = '2026-11-20T08:00:00+08:00'
const at = (hhmm: string) => Date.parse(`2026-11-20T${hhmm}:00+08:00`)

describe('the report to the regulator', () => {
  it('allows the hours set for the severity, none for a general incident by default', () => {
    expect(reportHours('low', DEFAULTS)).toBeNull()
    expect(reportHours('medium', DEFAULTS)).toBe(4)
    expect(reportHours('critical', { ...DEFAULTS, regulatorReportHoursCritical: 1 })).toBe(1)
  })

  it('is due 4 hours after discovery, overdue after, and a report counts from its submission', () => {
    const incident = { severity: 'medium' as const, discoveredAt: DISCOVERED, regulatorReports: [] }
    expect(regulatorDue(incident, DEFAULTS, at('12:00'))).toEqual({
      hours: 4,
      dueAt: '2026-11-20T04:00:00.000Z',
      firstReportAt: null,
      status: 'due',
    })
    expect(regulatorDue(incident, DEFAULTS, at('12:01')).status).toBe('overdue')
    const reports = [
      { submittedAt: '2026-11-20T13:00:00+08:00' },
      { submittedAt: '2026-11-20T11:30:00+08:00' },
    ]
    expect(
      regulatorDue({ ...incident, regulatorReports: reports }, DEFAULTS, at('14:00')),
    ).toMatchObject({
      firstReportAt: '2026-11-20T11:30:00+08:00',
      status: 'reported',
    })
    expect(dueStatus('2026-11-20T04:00:00.000Z', '2026-11-20T12:00:01+08:00', 0)).toBe(
      'reported_late',
    )
    expect(dueStatus(null, null, at('23:00'))).toBe('not_required')
  })
})
