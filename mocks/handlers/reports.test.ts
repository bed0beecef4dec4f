import { beforeAll, describe, expect, it } from 'vitest'
import { monthlyReportSchema } from '../../src/shared/api/dashboard-schemas'
import type { PrivacyRequest } from '../../src/shared/api/schemas'
import { parseCsv } from '../../src/shared/lib/csv'
import { getBackend } from '../backend-instance'
import { resetMockBackend } from '../node'
import { API, call, tokenOf } from '../test-client'

const get = (username: string, path: string) => call(username, 'GET', path)

// A small month (May 2024, long before the seeded data) whose figures are known by hand.
// 1–5 May 2024 were Labour Day holidays and Saturday 11 May an in-lieu working day.
function request(id: string, patch: Partial<PrivacyRequest>): PrivacyRequest {
  return {
    id,
    type: 'copy',
    status: 'completed',
    userId: 'U000001',
    requesterType: 'self',
    requesterName: null,
    channel: 'app',
    receivedAt: '2024-05-06T09:00:00+08:00',
    identityVerifiedAt: '2024-05-06T10:00:00+08:00',
    clockStartsAt: '2024-05-06T10:00:00+08:00',
    targetAt: '2024-05-27T23:59:59.999+08:00',
    deadlineAt: '2024-05-27T23:59:59.999+08:00',
    calendarProvisional: false,
    pausedDays: 0,
    pausedAt: null,
    extensionDays: 0,
    assigneeId: 'S001',
    preparedBy: null,
    decision: null,
    completedAt: '2024-05-10T10:00:00+08:00',
    details: {},
    version: 1,
    timeline: [],
    notes: [],
    identityChecks: [],
    ...patch,
  }
}

const MAY_2024 = [
  // 4 working days (7–10 May), on time.
  request('R900001', {}),
  // 20 working days (7–10, the in-lieu 11th, 13–31 May), after its deadline.
  request('R900002', { completedAt: '2024-05-31T10:00:00+08:00' }),
  // Refused on the day the clock started: 0 days, on time, with its ground.
  request('R900003', {
    status: 'rejected',
    clockStartsAt: '2024-05-08T10:00:00+08:00',
    completedAt: '2024-05-08T16:00:00+08:00',
    decision: {
      outcome: 'reject',
      reasonCode: 'groundless_repetition',
      message: '重复申请',
      preparedAt: '2024-05-08T15:00:00+08:00',
    },
  }),
  // Withdrawn: an outcome, but no answer was due, so no handling time and no on-time figure.
  request('R900004', {
    type: 'cancellation',
    status: 'withdrawn',
    completedAt: '2024-05-15T10:00:00+08:00',
  }),
  // Refused before identity was verified (no clock, no deadline) and without a recorded ground.
  request('R900005', {
    type: 'deletion',
    status: 'rejected',
    receivedAt: '2024-05-20T09:00:00+08:00',
    identityVerifiedAt: null,
    clockStartsAt: null,
    targetAt: null,
    deadlineAt: null,
    completedAt: '2024-05-21T09:00:00+08:00',
  }),
  // Received in May, closed in June: counts as received only.
  request('R900006', {
    receivedAt: '2024-05-31T09:00:00+08:00',
    completedAt: '2024-06-03T10:00:00+08:00',
  }),
]

beforeAll(async () => {
  resetMockBackend()
  const backend = await getBackend()
  await backend.db.requests.insertMany(MAY_2024)
})

describe('GET /api/reports/monthly', () => {
  it('computes the month’s figures from the requests closed in it', async () => {
    const r = await get('compliance01', '/reports/monthly?month=2024-05')
    expect(r.status).toBe(200)
    const report = monthlyReportSchema.parse(JSON.parse(r.text))
    expect(report).toMatchObject({ month: '2024-05', first: '2024-05-01', last: '2024-05-31' })
    expect(report.byType.find((t) => t.type === 'copy')).toEqual({
      type: 'copy',
      received: 4,
      completed: 2,
      rejected: 1,
      withdrawn: 0,
    })
    expect(report.byType.find((t) => t.type === 'cancellation')?.withdrawn).toBe(1)
    const copy = report.handling.find((h) => h.type === 'copy')
    expect(copy?.count).toBe(3)
    expect(copy?.median).toBe(4)
    expect(copy?.p90).toBeCloseTo(16.8)
    const all = report.handling.find((h) => h.type === null)
    expect(all).toMatchObject({ count: 4, median: 2.5 })
    expect(all?.p90).toBeCloseTo(15.2)
    expect(report.onTime.find((o) => o.type === 'copy')).toMatchObject({ onTime: 2, total: 3 })
    expect(report.onTime.find((o) => o.type === null)?.rate).toBeCloseTo(2 / 3)
    expect(report.onTime.find((o) => o.type === 'deletion')).toMatchObject({ total: 0, rate: null })
    expect(report.refusals).toEqual(
      expect.arrayContaining([
        { ground: 'groundless_repetition', count: 1 },
        { ground: null, count: 1 },
      ]),
    )
    expect(report.refusals).toHaveLength(2)
  })

  it('defaults to the current month and refuses a month to come or a malformed one', async () => {
    const current = monthlyReportSchema.parse(
      JSON.parse((await get('lead01', '/reports/monthly')).text),
    )
    expect(current.byType.reduce((n, t) => n + t.received, 0)).toBeGreaterThan(0)
    const future = await get('lead01', '/reports/monthly?month=2099-01')
    expect(future.status).toBe(400)
    expect(JSON.parse(future.text).details.fields.month).toMatch(/must not be after/)
    const malformed = await get('lead01', '/reports/monthly?month=2026-13')
    expect(malformed.status).toBe(400)
    expect(JSON.parse(malformed.text).details.fields).toHaveProperty('month')
  })

  it('is not for agents', async () => {
    expect((await get('agent01', '/reports/monthly')).status).toBe(403)
    expect((await get('agent01', '/reports/monthly.csv')).status).toBe(403)
  })
})

describe('GET /api/reports/monthly.csv', () => {
  it('exports the same figures, one per row, and records the export in the audit log', async () => {
    const r = await get('compliance01', '/reports/monthly.csv?month=2024-05')
    expect(r.status).toBe(200)
    expect(r.contentType).toMatch(/text\/csv/)
    // Without Accept-Language the report is in Chinese.
    const rows = parseCsv(r.text)
    expect(rows[0]).toEqual(['部分', '项目', '指标', '数值'])
    expect(rows).toContainEqual(['处理时长（工作日）', '个人信息副本', '90 分位', '16.8'])
    expect(rows).toContainEqual(['按期率', '全部', '按期率', '0.667'])
    expect(rows).toContainEqual(['拒绝（按理由）', '未记录理由', '数量', '1'])
    const audit = JSON.parse((await get('compliance01', '/audit-events?q=report.export')).text) as {
      items: { actorId: string; target: string }[]
    }
    expect(audit.items[0]).toMatchObject({ actorId: 'S004', target: 'monthly:2024-05' })
  })
})

/** The report's CSV as the console asks for it, in a language; the raw bytes, BOM included. */
async function reportIn(language: string) {
  const response = await fetch(`${API}/reports/monthly.csv?month=2024-05`, {
    headers: {
      Authorization: `Bearer ${await tokenOf('compliance01')}`,
      'Accept-Language': language,
    },
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { bom: [...bytes.slice(0, 3)], rows: parseCsv(new TextDecoder().decode(bytes)) }
}

describe('GET /api/reports/monthly.csv in the console’s language', () => {
  it('is Chinese for a Chinese console, behind a byte-order mark, with the time in Beijing time', async () => {
    const { bom, rows } = await reportIn('zh-CN')
    expect(bom).toEqual([0xef, 0xbb, 0xbf])
    expect(rows[0]).toEqual(['部分', '项目', '指标', '数值'])
    expect(rows[1]).toEqual(['报表', '2024-05', '起始日', '2024-05-01'])
    expect(rows[3]!.slice(0, 3)).toEqual(['报表', '2024-05', '生成时间（北京时间）'])
    expect(rows[3]![3]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(rows).toContainEqual(['请求', '账号注销', '收到', expect.any(String)])
  })

  it('is English when asked', async () => {
    const { bom, rows } = await reportIn('en-US')
    expect(bom).toEqual([0xef, 0xbb, 0xbf])
    expect(rows[0]).toEqual(['section', 'item', 'measure', 'value'])
    expect(rows[1]).toEqual(['Report', '2024-05', 'First day', '2024-05-01'])
    expect(rows).toContainEqual([
      'Handling time (working days)',
      'Copy of data',
      '90th percentile',
      '16.8',
    ])
    expect(rows).toContainEqual(['On time', 'All', 'On-time rate', '0.667'])
    expect(rows).toContainEqual(['Refusals (by ground)', 'No ground recorded', 'Count', '1'])
  })
})
