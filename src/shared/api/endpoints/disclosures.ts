import { disclosureBasisSchema, recipientTypeSchema } from '../enums'
import { dateInput } from '../input-fields'
import {
  applicationStatusSchema,
  disclosureApplicationInputSchema,
  disclosureApplicationSchema,
  disclosurePageSchema,
  disclosureStatementSchema,
  recordDisclosureInputSchema,
  rejectApplicationInputSchema,
} from '../disclosure-schemas'
import { defineEndpoint, listQuery } from '../endpoint'
import { disclosureRecordSchema, pageSchema } from '../schemas'
import { z } from '../zod'
import { chainEndpoints } from './chains'

const READERS = ['compliance', 'admin'] as const

export const ledgerFilters = z.object({
  userId: z.optional(
    z.string().check(z.maxLength(40), z.trim(), z.regex(/^U\d{6}$/, 'a user id such as U000123')),
  ),
  basis: z.optional(disclosureBasisSchema),
  recipientType: z.optional(recipientTypeSchema),
  from: z.optional(dateInput),
  to: z.optional(dateInput),
  recordedBy: z.optional(
    z.string().check(z.maxLength(40), z.regex(/^(S\d{3}|system)$/, 'a staff id or system')),
  ),
  corrects: z.optional(z.coerce.number().check(z.int(), z.positive())),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
})

export type LedgerFilters = z.infer<typeof ledgerFilters>

export const ledgerListQuery = z.extend(listQuery, ledgerFilters.shape)

export const disclosureEndpoints = {
  chain: chainEndpoints('/disclosures', READERS),
  list: defineEndpoint({
    method: 'get',
    path: '/disclosures',
    roles: READERS,
    query: ledgerListQuery,
    response: disclosurePageSchema,
  }),
  record: defineEndpoint({
    method: 'post',
    path: '/disclosures',
    roles: ['compliance'],
    body: recordDisclosureInputSchema,
    idempotent: true,
    response: disclosureRecordSchema,
    status: 201,
  }),
  exportCsv: defineEndpoint({
    method: 'get',
    path: '/disclosures/export.csv',
    roles: ['compliance'],
    query: ledgerFilters,
  }),
  detail: defineEndpoint({
    method: 'get',
    path: '/disclosures/:disclosureId',
    roles: READERS,
    response: disclosureRecordSchema,
  }),
  ofUser: defineEndpoint({
    method: 'get',
    path: '/users/:userId/disclosures',
    roles: ['agent', 'lead', 'compliance', 'admin'],
    query: z.object({
      requestId: z.optional(
        z
          .string()
          .check(z.maxLength(40), z.trim(), z.regex(/^R\d{6}$/, 'a request id such as R000123')),
      ),
    }),
    response: disclosureStatementSchema,
  }),
  applications: defineEndpoint({
    method: 'get',
    path: '/disclosures/applications',
    roles: READERS,
    query: z.extend(listQuery, { status: z.optional(applicationStatusSchema) }),
    response: pageSchema(disclosureApplicationSchema),
  }),
  apply: defineEndpoint({
    method: 'post',
    path: '/disclosures/applications',
    roles: ['compliance'],
    body: disclosureApplicationInputSchema,
    idempotent: true,
    response: disclosureApplicationSchema,
    status: 201,
  }),
  application: defineEndpoint({
    method: 'get',
    path: '/disclosures/applications/:applicationId',
    roles: READERS,
    response: disclosureApplicationSchema,
  }),
  approveApplication: defineEndpoint({
    method: 'post',
    path: '/disclosures/applications/:applicationId/approve',
    roles: ['compliance'],
    body: z.object({}),
    idempotent: true,
    response: disclosureRecordSchema,
    status: 201,
  }),
  rejectApplication: defineEndpoint({
    method: 'post',
    path: '/disclosures/applications/:applicationId/reject',
    roles: ['compliance'],
    body: rejectApplicationInputSchema,
    idempotent: true,
    response: disclosureApplicationSchema,
  }),
}
