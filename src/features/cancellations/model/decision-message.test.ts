import { describe, expect, it } from 'vitest'
import { i18n } from '../../../shared/i18n/i18n'
import '../i18n'
import { decisionMessage } from './decision-message'

const zh = i18n.getFixedT('zh-CN')
const en = i18n.getFixedT('en-US')
// 23:00 UTC on 11 October is already 12 October in Shanghai: the user sees their own date.
const request = { requestId: 'R002401', receivedAt: '2026-10-11T23:00:00Z' }

describe('decisionMessage', () => {
  it('fills the approval template in the chosen language', () => {
    const message = decisionMessage(zh, { ...request, outcome: 'approve', blocking: [] })
    expect(message).toContain('2026-10-12')
    expect(message).toContain('R002401')
    expect(message).toContain('已审核通过')
    expect(decisionMessage(en, { ...request, outcome: 'approve', blocking: [] })).toMatch(
      /^Hello\. Your account cancellation request of 2026-10-12 \(ref\. R002401\) has been approved\./,
    )
  })

  it('tells the user each thing that blocks the cancellation', () => {
    const message = decisionMessage(zh, {
      ...request,
      outcome: 'reject',
      reasonCode: 'blocking_item',
      blocking: ['no_unfinished_tasks', 'wallet_settled'],
    })
    expect(message).toContain('原因：存在阻止注销的事项。')
    expect(message).toContain('您还有未完成的任务')
    expect(message).toContain('您的钱包仍有余额')
  })

  it('names a refusal ground of 6(8) and nothing else', () => {
    const message = decisionMessage(en, {
      ...request,
      outcome: 'reject',
      reasonCode: 'groundless_repetition',
      blocking: ['no_unfinished_tasks'],
    })
    expect(message).toContain('Reason: Groundlessly repeated request.')
    expect(message).not.toContain('unfinished tasks')
    expect(message).not.toContain('{{')
  })

  it('has no rejection text before a reason is chosen', () => {
    expect(
      decisionMessage(zh, { ...request, outcome: 'reject', reasonCode: null, blocking: [] }),
    ).toBe('')
  })
})
