import { describe, expect, it } from 'vitest'
import type { DeletionPlanItemInput } from '../api/deletion-schemas'
import {
  deletionDoneNotice,
  deletionNotice,
  deletionProposal,
  dutiesFor,
  resolveDeletionPlan,
} from './deletion-plan'

// 23:30 UTC on the 11th is already the 12th in Shanghai.
const preparedAt = '2026-10-11T23:30:00Z'
const proposal = deletionProposal({ preparedAt, lastDisclosureAt: null })
const asInput = (): DeletionPlanItemInput[] =>
  proposal.map((i) => ({ category: i.category, action: i.action, duty: i.duty }))

describe('deletionProposal', () => {
  it('keeps only what a duty requires, from the day the decision is prepared', () => {
    const kept = proposal
      .filter((i) => i.action === 'keep')
      .map((i) => [i.category, i.duty, i.retainFrom, i.purgeOn])
    expect(kept).toEqual([
      ['device_logs', 'network_logs', '2026-10-12', '2027-04-12'],
      ['task_history', 'transaction_records', '2026-10-12', '2029-10-12'],
      ['payments', 'accounting_tax', '2026-10-12', '2036-10-12'],
    ])
    expect(proposal.find((i) => i.category === 'disclosure_records')).toBeUndefined()
  })

  it('keeps disclosure records from the last disclosure while the duty runs', () => {
    const withLedger = deletionProposal({
      preparedAt,
      lastDisclosureAt: '2026-03-01T10:00:00+08:00',
    })
    expect(withLedger.find((i) => i.category === 'disclosure_records')).toMatchObject({
      action: 'keep',
      retainFrom: '2026-03-01',
      purgeOn: '2029-03-01',
    })
  })
})

describe('dutiesFor', () => {
  it('names only the duties that cover a category', () => {
    expect(dutiesFor('payments')).toEqual(['transaction_records', 'accounting_tax'])
    expect(dutiesFor('location')).toEqual([])
  })
})

describe('resolveDeletionPlan', () => {
  it('accepts the proposal as it stands and fills in the retention dates', () => {
    const { items, problems } = resolveDeletionPlan(asInput(), proposal, preparedAt)
    expect(problems).toEqual({})
    expect(items).toEqual(proposal)
  })

  it('lets staff anonymise instead of delete and keep data longer than the duty asks', () => {
    const input = asInput().map((i) =>
      i.category === 'contact'
        ? { ...i, action: 'anonymise' as const }
        : i.category === 'device_logs'
          ? { ...i, purgeOn: '2027-12-31' }
          : i,
    )
    const { items, problems } = resolveDeletionPlan(input, proposal, preparedAt)
    expect(problems).toEqual({})
    expect(items.find((i) => i.category === 'device_logs')?.purgeOn).toBe('2027-12-31')
  })

  it('names each category that is wrong, and why', () => {
    const input = asInput()
      .filter((i) => i.category !== 'profile')
      .map((i) => {
        if (i.category === 'location')
          return { ...i, action: 'keep' as const, duty: 'network_logs' as const }
        if (i.category === 'identity') return { ...i, action: 'keep' as const, duty: null }
        if (i.category === 'task_history') return { ...i, action: 'delete' as const, duty: null }
        if (i.category === 'device_logs') return { ...i, purgeOn: '2027-01-01' }
        return i
      })
    const { problems } = resolveDeletionPlan(
      [...input, { category: 'contact', action: 'delete' }],
      proposal,
      preparedAt,
    )
    expect(Object.keys(problems).sort()).toEqual([
      'plan.contact',
      'plan.device_logs',
      'plan.identity',
      'plan.location',
      'plan.profile',
      'plan.task_history',
    ])
    expect(problems['plan.location']).toContain('network_logs does not cover location')
    expect(problems['plan.identity']).toContain('needs a named legal duty')
    expect(problems['plan.task_history']).toContain(
      'the law requires keeping this under transaction_records until 2029-10-12',
    )
    expect(problems['plan.device_logs']).toContain('earlier than the duty allows')
    expect(problems['plan.profile']).toBe('not decided')
    expect(problems['plan.contact']).toBe('decided more than once')
  })

  it('refuses a category the platform does not hold for the user', () => {
    const { problems } = resolveDeletionPlan(
      [...asInput(), { category: 'disclosure_records', action: 'delete' }],
      proposal,
      preparedAt,
    )
    expect(problems).toEqual({
      'plan.disclosure_records': 'the platform holds no such data about this user',
    })
  })
})

describe('deletionNotice', () => {
  it('tells the user the ground, what goes and what is kept under which law until when', () => {
    const text = deletionNotice('R000042', 'no_consent', proposal)
    expect(text).toContain('R000042')
    expect(text).toContain('未经明示同意收集、使用个人信息')
    expect(text).toContain('将删除：身份信息、联系方式、位置信息、通讯录与聊天记录、营销画像。')
    expect(text).toContain('将匿名化处理（不再能识别您）：基本资料。')
    expect(text).toContain(
      '- 支付与收益记录：会计凭证与涉税资料保存 10 年（《税收征收管理法实施细则》第二十九条），保存至 2036-10-12。',
    )
  })
})

describe('deletionDoneNotice', () => {
  it('tells the user what was deleted and anonymised, and what stays until when', () => {
    const text = deletionDoneNotice('R000042', proposal)
    expect(text).toContain('R000042）已办理完毕')
    expect(text).toContain('已删除：身份信息、联系方式、位置信息、通讯录与聊天记录、营销画像。')
    expect(text).toContain('已匿名化处理：基本资料。')
    expect(text).toContain(
      '- 任务记录：交易记录保存 3 年（《电子商务法》第三十一条），保存至 2029-10-12。',
    )
  })
})
