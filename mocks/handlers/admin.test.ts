import { beforeAll, describe, expect, it } from 'vitest'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

const admin = 'admin01'

beforeAll(async () => {
  resetMockBackend()
})

describe('settings and calendar', () => {
  it('refuses a cancellation target later than the deadline', async () => {
    const before = await call<{ version: number }>(admin, 'GET', '/settings')
    const r = await call(
      admin,
      'PUT',
      '/settings',
      {
        ...before.body,
        cancellationTargetDays: 12,
        cancellationDeadlineDays: 10,
      },
      before.body.version,
    )
    expect(r.status).toBe(400)
    expect(r.body.details).toMatchObject({ fields: { cancellationTargetDays: expect.any(String) } })
  })

  // CONTRACT 2026-12: the settings screen refuses values outside the contract, and so does the
  // server: a cancellation within 10 working days (policy 6(5)), other requests within 15, at
  // least one free request a year, and a report of a 较大 or graver incident within 4 hours.
  it.each([
    [{ cancellationDeadlineDays: 11 }, 'cancellationDeadlineDays', /at most 10 .*policy 6\(5\)/],
    [
      { cancellationTargetDays: 11, cancellationDeadlineDays: 10 },
      'cancellationTargetDays',
      /at most 10/,
    ],
    [{ otherDeadlineDays: 16 }, 'otherDeadlineDays', /at most 15/],
    [{ freeRequestsPerYear: 0 }, 'freeRequestsPerYear', /at least 1 .*policy 6\(8\)/],
    [{ regulatorReportHoursMedium: 5 }, 'regulatorReportHoursMedium', /at most 4/],
    [{ regulatorReportHoursCritical: 0 }, 'regulatorReportHoursCritical', /at least 1/],
  ])('refuses %o outside the contract, naming the field', async (change, field, why) => {
    const before = await call<{ version: number }>(admin, 'GET', '/settings')
    const r = await call(
      admin,
      'PUT',
      '/settings',
      { ...before.body, ...change },
      before.body.version,
    )
    expect(r.status).toBe(400)
    expect(r.body.code).toBe('VALIDATION_FAILED')
    expect(r.body.details?.fields?.[field]).toMatch(why)
    expect((await call(admin, 'GET', '/settings')).body).toEqual(before.body)
  })

  it('keeps what the law allows: no set time for a general incident, one hour for the graver ones', async () => {
    const before = await call<{ version: number }>(admin, 'GET', '/settings')
    const change = {
      regulatorReportHoursLow: 0,
      regulatorReportHoursMedium: 1,
      regulatorReportHoursHigh: 1,
      regulatorReportHoursCritical: 1,
    }
    const r = await call(
      admin,
      'PUT',
      '/settings',
      { ...before.body, ...change },
      before.body.version,
    )
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject(change)
  })

  it('a shorter cancellation deadline moves the deadline of open cancellations', async () => {
    const backend = await getBackend()
    const open = backend.db.requests
      .all()
      .find((q) => q.type === 'cancellation' && q.status === 'in_review')!
    const before = await call<{ version: number }>(admin, 'GET', '/settings')
    const r = await call<{ recomputed: number }>(
      admin,
      'PUT',
      '/settings',
      {
        ...before.body,
        cancellationDeadlineDays: 8,
      },
      before.body.version,
    )
    expect(r.status).toBe(200)
    expect(r.body.recomputed).toBeGreaterThan(0)
    expect(backend.db.requests.get(open.id)!.deadlineAt! < open.deadlineAt!).toBe(true)
  })

  it('a preview says how many open requests a save would give new dates, and changes nothing', async () => {
    const backend = await getBackend()
    const dates = () =>
      new Map(
        backend.db.requests
          .all()
          .map((q) => [q.id, `${q.status}|${q.targetAt}|${q.deadlineAt}|${q.calendarProvisional}`]),
      )
    const before = await call<{ version: number }>(admin, 'GET', '/settings')
    const change = { ...before.body, otherDeadlineDays: 12 }
    const datesBefore = dates()
    const auditBefore = backend.db.auditEvents.all().length
    const preview = await call<{ recomputed: number; version: number }>(
      admin,
      'PUT',
      '/settings?preview=true',
      change,
      before.body.version,
    )
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ otherDeadlineDays: 12, version: before.body.version })
    // Nothing moved, nothing was stored, nothing was audited.
    expect(dates()).toEqual(datesBefore)
    expect((await call(admin, 'GET', '/settings')).body).toEqual(before.body)
    expect(backend.db.auditEvents.all().length).toBe(auditBefore)

    // Stale, out of range or from another role: refused as the save would be.
    const stale = await call(admin, 'PUT', '/settings?preview=true', change, 0)
    expect(stale.status).toBe(412)
    const bad = { ...change, cancellationTargetDays: 12, cancellationDeadlineDays: 10 }
    const refused = await call(admin, 'PUT', '/settings?preview=true', bad, before.body.version)
    expect(refused.status).toBe(400)
    for (const who of ['agent01', 'lead01', 'compliance01'])
      expect((await call(who, 'PUT', '/settings?preview=true', change, 1)).status, who).toBe(403)

    // The save then moves exactly as many open requests as the preview said.
    const saved = await call(admin, 'PUT', '/settings', change, before.body.version)
    expect(saved.status).toBe(200)
    const after = dates()
    const moved = [...datesBefore].filter(([id, d]) => after.get(id) !== d)
    expect(moved.length).toBeGreaterThan(0)
    expect(preview.body.recomputed).toBe(moved.length)
  })

  it('a calendar with a bad line changes nothing', async () => {
    const r = await call(
      admin,
      'PUT',
      '/calendar/2027',
      {
        text: '{"year":2027,\n"holidays":{"2027-13-01":"x"}}',
      },
      0,
    )
    expect(r.status).toBe(400)
    expect(r.body.details).toMatchObject({
      errors: [{ line: 2, message: expect.stringMatching(/2027-13-01/) }],
    })
    expect((await call(admin, 'GET', '/calendar/2027')).body).toMatchObject({ loaded: false })
  })
})
