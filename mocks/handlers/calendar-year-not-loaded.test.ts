import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AdminDashboard } from '../../src/shared/api/dashboard-schemas'
import type { RequestDetail } from '../../src/shared/api/schemas'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { call } from '../test-client'

// What staff meet on the first working days of a year whose official calendar has not been
// published yet: the suite's clock is moved there explicitly, rather than waiting for the calendar
// package to run out. 2027-01-04 is a Monday; its calendar is not in the seed.
const MONDAY_2027 = '2027-01-04T10:00:00+08:00'

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(MONDAY_2027))
  resetMockBackend()
})

afterAll(() => {
  vi.useRealTimers()
  resetMockBackend()
})

async function hotlineCancellation(): Promise<RequestDetail> {
  const backend = await getBackend()
  const user = backend.db.users.all().find((u) => u.accountStatus === 'active')
  if (!user) throw new Error('no active user in the seed')
  const created = await call('agent01', 'POST', '/requests', {
    type: 'cancellation',
    userId: user.id,
    requesterType: 'self',
    channel: 'hotline',
    receivedAt: MONDAY_2027,
  })
  expect(created.status).toBe(201)
  return created.body
}

describe('a year whose official calendar is not loaded', () => {
  it('is listed as not loaded, while the year before is official', async () => {
    const years = (await call<{ year: number; loaded: boolean }[]>('agent01', 'GET', '/calendar'))
      .body
    expect(years.find((y) => y.year === 2026)).toMatchObject({ loaded: true })
    expect(years.find((y) => y.year === 2027)?.loaded ?? false).toBe(false)
  })

  it("makes today's deadlines provisional, counted on weekends alone", async () => {
    const request = await hotlineCancellation()
    expect(request.calendarProvisional).toBe(true)
    // Counting starts on Tuesday 5 January: the 3rd working day is Thursday the 7th, the 10th is
    // Monday the 18th (weekends off, no holiday known yet).
    expect(request.targetAt).toBe('2027-01-07T23:59:59.999+08:00')
    expect(request.deadlineAt).toBe('2027-01-18T23:59:59.999+08:00')
  })

  it("shows the admin this year's calendar as missing, with the open requests it leaves provisional", async () => {
    const dashboard = (await call<AdminDashboard>('admin01', 'GET', '/dashboard/admin')).body
    expect(dashboard.calendar.map((y) => [y.year, y.loaded])).toEqual([
      [2027, false],
      [2028, false],
    ])
    expect(dashboard.calendar[0]?.provisionalOpen).toBeGreaterThanOrEqual(1)
  })

  it('takes the State Council notice once an admin loads it, and the deadlines are firm again', async () => {
    const request = await hotlineCancellation()
    // Hand-made test data, not the official notice: a holiday on Tuesday the 5th moves every count on by one day.
    const loaded = await call<{ recomputed: number }>(
      'admin01',
      'PUT',
      '/calendar/2027',
      {
        holidays: { '2027-01-05': '测试假日' },
        workdays: {},
      },
      0,
    )
    expect(loaded.status).toBe(200)
    expect(loaded.body.recomputed).toBeGreaterThanOrEqual(1)
    const after = (await call('agent01', 'GET', `/requests/${request.id}`)).body
    expect(after.calendarProvisional).toBe(false)
    expect(after.targetAt).toBe('2027-01-08T23:59:59.999+08:00')
    expect(after.deadlineAt).toBe('2027-01-19T23:59:59.999+08:00')
  })
})
