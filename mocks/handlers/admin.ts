import { z } from '../../src/shared/api/zod'
import {
  calendarUpdateResultSchema,
  calendarYearSchema,
  networkConditionsSchema,
  resetDemoDataInputSchema,
  settingsInputSchema,
  settingsSchema,
  settingsUpdateResultSchema,
} from '../../src/shared/api/schemas'
import { parseCalendarYearJson } from '../../src/shared/lib/calendar-year-json'
import { ALL_ROLES, HttpError, reply, requireVersion, route } from '../http/route'
import { getNetworkConditions, setNetworkConditions } from '../http/network-conditions'
import { recomputeOpenDeadlines } from './recompute'

// Exactly four digits in the supported range: a number parser would also take `2026.0`, `+2026`
// or `02026`, and the year is part of what is stored and audited.
const yearParams = z.object({
  year: z
    .string()
    .check(z.maxLength(4), z.regex(/^(20\d\d|2100)$/, 'a year 2000–2100, four digits')),
})

export const adminHandlers = [
  route({
    method: 'get',
    path: '/calendar',
    roles: ALL_ROLES,
    response: z.array(z.pick(calendarYearSchema, { year: true, loaded: true, source: true })),
    async handle({ backend }) {
      return backend.db.calendar
        .all()
        .map((y) => ({ year: y.year, loaded: y.loaded, source: y.source }))
        .sort((a, b) => a.year - b.year)
    },
  }),
  route({
    method: 'get',
    path: '/calendar/:year',
    roles: ALL_ROLES,
    params: yearParams,
    response: calendarYearSchema,
    async handle({ params, backend }) {
      const year = Number(params.year)
      return (
        backend.db.calendar.get(year) ?? {
          year,
          holidays: {},
          workdays: {},
          loaded: false,
          source: 'none',
          version: 0,
        }
      )
    },
  }),
  route({
    method: 'put',
    path: '/calendar/:year',
    roles: ['admin'],
    params: yearParams,
    ifMatch: 'or-new',
    body: z.union([
      z.object({ text: z.string().check(z.maxLength(60_000)) }),
      z.pick(calendarYearSchema, { holidays: true, workdays: true }),
    ]),
    response: calendarUpdateResultSchema,
    async handle({ params, body, backend, request, audit }) {
      const year = Number(params.year)
      const stored = backend.db.calendar.get(year)
      // A year not stored yet is version 0, so two admins loading it at once cannot both win.
      requireVersion(
        request,
        stored ?? { version: 0 },
        stored ?? { year, holidays: {}, workdays: {}, loaded: false, source: 'none', version: 0 },
      )
      // Validate the whole year before changing anything: nothing is half-applied.
      const text = 'text' in body ? body.text : JSON.stringify({ year, ...body }, null, 2)
      const parsed = parseCalendarYearJson(text, year)
      if (!parsed.ok) {
        throw new HttpError(
          400,
          'CALENDAR_INVALID',
          `${parsed.errors.length} problem(s) in the calendar`,
          {
            errors: parsed.errors,
            fields: Object.fromEntries(parsed.errors.map((e) => [`line ${e.line}`, e.message])),
          },
        )
      }
      const record = {
        ...parsed.value,
        loaded: true,
        source: 'admin' as const,
        version: (stored?.version ?? 0) + 1,
      }
      if (stored) await backend.db.calendar.update(year, (d) => Object.assign(d, record))
      else await backend.db.calendar.insert(record)
      const recomputed = await recomputeOpenDeadlines(backend)
      await audit('calendar.updated', String(year), {
        reason: `${recomputed} open request(s) recomputed`,
      })
      return { ...backend.db.calendar.get(year), recomputed }
    },
  }),
  route({
    method: 'get',
    path: '/settings',
    roles: ALL_ROLES,
    response: settingsSchema,
    async handle({ backend }) {
      return backend.settings()
    },
  }),
  route({
    method: 'put',
    path: '/settings',
    roles: ['admin'],
    ifMatch: 'version',
    body: settingsInputSchema,
    response: settingsUpdateResultSchema,
    async handle({ body, backend, request, audit }) {
      requireVersion(request, backend.settings())
      if (body.cancellationTargetDays > body.cancellationDeadlineDays) {
        throw new HttpError(
          400,
          'VALIDATION_FAILED',
          'The cancellation target cannot be later than its deadline',
          {
            fields: { cancellationTargetDays: 'must not exceed cancellationDeadlineDays' },
          },
        )
      }
      await backend.db.settings.update('settings', (d) =>
        Object.assign(d, body, { version: d.version + 1 }),
      )
      const recomputed = await recomputeOpenDeadlines(backend)
      await audit('settings.updated', 'settings', {
        reason: `${recomputed} open request(s) recomputed`,
      })
      return { ...backend.settings(), recomputed }
    },
  }),
  // A demo tool of the mock only, so it is left out of the API document. Typing the word is
  // the confirmation: a stray or replayed click cannot wipe the demo data.
  route({
    method: 'post',
    path: '/admin/reset',
    roles: ['admin'],
    body: resetDemoDataInputSchema,
    idempotent: true,
    mockOnly: true,
    response: z.object({ status: z.literal('reset') }),
    transaction: 'own',
    async handle({ backend, staff, now }) {
      await backend.reset({ actorId: staff.id, role: staff.role }, now)
      return reply(200, { status: 'reset' })
    },
  }),
  route({
    method: 'get',
    path: '/admin/network-conditions',
    roles: ['admin'],
    faultFree: true,
    response: networkConditionsSchema,
    async handle() {
      return getNetworkConditions()
    },
  }),
  route({
    method: 'put',
    path: '/admin/network-conditions',
    roles: ['admin'],
    faultFree: true,
    body: networkConditionsSchema,
    response: networkConditionsSchema,
    async handle({ body, audit }) {
      setNetworkConditions(body)
      await audit('network_conditions.updated', 'mock', { reason: JSON.stringify(body) })
      return getNetworkConditions()
    },
  }),
]
