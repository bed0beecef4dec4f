import { ALL_ROLES, defineEndpoint } from '../endpoint'
import {
  calendarUpdateResultSchema,
  calendarYearSchema,
  networkConditionsSchema,
  settingsInputSchema,
  settingsSchema,
  settingsUpdateResultSchema,
} from '../schemas'
import { z } from '../zod'

// Exactly four digits in the supported range: a number parser would also take `2026.0`, `+2026`
// or `02026`, and the year is part of what is stored and audited.
const yearParams = z.object({
  year: z
    .string()
    .check(z.maxLength(4), z.regex(/^(20\d\d|2100)$/, 'a year 2000–2100, four digits')),
})

export const adminEndpoints = {
  calendar: defineEndpoint({
    method: 'get',
    path: '/calendar',
    roles: ALL_ROLES,
    response: z.array(z.pick(calendarYearSchema, { year: true, loaded: true, source: true })),
  }),
  calendarYear: defineEndpoint({
    method: 'get',
    path: '/calendar/:year',
    roles: ALL_ROLES,
    params: yearParams,
    response: calendarYearSchema,
  }),
  saveCalendarYear: defineEndpoint({
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
  }),
  settings: defineEndpoint({
    method: 'get',
    path: '/settings',
    roles: ALL_ROLES,
    response: settingsSchema,
  }),
  saveSettings: defineEndpoint({
    method: 'put',
    path: '/settings',
    roles: ['admin'],
    ifMatch: 'version',
    // `preview=true` changes nothing: it answers how many open requests the save would give new
    // dates, so the admin is told before saving.
    query: z.object({ preview: z.optional(z.enum(['true', 'false'])) }),
    body: settingsInputSchema,
    response: settingsUpdateResultSchema,
  }),
  networkConditions: defineEndpoint({
    method: 'get',
    path: '/admin/network-conditions',
    roles: ['admin'],
    response: networkConditionsSchema,
  }),
  setNetworkConditions: defineEndpoint({
    method: 'put',
    path: '/admin/network-conditions',
    roles: ['admin'],
    body: networkConditionsSchema,
    response: networkConditionsSchema,
  }),
}
