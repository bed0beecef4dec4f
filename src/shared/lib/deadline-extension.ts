import type { RequestType } from '../api/enums'
import { zhCN as commonChinese } from '../i18n/common/zh-CN'
import { COMPLAINT_CHANNEL } from './rejection-notice'
import {
  CANCELLATION_PROMISE_DAYS,
  endOfWorkingDay,
  shanghaiDate,
  type WorkingDayCalendar,
} from './working-days'

// CONTRACT 2026-12 amendment: a cancellation's deadline never passes the 10th working day from
// receipt (the promise of policy 6(5)); a request of another type may be extended once, by at
// most 15 working days. Each extension needs a reason and sends the requester a notice. The mock
// server enforces this rule and the console's extension dialog offers exactly what it allows.

export { CANCELLATION_PROMISE_DAYS }

/** The most working days one extension of a request of another type may add. */
export const MAX_EXTENSION_DAYS = 15

/**
 * Why a request cannot be extended (by that much): a cancellation's promise, a second extension
 * of another type, or a clock that has not started (a rights request before identity passes).
 */
export const EXTENSION_REFUSALS = [
  'cancellation_promise',
  'already_extended',
  'clock_not_started',
] as const
export type ExtensionRefusal = (typeof EXTENSION_REFUSALS)[number]

export interface ExtensionAllowance {
  /** The most working days this request may be extended by now; 0 when it may not be. */
  maxDays: number
  refusal: ExtensionRefusal | null
  /** For a cancellation, the latest deadline its promise allows: the 10th working day from receipt. */
  latestDeadlineAt: string | null
}

export interface ExtensionSubject {
  type: RequestType
  receivedAt: string
  deadlineAt: string | null
  extensionDays: number
}

/** How far this request's deadline may still be extended, on this calendar. */
export function extensionAllowance(
  request: ExtensionSubject,
  calendar: WorkingDayCalendar,
): ExtensionAllowance {
  if (request.type === 'cancellation') {
    // The promise counts from the day the request was received, whatever moved the deadline since.
    const limit = calendar.addWorkingDays(
      shanghaiDate(request.receivedAt),
      CANCELLATION_PROMISE_DAYS,
    ).date
    const room = request.deadlineAt
      ? calendar.countWorkingDays(shanghaiDate(request.deadlineAt), limit).count
      : 0
    const maxDays = Math.max(0, Math.min(MAX_EXTENSION_DAYS, room))
    return {
      maxDays,
      refusal: maxDays > 0 ? null : 'cancellation_promise',
      latestDeadlineAt: endOfWorkingDay(limit),
    }
  }
  if (!request.deadlineAt)
    return { maxDays: 0, refusal: 'clock_not_started', latestDeadlineAt: null }
  if (request.extensionDays > 0)
    return { maxDays: 0, refusal: 'already_extended', latestDeadlineAt: null }
  return { maxDays: MAX_EXTENSION_DAYS, refusal: null, latestDeadlineAt: null }
}

/** The deadline after adding `days` working days to the current one. */
export function extendedDeadline(
  deadlineAt: string,
  days: number,
  calendar: WorkingDayCalendar,
): string {
  return endOfWorkingDay(calendar.addWorkingDays(shanghaiDate(deadlineAt), days).date)
}

/** `2026-12-04T23:59:59.999+08:00` as the requester reads it: 2026年12月4日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = shanghaiDate(iso).split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/**
 * The one text that tells a requester their request's deadline was extended: by how much, the
 * new deadline, the reason the lead wrote, and whom to ask.
 */
export function extensionNotice(input: {
  requestId: string
  type: RequestType
  days: number
  deadlineAt: string
  reason: string
}): string {
  const type = commonChinese.requestType[input.type]
  return [
    `【任务易】您的${type}申请（编号 ${input.requestId}）的办理期限已延长 ${input.days} 个工作日，新的办理期限为 ${chineseDate(input.deadlineAt)}。`,
    `延长原因：${input.reason.trim() || '无'}`,
    `如有疑问或异议，您可以${COMPLAINT_CHANNEL}联系我们。`,
  ].join('\n')
}
