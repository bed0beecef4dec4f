import { dateInput } from '../input-fields'
import { MAX_EXTENSION_DAYS } from '../../lib/deadline-extension'
import { ALL_ROLES, commaList, defineEndpoint, listQuery, WORKERS } from '../endpoint'
import {
  rejectionReasonSchema,
  requestStatusSchema,
  requestTypeSchema,
  requesterTypeSchema,
  channelSchema,
} from '../enums'
import { mergeInputSchema } from '../fee-schemas'
import { freeText } from '../free-text'
import {
  autoCloseResultSchema,
  createRequestInputSchema,
  pageSchema,
  requestCountsSchema,
  requestDetailSchema,
  requestListItemSchema,
} from '../schemas'
import { z } from '../zod'

export const requestListQuery = z.extend(listQuery, {
  type: z.optional(requestTypeSchema),
  status: z.optional(commaList(requestStatusSchema, 200)),
  assignee: z.optional(
    z.string().check(z.maxLength(40), z.regex(/^(me|none|S\d{3})$/, 'me, none or a staff id')),
  ),
  due: z.optional(z.enum(['overdue', 'due_soon', 'today'])),
  requesterType: z.optional(requesterTypeSchema),
  channel: z.optional(channelSchema),
  receivedFrom: z.optional(dateInput),
  receivedTo: z.optional(dateInput),
  /** `true`: only requests flagged as duplicates of an open one. */
  duplicate: z.optional(z.enum(['true', 'false'])),
  /**
   * Whose move an open request waits on, for the caller: `me` = what they can act on now (an
   * agent's or lead's own requests being worked, and for a lead the decisions others prepared
   * that wait for their check); `others` = their own requests that wait on someone else (the
   * requester, the checker, the carrying out).
   */
  waitingOn: z.optional(z.enum(['me', 'others'])),
  /** `false`: leave out completed, rejected and withdrawn requests; `true`: only those. */
  finished: z.optional(z.enum(['true', 'false'])),
})

export const requestEndpoints = {
  list: defineEndpoint({
    method: 'get',
    path: '/requests',
    roles: ALL_ROLES,
    query: requestListQuery,
    response: pageSchema(requestListItemSchema),
  }),
  counts: defineEndpoint({
    method: 'get',
    path: '/requests/counts',
    roles: ALL_ROLES,
    response: requestCountsSchema,
  }),
  detail: defineEndpoint({
    method: 'get',
    path: '/requests/:id',
    roles: ALL_ROLES,
    response: requestDetailSchema,
  }),
  create: defineEndpoint({
    method: 'post',
    path: '/requests',
    roles: WORKERS,
    body: createRequestInputSchema,
    idempotent: true,
    response: requestDetailSchema,
    status: 201,
  }),
  claim: defineEndpoint({
    method: 'post',
    path: '/requests/:id/claim',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: z.object({}),
  }),
  assign: defineEndpoint({
    method: 'post',
    path: '/requests/:id/assign',
    roles: ['lead'],
    idempotent: true,
    response: requestDetailSchema,
    body: z.object({ assigneeId: z.string().check(z.maxLength(40), z.regex(/^S\d{3}$/)) }),
  }),
  notes: defineEndpoint({
    method: 'post',
    path: '/requests/:id/notes',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: z.object({ text: freeText(z.minLength(1), z.maxLength(2000)) }),
  }),
  decide: defineEndpoint({
    method: 'post',
    path: '/requests/:id/decision',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: z
      .object({
        outcome: z.enum(['approve', 'reject']),
        reasonCode: z.optional(rejectionReasonSchema),
        message: freeText(z.minLength(1), z.maxLength(2000)),
      })
      .check(
        z.refine((d) => d.outcome === 'approve' || d.reasonCode, {
          message: 'a rejection needs a reason code',
          path: ['reasonCode'],
        }),
      ),
  }),
  approve: defineEndpoint({
    method: 'post',
    path: '/requests/:id/approve',
    roles: ['lead'],
    idempotent: true,
    response: requestDetailSchema,
    body: z.object({}),
  }),
  sendBack: defineEndpoint({
    method: 'post',
    path: '/requests/:id/send-back',
    roles: ['lead'],
    idempotent: true,
    response: requestDetailSchema,
    body: z.object({ reason: freeText(z.minLength(5), z.maxLength(1000)) }),
  }),
  extend: defineEndpoint({
    method: 'post',
    path: '/requests/:id/extend',
    roles: ['lead'],
    idempotent: true,
    response: requestDetailSchema,
    body: z.object({
      days: z.int().check(z.minimum(1), z.maximum(MAX_EXTENSION_DAYS)),
      reason: freeText(z.minLength(5), z.maxLength(1000)),
    }),
  }),
  remind: defineEndpoint({
    method: 'post',
    path: '/requests/:id/remind',
    roles: WORKERS,
    idempotent: true,
    body: z.object({}),
    response: requestDetailSchema,
  }),
  autoCloseUnverified: defineEndpoint({
    method: 'post',
    path: '/requests/auto-close-unverified',
    roles: ['lead', 'admin'],
    idempotent: true,
    body: z.object({}),
    response: autoCloseResultSchema,
  }),
  merge: defineEndpoint({
    method: 'post',
    path: '/requests/:id/merge',
    roles: ['agent', 'lead'],
    idempotent: true,
    response: requestDetailSchema,
    body: mergeInputSchema,
  }),
}
