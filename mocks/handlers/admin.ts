import { parseCalendarYearJson } from '../../src/shared/lib/calendar-year-json'
import { HttpError, reply, requireVersion, route } from '../http/route'
import { getNetworkConditions, setNetworkConditions } from '../http/network-conditions'
import { openRequestsWithNewDates, recomputeOpenDeadlines } from './recompute'
import { adminEndpoints } from '../../src/shared/api/endpoints/admin'
import { defineEndpoint } from '../../src/shared/api/endpoint'
import { z } from '../../src/shared/api/zod'
import { resetDemoDataInputSchema } from '../../src/shared/api/schemas'

// A demo tool of the mock only, so it is left out of the API document.
const resetEndpoint = defineEndpoint({
  method: 'post',
  path: '/admin/reset',
  roles: ['admin'],
  body: resetDemoDataInputSchema,
  idempotent: true,
  mockOnly: true,
  response: z.object({ status: z.literal('reset') }),
})

export const adminHandlers = [
  route(adminEndpoints.calendar, {
    async handle({ backend }) {
      return backend.db.calendar
        .all()
        .map((y) => ({ year: y.year, loaded: y.loaded, source: y.source }))
        .sort((a, b) => a.year - b.year)
    },
  }),
  route(adminEndpoints.calendarYear, {
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
  route(adminEndpoints.saveCalendarYear, {
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
            issues: Object.fromEntries(
              parsed.errors.map((e) => [`line ${e.line}`, { code: 'invalid_format' }]),
            ),
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
  route(adminEndpoints.settings, {
    async handle({ backend }) {
      return backend.settings()
    },
  }),
  route(adminEndpoints.saveSettings, {
    async handle({ query, body, backend, request, audit }) {
      requireVersion(request, backend.settings())
      if (body.cancellationTargetDays > body.cancellationDeadlineDays) {
        throw new HttpError(
          400,
          'VALIDATION_FAILED',
          'The cancellation target cannot be later than its deadline',
          {
            fields: { cancellationTargetDays: 'must not exceed cancellationDeadlineDays' },
            issues: {
              cancellationTargetDays: { code: 'too_big', maximum: body.cancellationDeadlineDays },
            },
          },
        )
      }
      // The same checks as a save, then the count of what it would move; nothing is stored.
      if (query.preview === 'true') {
        const current = backend.settings()
        const recomputed = openRequestsWithNewDates(backend, body).length
        return { ...current, ...body, version: current.version, recomputed }
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
  route(resetEndpoint, {
    transaction: 'own',
    async handle({ backend, staff, now }) {
      await backend.reset({ actorId: staff.id, role: staff.role }, now)
      return reply(200, { status: 'reset' })
    },
  }),
  route(adminEndpoints.networkConditions, {
    faultFree: true,
    async handle() {
      return getNetworkConditions()
    },
  }),
  route(adminEndpoints.setNetworkConditions, {
    faultFree: true,
    async handle({ body, audit }) {
      setNetworkConditions(body)
      await audit('network_conditions.updated', 'mock', { reason: JSON.stringify(body) })
      return getNetworkConditions()
    },
  }),
]
