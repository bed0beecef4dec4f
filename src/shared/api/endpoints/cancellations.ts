import { requestListQuery } from './requests'
import { ALL_ROLES, defineEndpoint, listQuery, WORKERS } from '../endpoint'
import { dataCategorySchema } from '../enums'
import {
  cancellationChecklistSchema,
  cancellationListSchema,
  dataPlanViewSchema,
  requestDetailSchema,
} from '../schemas'
import { z } from '../zod'

const cancellationListQuery = z.extend(listQuery, {
  status: requestListQuery.shape.status,
  assignee: requestListQuery.shape.assignee,
  flag: z.optional(z.enum(['due_soon', 'overdue', 'flagged'])),
})

export const cancellationEndpoints = {
  checklist: defineEndpoint({
    method: 'get',
    path: '/requests/:id/cancellation-checklist',
    roles: ALL_ROLES,
    response: cancellationChecklistSchema,
  }),
  dataPlan: defineEndpoint({
    method: 'get',
    path: '/requests/:id/data-plan',
    roles: ALL_ROLES,
    response: dataPlanViewSchema,
  }),
  execute: defineEndpoint({
    method: 'post',
    path: '/requests/:id/execute',
    roles: WORKERS,
    idempotent: true,
    response: requestDetailSchema,
    body: z.object({ category: dataCategorySchema }),
  }),
  list: defineEndpoint({
    method: 'get',
    path: '/cancellations',
    roles: ALL_ROLES,
    query: cancellationListQuery,
    response: cancellationListSchema,
  }),
}
