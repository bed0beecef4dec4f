import { beforeAll, describe, expect, it } from 'vitest'
import { call, type Page, type RequestSummary } from '../mocks/test-client'

// CONTRACT: Working days and deadlines. The oracle is the official calendar itself: the State
// Council's notice on the 2026 public holidays (国务院办公厅关于2026年部分节假日安排的通知),
// written out here date by date, never the backend's or the project's own working-day code.
const HOLIDAYS_2026 = new Set([
  // 元旦
  '2026-01-01', '2026-01-02', '2026-01-03',
  // 春节
  '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
  '2026-02-21', '2026-02-22', '2026-02-23',
  // 清明节
  '2026-04-04', '2026-04-05', '2026-04-06',
  // 劳动节
  '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
  // 端午节
  '2026-06-19', '2026-06-20', '2026-06-21',
  // 中秋节
  '2026-09-25', '2026-09-26', '2026-09-27',
  // 国庆节
  '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06',
  '2026-10-07',
]) // prettier-ignore
/** The weekend days worked in lieu (调休上班). */
const IN_LIEU_WORKDAYS_2026 = new Set([
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
]) // prettier-ignore

const DAY = 86_400_000
const BEIJING = 8 * 3_600_000

/** The Asia/Shanghai calendar date of an instant, as YYYY-MM-DD. */
const beijingDate = (instant: string | number) =>
  new Date(new Date(instant).getTime() + BEIJING).toISOString().slice(0, 10)

function isWorkingDay(date: string): boolean {
  // The oracle knows 2026 only: a date outside it would be a guess.
  if (!date.startsWith('2026-')) throw new Error(`the oracle has no official calendar for ${date}`)
  if (HOLIDAYS_2026.has(date)) return false
  if (IN_LIEU_WORKDAYS_2026.has(date)) return true
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The Nth working day after the given date (counting starts the day after). */
function nthWorkingDayAfter(date: string, n: number): string {
  let at = Date.parse(`${date}T00:00:00Z`)
  for (let counted = 0; counted < n;) {
    at += DAY
    if (isWorkingDay(new Date(at).toISOString().slice(0, 10))) counted++
  }
  return new Date(at).toISOString().slice(0, 10)
}

/** 23:59:59.999 +08:00 of a date, as an instant. */
const endOfDay = (date: string) => Date.parse(`${date}T23:59:59.999+08:00`)

interface Dated extends RequestSummary {
  receivedAt: string
  clockStartsAt: string | null
  targetAt: string | null
  deadlineAt: string | null
  calendarProvisional: boolean
  pausedDays: number
}

interface Settings {
  cancellationTargetDays: number
  cancellationDeadlineDays: number
  otherDeadlineDays: number
}

let settings: Settings
let users: string[]

beforeAll(async () => {
  settings = (await call<Settings>('lead01', 'GET', '/settings')).body
  const list = await call<Page<{ id: string }>>(
    'lead01',
    'GET',
    '/users?accountStatus=active&pageSize=50',
  )
  users = list.body.items.map((u) => u.id)
})

/** A new request received at `receivedAt`, for the first user who may open one. */
async function intake(type: string, receivedAt: string): Promise<Dated> {
  while (users.length) {
    const userId = users.shift()!
    const r = await call<Dated>('agent01', 'POST', '/requests', {
      type,
      userId,
      requesterType: 'self',
      channel: 'letter',
      receivedAt,
    })
    if (r.status === 201) return r.body
    // A user with an open request of the type, or otherwise unable to open one, is passed by.
    expect(r.status, r.text).toBe(409)
  }
  throw new Error('no user could open a request')
}

describe('working-day deadlines against the official 2026 calendar', () => {
  it('the oracle counts the notice as written', () => {
    // National Day: received on the 30th of September, day 1 is the 8th of October, day 3 the
    // Saturday worked in lieu.
    expect(nthWorkingDayAfter('2026-09-30', 1)).toBe('2026-10-08')
    expect(nthWorkingDayAfter('2026-09-30', 3)).toBe('2026-10-10')
    expect(nthWorkingDayAfter('2026-02-13', 1)).toBe('2026-02-14')
    expect(nthWorkingDayAfter('2026-02-13', 2)).toBe('2026-02-24')
  })

  // Each receipt runs across public holidays and weekends worked in lieu; the last is received on
  // the 1st of October in Beijing, still the 30th of September in UTC.
  it.each([
    '2026-02-12T15:00:00+08:00',
    '2026-04-30T09:00:00+08:00',
    '2026-09-18T20:00:00+08:00',
    '2026-09-30T17:30:00Z',
  ])('a cancellation received %s is due on the official working days', async (receivedAt) => {
    const created = await intake('cancellation', receivedAt)
    const received = beijingDate(receivedAt)
    expect(created.calendarProvisional).toBe(false)
    expect(Date.parse(created.targetAt!)).toBe(
      endOfDay(nthWorkingDayAfter(received, settings.cancellationTargetDays)),
    )
    expect(Date.parse(created.deadlineAt!)).toBe(
      endOfDay(nthWorkingDayAfter(received, settings.cancellationDeadlineDays)),
    )
  })

  it('another type has no deadline until its identity check passes', async () => {
    const created = await intake('copy', '2026-09-30T10:00:00+08:00')
    expect(created.clockStartsAt).toBeNull()
    expect(created.deadlineAt).toBeNull()
  })

  it("an extension moves a request's deadline by that many official working days", async () => {
    const list = await call<Page<Dated>>('lead01', 'GET', '/requests?status=in_review&pageSize=200')
    expect(list.status).toBe(200)
    // Not a cancellation, whose promise caps its deadline; within the year the oracle knows,
    // earliest deadline first.
    const candidates = list.body.items
      .filter(
        (r) =>
          r.type !== 'cancellation' && r.deadlineAt && beijingDate(r.deadlineAt) < '2026-12-01',
      )
      .sort((a, b) => Date.parse(a.deadlineAt!) - Date.parse(b.deadlineAt!))
    for (const listed of candidates) {
      const before = (await call<Dated>('lead01', 'GET', `/requests/${listed.id}`)).body
      const deadline = beijingDate(before.deadlineAt!)
      const days = 10
      const r = await call<Dated>(
        'lead01',
        'POST',
        `/requests/${before.id}/extend`,
        { days, reason: '合约测试：需要调取更多记录' },
        before.version,
      )
      // Already extended once: the next one will do.
      if (r.status === 409) continue
      expect(r.status, r.text).toBe(200)
      expect(Date.parse(r.body.deadlineAt!)).toBe(endOfDay(nthWorkingDayAfter(deadline, days)))
      return
    }
    throw new Error('no request in review could be extended')
  })
})
