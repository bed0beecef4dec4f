import { REQUEST_TYPES, type RequestType } from '../../src/shared/api/enums'
import { type MonthlyReport } from '../../src/shared/api/dashboard-schemas'
import { distribution, monthBounds, rate } from '../../src/shared/lib/aggregates'
import type { CsvCell } from '../../src/shared/lib/csv'
import { exportTime, csvForSpreadsheets, exportLanguage } from '../../src/shared/lib/csv-export'
import type { Language } from '../../src/shared/i18n/i18n'
import { commonMessages } from '../../src/shared/i18n/common'
import { exportMessages } from '../../src/shared/i18n/export'
import { zhCN as basisZh } from '../../src/shared/i18n/disclosure-basis/zh-CN'
import { enUS as basisEn } from '../../src/shared/i18n/disclosure-basis/en-US'
import type { Backend } from '../db/backend'
import { HttpError, replyCsv, route } from '../http/route'
import { disclosuresByBasis, revealsSince } from './compliance-dashboard'
import { factsOf, isoNow, todayIn } from './dashboard-facts'
import { reportEndpoints } from '../../src/shared/api/endpoints/reports'

type Refusal = MonthlyReport['refusals'][number]['ground']

function perType<T>(make: () => T): Record<RequestType, T> {
  return Object.fromEntries(REQUEST_TYPES.map((t) => [t, make()])) as Record<RequestType, T>
}

/** The month asked for, or the current one (Asia/Shanghai); a month still to come has no figures. */
function reportMonth(asked: string | undefined, now: number): string {
  const current = todayIn(now).slice(0, 7)
  const month = asked ?? current
  if (month > current) {
    throw new HttpError(400, 'VALIDATION_FAILED', `${month} has not begun yet`, {
      fields: { month: `must not be after ${current}` },
      issues: { month: { code: 'in_future' } },
    })
  }
  return month
}

/** The monthly compliance report, in one pass over the requests. */
export function monthlyReport(backend: Backend, month: string, now: number): MonthlyReport {
  const { first, last } = monthBounds(month)
  const calendar = backend.calendar()
  const byType = perType(() => ({ received: 0, completed: 0, rejected: 0, withdrawn: 0 }))
  const handling = perType(() => [] as number[])
  const onTime = perType(() => ({ onTime: 0, total: 0 }))
  const refusals = new Map<Refusal, number>()
  const inMonth = (day: string | null) => day !== null && day >= first && day <= last
  for (const r of backend.db.requests.all()) {
    const f = factsOf(r, calendar)
    if (inMonth(f.receivedDay)) byType[r.type].received++
    if (!inMonth(f.closedDay)) continue
    if (r.status === 'completed' || r.status === 'rejected' || r.status === 'withdrawn')
      byType[r.type][r.status]++
    // A refusal without a recorded ground is itself a finding (PIPL art. 50), so it is counted as such.
    if (r.status === 'rejected') {
      const ground = r.decision?.reasonCode ?? null
      refusals.set(ground, (refusals.get(ground) ?? 0) + 1)
    }
    if (f.handlingDays !== null) handling[r.type].push(f.handlingDays)
    if (f.onTime !== null) {
      onTime[r.type].total++
      if (f.onTime) onTime[r.type].onTime++
    }
  }
  const allOnTime = REQUEST_TYPES.reduce(
    (sum, t) => ({ onTime: sum.onTime + onTime[t].onTime, total: sum.total + onTime[t].total }),
    { onTime: 0, total: 0 },
  )
  return {
    month,
    first,
    last,
    generatedAt: isoNow(now),
    byType: REQUEST_TYPES.map((type) => ({ type, ...byType[type] })),
    handling: [
      ...REQUEST_TYPES.map((type) => ({ type, ...distribution(handling[type]) })),
      { type: null, ...distribution(REQUEST_TYPES.flatMap((t) => handling[t])) },
    ],
    onTime: [
      ...REQUEST_TYPES.map((type) => ({
        type,
        ...onTime[type],
        rate: rate(onTime[type].onTime, onTime[type].total),
      })),
      { type: null, ...allOnTime, rate: rate(allOnTime.onTime, allOnTime.total) },
    ],
    refusals: [...refusals]
      .map(([ground, count]) => ({ ground, count }))
      .sort((a, b) => b.count - a.count),
    disclosures: disclosuresByBasis(backend.db, first, last),
    reveals: revealsSince(backend.db, first, last),
  }
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000)

/**
 * One row per figure (section, item, measure, value): a shape any spreadsheet can pivot. In the
 * reader's language, the generation time in Beijing time, behind a byte-order mark.
 */
export function monthlyReportCsv(report: MonthlyReport, language: Language): string {
  const words = exportMessages[language].report
  const common = commonMessages[language]
  const type = (t: RequestType | null) => (t === null ? words.all : common.requestType[t])
  const ground = (g: string | null) =>
    g === null
      ? words.noGroundRecorded
      : Object.hasOwn(common.rejectionReason, g)
        ? common.rejectionReason[g as keyof typeof common.rejectionReason]
        : g
  type Row = [keyof typeof words.sections, string, keyof typeof words.measures, CsvCell]
  const rows: Row[] = [
    ['report', report.month, 'first_day', report.first],
    ['report', report.month, 'last_day', report.last],
    ['report', report.month, 'generated_at', exportTime(report.generatedAt)],
  ]
  for (const t of report.byType) {
    for (const measure of ['received', 'completed', 'rejected', 'withdrawn'] as const)
      rows.push(['requests', type(t.type), measure, t[measure]])
  }
  for (const h of report.handling) {
    rows.push(
      ['handling_working_days', type(h.type), 'count', h.count],
      ['handling_working_days', type(h.type), 'median', round(h.median)],
      ['handling_working_days', type(h.type), 'p90', round(h.p90)],
    )
  }
  for (const o of report.onTime) {
    rows.push(
      ['on_time', type(o.type), 'on_time', o.onTime],
      ['on_time', type(o.type), 'answered', o.total],
      ['on_time', type(o.type), 'rate', round(o.rate)],
    )
  }
  for (const r of report.refusals) rows.push(['refusals', ground(r.ground), 'count', r.count])
  // Named as the report's own screen names them.
  const basis = language === 'en-US' ? basisEn : basisZh
  for (const d of report.disclosures) rows.push(['disclosures', basis[d.basis], 'count', d.count])
  for (const r of report.reveals)
    rows.push(['reveals', `${r.staffId} ${r.displayName}`, 'count', r.count])
  return csvForSpreadsheets(
    [words.section, words.item, words.measure, words.value],
    rows.map(([section, item, measure, value]) => [
      words.sections[section],
      item,
      words.measures[measure],
      value,
    ]),
  )
}

export const reportHandlers = [
  route(reportEndpoints.monthly, {
    async handle({ query, backend, now }) {
      return monthlyReport(backend, reportMonth(query.month, now), now)
    },
  }),
  route(reportEndpoints.monthlyCsv, {
    async handle({ query, backend, now, audit, request }) {
      const report = monthlyReport(backend, reportMonth(query.month, now), now)
      // An export leaves the console: who took which month is on the audit record.
      await backend.write(() =>
        audit('report.export', `monthly:${report.month}`, {
          reason: 'monthly compliance report (CSV)',
        }),
      )
      const language = exportLanguage(request.headers.get('Accept-Language'))
      return replyCsv(monthlyReportCsv(report, language))
    },
  }),
]
