import { z } from './zod'
import {
  disclosureBasisSchema,
  rejectionReasonSchema,
  requestStatusSchema,
  requestTypeSchema,
  roleSchema,
} from './enums'
import { chainCheckpointSchema } from './schemas'

// The home screens' and the monthly report's aggregates: computed by the backend, never from
// every row in the browser (GET /api/dashboard/*, GET /api/reports/monthly).

const isoDateTime = z.iso.datetime({ offset: true })
const isoDate = z.iso.date()
const count = z.int().check(z.nonnegative())
/** A share between 0 and 1; null when there was nothing to count. */
const share = z.nullable(z.number().check(z.minimum(0), z.maximum(1)))
/** A measured figure (days, reveals); null when there was nothing to measure. */
const measure = z.nullable(z.number().check(z.nonnegative()))
const month = z
  .string()
  .check(z.maxLength(40), z.regex(/^2\d{3}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, from 2000'))

export const statusCountSchema = z.object({ status: requestStatusSchema, count })

/** A request as a home-screen list shows it. */
export const requestBriefSchema = z.object({
  id: z.string(),
  type: requestTypeSchema,
  status: requestStatusSchema,
  assigneeId: z.nullable(z.string()),
  preparedBy: z.nullable(z.string()),
  receivedAt: isoDateTime,
  targetAt: z.nullable(isoDateTime),
  deadlineAt: z.nullable(isoDateTime),
  calendarProvisional: z.boolean(),
})
export type RequestBrief = z.infer<typeof requestBriefSchema>
const briefListSchema = z.object({ total: count, items: z.array(requestBriefSchema) })

export const agentDashboardSchema = z.object({
  generatedAt: isoDateTime,
  open: count,
  byStatus: z.array(statusCountSchema),
  dueToday: count,
  dueSoon: count,
  overdue: count,
  awaitingRequester: count,
  recent: z.array(
    z.object({
      at: isoDateTime,
      requestId: z.string(),
      type: requestTypeSchema,
      action: z.string(),
    }),
  ),
})
export type AgentDashboard = z.infer<typeof agentDashboardSchema>

export const onTimeSchema = z.object({
  type: z.nullable(requestTypeSchema),
  onTime: count,
  total: count,
  rate: share,
})
export type OnTime = z.infer<typeof onTimeSchema>

export const handlingTimeSchema = z.object({
  type: requestTypeSchema,
  count,
  median: measure,
  p90: measure,
  /** Requests closed after 0, 1, … working days; the last bucket holds that many and more. */
  histogram: z.array(count),
})
export type HandlingTime = z.infer<typeof handlingTimeSchema>

export const leadDashboardSchema = z.object({
  generatedAt: isoDateTime,
  windowDays: z.int().check(z.positive()),
  backlog: z.array(z.object({ type: requestTypeSchema, status: requestStatusSchema, count })),
  onTime: z.array(onTimeSchema),
  overdue: briefListSchema,
  dueSoon: briefListSchema,
  workload: z.array(
    z.object({
      staffId: z.string(),
      displayName: z.string(),
      role: roleSchema,
      open: count,
      overdue: count,
      dueSoon: count,
    }),
  ),
  approvals: briefListSchema,
  /** Who was made a checker (a lead) lately, and by whom: a second pair of eyes on the admins. */
  newCheckers: z.array(
    z.object({
      staffId: z.string(),
      username: z.string(),
      displayName: z.string(),
      grantedById: z.string(),
      grantedByName: z.string(),
      grantedAt: isoDateTime,
    }),
  ),
  trend: z.array(
    z.object({ date: isoDate, received: count, closed: count, onTime: count, answered: count }),
  ),
  handling: z.array(handlingTimeSchema),
})
export type LeadDashboard = z.infer<typeof leadDashboardSchema>

export const chainStatusSchema = z.object({
  chain: z.enum(['disclosures', 'audit']),
  /** Verified by the server when the dashboard was computed. */
  verifiedAt: isoDateTime,
  ok: z.boolean(),
  count,
  firstBrokenSeq: z.nullable(z.int().check(z.positive())),
  checkpoint: z.nullable(chainCheckpointSchema),
  /** Records appended since the latest checkpoint. */
  sinceCheckpoint: count,
})
export type ChainStatus = z.infer<typeof chainStatusSchema>

export const revealCountSchema = z.object({
  staffId: z.string(),
  displayName: z.string(),
  count,
  unusual: z.boolean(),
})

export const complianceDashboardSchema = z.object({
  generatedAt: isoDateTime,
  month,
  monthFirst: isoDate,
  monthLast: isoDate,
  disclosuresByBasis: z.array(z.object({ basis: disclosureBasisSchema, count })),
  pendingApplications: z.object({
    total: count,
    items: z.array(
      z.object({
        id: z.string(),
        applicantName: z.string(),
        recipientName: z.string(),
        recordedAt: isoDateTime,
        recordedBy: z.string(),
      }),
    ),
  }),
  chains: z.array(chainStatusSchema),
  reveals: z.object({
    weekStart: isoDate,
    median: measure,
    threshold: measure,
    staff: z.array(revealCountSchema),
  }),
})
export type ComplianceDashboard = z.infer<typeof complianceDashboardSchema>

export const adminDashboardSchema = z.object({
  generatedAt: isoDateTime,
  calendar: z.array(
    z.object({
      year: z.int(),
      loaded: z.boolean(),
      source: z.enum(['official', 'admin', 'none']),
      holidays: count,
      workdays: count,
      /** Open requests whose dates fall in a year not loaded. */
      provisionalOpen: count,
    }),
  ),
  staff: z.array(z.object({ role: roleSchema, active: count, inactive: count })),
})
export type AdminDashboard = z.infer<typeof adminDashboardSchema>

export const monthlyReportQuerySchema = z.object({ month: z.optional(month) })

export const monthlyReportSchema = z.object({
  month,
  first: isoDate,
  last: isoDate,
  generatedAt: isoDateTime,
  /** Received in the month, and closed in the month by outcome. */
  byType: z.array(
    z.object({
      type: requestTypeSchema,
      received: count,
      completed: count,
      rejected: count,
      withdrawn: count,
    }),
  ),
  handling: z.array(
    z.object({
      type: z.nullable(requestTypeSchema),
      count,
      median: z.nullable(z.number()),
      p90: z.nullable(z.number()),
    }),
  ),
  onTime: z.array(onTimeSchema),
  refusals: z.array(z.object({ ground: z.nullable(rejectionReasonSchema), count })),
  disclosures: z.array(z.object({ basis: disclosureBasisSchema, count })),
  reveals: z.array(z.object({ staffId: z.string(), displayName: z.string(), count })),
})
export type MonthlyReport = z.infer<typeof monthlyReportSchema>
