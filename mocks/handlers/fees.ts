import { type FeeStatus } from '../../src/shared/api/fee-schemas'
import {
  type FeeQuote,
  type PrivacyRequest,
  type UserNotification,
} from '../../src/shared/api/schemas'
import { commonMessages } from '../../src/shared/i18n/common'
import {
  earlierRequests,
  FEE_TYPES,
  feeMayBeQuoted,
  feeWindow,
  formatFen,
} from '../../src/shared/lib/fees'
import { maskPhone } from '../../src/shared/lib/masking'
import type { Backend } from '../db/backend'
import { HttpError, route } from '../http/route'
import { actOnRequest, loadRequest, resume } from './requests'
import { feeEndpoints } from '../../src/shared/api/endpoints/fees'

// Cost fees for repeated requests (policy 6(8); DOMAIN.md "Fees and refusals"): past the free
// allowance staff quote a fee, the clock pauses until the user accepts, or the user withdraws.

export function feeStatus(backend: Backend, request: PrivacyRequest): FeeStatus {
  const allowance = backend.settings().freeRequestsPerYear
  const earlier = earlierRequests(request, backend.db.requests.all())
  const { after, to } = feeWindow(request.receivedAt)
  const quotes = request.feeQuotes ?? []
  return {
    requestId: request.id,
    allowance,
    count: earlier.length,
    windowAfter: after,
    windowTo: to,
    earlier: earlier.map((r) => ({ id: r.id, receivedAt: r.receivedAt, status: r.status })),
    feeMayBeQuoted: feeMayBeQuoted(request.type, earlier.length, allowance),
    pending: quotes.find((q) => q.status === 'pending') ?? null,
    quotes,
  }
}

/** The text the user receives by SMS: what the fee is for, and that they may accept or withdraw. */
function quoteText(request: PrivacyRequest, count: number, quote: FeeQuote): string {
  const type = commonMessages['zh-CN'].requestType[request.type]
  return (
    `【任务易】您的${type}申请（编号 ${request.id}）是近 12 个月内第 ${count + 1} 次同类申请，超出免费次数。` +
    `处理需收取成本费 ¥${formatFen(quote.amountFen)}（${quote.basis}）。` +
    `请致电客服确认是否接受；您也可以撤回申请。确认前处理期限暂停计算。`
  )
}

/** Closes a pending quote when the request ends without the user accepting it. */
export function declinePending(draft: PrivacyRequest, at: string, by: string, note: string): void {
  for (const quote of draft.feeQuotes ?? []) {
    if (quote.status !== 'pending') continue
    Object.assign(quote, { status: 'declined', answeredAt: at, answeredBy: by, answerNote: note })
  }
}

export const feeHandlers = [
  route(feeEndpoints.fee, {
    async handle({ backend, params }) {
      return feeStatus(backend, loadRequest(backend, params.id ?? ''))
    },
  }),
  route(feeEndpoints.quote, {
    async handle(ctx) {
      const { backend, body, staff } = ctx
      const at = new Date(ctx.now).toISOString()
      let count = 0
      const updated = await actOnRequest(
        ctx,
        'quote_fee',
        (draft) => {
          const quote: FeeQuote = {
            id: crypto.randomUUID(),
            amountFen: body.amountFen,
            basis: body.basis,
            quotedAt: at,
            quotedBy: staff.id,
            status: 'pending',
            answeredAt: null,
            answeredBy: null,
            answerChannel: null,
            answerNote: null,
          }
          const user = backend.db.users.get(draft.userId)
          const sms: UserNotification = {
            id: crypto.randomUUID(),
            channel: 'sms',
            to: user?.phone ? maskPhone(user.phone) : '—',
            at,
            text: quoteText(draft, count, quote),
          }
          draft.feeQuotes = [...(draft.feeQuotes ?? []), quote]
          draft.notifications = [...(draft.notifications ?? []), sms]
          draft.status = 'awaiting_requester'
          // The clock stops until the user answers (CONTRACT: awaiting_requester).
          draft.pausedAt = at
          return { event: 'fee_quoted', reason: `¥${formatFen(body.amountFen)} · ${body.basis}` }
        },
        (current) => {
          if (!FEE_TYPES.includes(current.type)) {
            throw new HttpError(
              409,
              'FEE_NOT_ALLOWED',
              `A ${current.type} request never carries a fee; only ${FEE_TYPES.join(' and ')} requests may`,
              {
                type: current.type,
                feeTypes: FEE_TYPES,
              },
            )
          }
          const status = feeStatus(backend, current)
          count = status.count
          if (!status.feeMayBeQuoted) {
            throw new HttpError(
              409,
              'FEE_NOT_ALLOWED',
              `Within the free allowance: ${status.count} earlier ${current.type} request(s) in 12 months, ${status.allowance} free`,
              { count: status.count, allowance: status.allowance },
            )
          }
        },
      )
      await ctx.audit('request.user_notified', updated.id, { reason: 'sms: fee quote' })
      return updated
    },
  }),
  route(feeEndpoints.accept, {
    handle: (ctx) =>
      actOnRequest(ctx, 'accept_fee', (draft) => {
        const at = new Date(ctx.now).toISOString()
        const note = ctx.body.note || null
        for (const quote of draft.feeQuotes ?? []) {
          if (quote.status !== 'pending') continue
          Object.assign(quote, {
            status: 'accepted',
            answeredAt: at,
            answeredBy: ctx.staff.id,
            answerChannel: ctx.body.channel,
            answerNote: note,
          })
        }
        draft.status = 'in_review'
        const paused = resume(ctx.backend, draft, at)
        return {
          event: 'fee_accepted',
          reason: note,
          facts: { channel: ctx.body.channel, ...(paused ? { pausedDays: paused } : {}) },
        }
      }),
  }),
  route(feeEndpoints.withdraw, {
    handle: (ctx) =>
      actOnRequest(ctx, 'withdraw', (draft) => {
        const at = new Date(ctx.now).toISOString()
        declinePending(draft, at, ctx.staff.id, ctx.body.reason)
        resume(ctx.backend, draft, at)
        draft.status = 'withdrawn'
        draft.completedAt = at
        return { event: 'withdrawn', reason: ctx.body.reason }
      }),
  }),
]
