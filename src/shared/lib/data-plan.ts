import type { DataCategory, DataPlanAction, RetentionDuty } from '../api/enums'
import type { DataPlan, DataPlanItem } from '../api/schemas'
import { daysInMonth, shanghaiDate } from './working-days'

// What happens to each category of a user's data when their account is cancelled (policy 6(5))
// or their data deleted (6(3)): delete, anonymise, or keep under a named legal duty until a
// date, after which it is purged. Used by the server to produce and execute plans, and by the UI.

/** How long each duty keeps data, in months (DOMAIN.md: retention duties). */
export const RETENTION_MONTHS: Record<RetentionDuty, number> = {
  transaction_records: 36, // E-Commerce Law art. 31: at least 3 years after the transaction
  accounting_tax: 120, // Tax Collection Administration Law implementing rules art. 29: 10 years
  network_logs: 6, // Cybersecurity Law art. 21: at least 6 months
  disclosure_records: 36, // PIPL art. 56: at least 3 years
}

/** The calendar date `months` later, clamped to the end of a shorter month (31 Aug + 6 = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const day = Math.min(d, daysInMonth(year, month))
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function purgeDate(duty: RetentionDuty, from: string): string {
  return addMonths(from, RETENTION_MONTHS[duty])
}

function item(
  category: DataCategory,
  action: DataPlanAction,
  duty: RetentionDuty | null = null,
  from: string | null = null,
): DataPlanItem {
  return {
    category,
    action,
    duty,
    retainFrom: duty ? from : null,
    purgeOn: duty && from ? purgeDate(duty, from) : null,
    executedAt: null,
    executedBy: null,
  }
}

export interface CancellationFacts {
  /** When the cancellation took effect: services stop, so no transaction or log is later. */
  decidedAt: string
  /** The user's most recent record in the disclosure ledger, if any. */
  lastDisclosureAt: string | null
}

/**
 * The default plan for a cancelled account. The profile is anonymised rather than deleted because
 * the task and payment records the law keeps still refer to the account; the stub no longer
 * identifies the person.
 */
export function cancellationDataPlan(facts: CancellationFacts): DataPlan {
  const day = shanghaiDate(facts.decidedAt)
  const items = [
    item('profile', 'anonymise'),
    item('identity', 'delete'),
    item('contact', 'delete'),
    item('device_logs', 'keep', 'network_logs', day),
    item('location', 'delete'),
    item('task_history', 'keep', 'transaction_records', day),
    item('account_list', 'delete'),
    item('marketing_profile', 'delete'),
    item('payments', 'keep', 'accounting_tax', day),
  ]
  if (facts.lastDisclosureAt) {
    const from = shanghaiDate(facts.lastDisclosureAt)
    // Once the duty has run out there is nothing left that the law requires to be kept.
    items.push(
      purgeDate('disclosure_records', from) > day
        ? item('disclosure_records', 'keep', 'disclosure_records', from)
        : item('disclosure_records', 'delete'),
    )
  }
  return { producedAt: facts.decidedAt, items, completedAt: null }
}

/** What is wrong with a plan item, for staff-edited plans (deletion) and for the server's checks. */
export function planItemProblems(i: DataPlanItem): string[] {
  const problems: string[] = []
  if (i.action === 'keep') {
    if (!i.duty) problems.push('keeping data needs a named legal duty')
    if (!i.retainFrom || !i.purgeOn) problems.push('kept data needs the dates of its retention')
    else if (i.duty && i.purgeOn < purgeDate(i.duty, i.retainFrom))
      problems.push('the purge date is earlier than the duty allows')
  } else if (i.duty || i.purgeOn) {
    problems.push(`data to ${i.action} is not kept under a duty`)
  }
  return problems
}

export function planProgress(plan: DataPlan): { done: number; total: number } {
  return { done: plan.items.filter((i) => i.executedAt !== null).length, total: plan.items.length }
}

export function pendingCategories(plan: DataPlan): DataCategory[] {
  return plan.items.filter((i) => i.executedAt === null).map((i) => i.category)
}

/** The plan after one category was carried out; complete once every category is. */
export function withCategoryExecuted(
  plan: DataPlan,
  category: DataCategory,
  at: string,
  by: string,
): DataPlan {
  const items = plan.items.map((i) =>
    i.category === category && i.executedAt === null ? { ...i, executedAt: at, executedBy: by } : i,
  )
  const completedAt = items.every((i) => i.executedAt !== null) ? (plan.completedAt ?? at) : null
  return { ...plan, items, completedAt }
}
