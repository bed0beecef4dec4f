import { describe, expect, it } from 'vitest'
import type { RetentionDuty } from '../api/enums'
import type { DataPlanItem } from '../api/schemas'
import { expectOutputs, expectResults } from '../../test/table'
import {
  addMonths,
  cancellationDataPlan,
  pendingCategories,
  planItemProblems,
  planProgress,
  purgeDate,
  withCategoryExecuted,
} from './data-plan'

describe('addMonths', () => {
  it('moves by calendar months and clamps to the end of a shorter month', () => {
    expectResults(addMonths, [
      [['2026-10-12', 6], '2027-04-12'],
      [['2026-08-31', 6], '2027-02-28'],
      [['2027-08-31', 6], '2028-02-29'],
      [['2028-02-29', 36], '2031-02-28'],
      [['2026-12-15', 1], '2027-01-15'],
    ])
  })
})

describe('purgeDate', () => {
  it('follows each legal duty', () => {
    expectOutputs(
      (duty: RetentionDuty) => purgeDate(duty, '2026-10-12'),
      [
        ['network_logs', '2027-04-12'],
        ['transaction_records', '2029-10-12'],
        ['disclosure_records', '2029-10-12'],
        ['accounting_tax', '2036-10-12'],
      ],
    )
  })
})

describe('cancellationDataPlan', () => {
  // 23:30 UTC on the 11th is already the 12th in Shanghai: dates follow Asia/Shanghai.
  const decidedAt = '2026-10-11T23:30:00Z'

  it('deletes or anonymises what may go and keeps the rest under a named duty until a date', () => {
    const plan = cancellationDataPlan({ decidedAt, lastDisclosureAt: null })
    const summary = Object.fromEntries(
      plan.items.map((i) => [i.category, [i.action, i.duty, i.purgeOn]]),
    )
    expect(summary).toEqual({
      profile: ['anonymise', null, null],
      identity: ['delete', null, null],
      contact: ['delete', null, null],
      device_logs: ['keep', 'network_logs', '2027-04-12'],
      location: ['delete', null, null],
      task_history: ['keep', 'transaction_records', '2029-10-12'],
      account_list: ['delete', null, null],
      marketing_profile: ['delete', null, null],
      payments: ['keep', 'accounting_tax', '2036-10-12'],
    })
    expect(plan.producedAt).toBe(decidedAt)
    expect(plan.completedAt).toBeNull()
    expect(plan.items.every((i) => i.executedAt === null && planItemProblems(i).length === 0)).toBe(
      true,
    )
  })

  it('keeps disclosure records for three years after the last disclosure', () => {
    const plan = cancellationDataPlan({ decidedAt, lastDisclosureAt: '2026-03-01T10:00:00+08:00' })
    expect(plan.items.at(-1)).toMatchObject({
      category: 'disclosure_records',
      action: 'keep',
      duty: 'disclosure_records',
      retainFrom: '2026-03-01',
      purgeOn: '2029-03-01',
    })
  })

  it('deletes disclosure records whose duty has already run out', () => {
    const plan = cancellationDataPlan({ decidedAt, lastDisclosureAt: '2023-01-05T10:00:00+08:00' })
    expect(plan.items.at(-1)).toMatchObject({
      category: 'disclosure_records',
      action: 'delete',
      duty: null,
      purgeOn: null,
    })
  })
})

describe('planItemProblems', () => {
  const base: DataPlanItem = {
    category: 'payments',
    action: 'keep',
    duty: 'accounting_tax',
    retainFrom: '2026-10-12',
    purgeOn: '2036-10-12',
    executedAt: null,
    executedBy: null,
  }

  it('accepts a kept item with its duty and dates', () => {
    expect(planItemProblems(base)).toEqual([])
  })

  it('refuses keeping without a duty, or purging earlier than the duty allows', () => {
    expect(planItemProblems({ ...base, duty: null })).toContain(
      'keeping data needs a named legal duty',
    )
    expect(planItemProblems({ ...base, purgeOn: '2030-01-01' })).toEqual([
      'the purge date is earlier than the duty allows',
    ])
  })

  it('refuses a duty on data that is deleted', () => {
    expect(planItemProblems({ ...base, action: 'delete' })).toEqual([
      'data to delete is not kept under a duty',
    ])
  })
})

describe('executing a plan', () => {
  it('marks categories one by one and completes with the last', () => {
    let plan = cancellationDataPlan({
      decidedAt: '2026-10-12T10:00:00+08:00',
      lastDisclosureAt: null,
    })
    expect(planProgress(plan)).toEqual({ done: 0, total: 9 })
    plan = withCategoryExecuted(plan, 'identity', '2026-10-12T11:00:00+08:00', 'S001')
    expect(planProgress(plan)).toEqual({ done: 1, total: 9 })
    expect(pendingCategories(plan)).not.toContain('identity')
    // Carrying out the same category twice changes nothing.
    expect(withCategoryExecuted(plan, 'identity', '2026-10-12T12:00:00+08:00', 'S003')).toEqual(
      plan,
    )
    for (const category of pendingCategories(plan))
      plan = withCategoryExecuted(plan, category, '2026-10-12T11:05:00+08:00', 'S001')
    expect(plan.completedAt).toBe('2026-10-12T11:05:00+08:00')
    expect(pendingCategories(plan)).toEqual([])
  })
})
