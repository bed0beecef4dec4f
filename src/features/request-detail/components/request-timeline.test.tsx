import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RequestDetail, TimelineEvent } from '../../../shared/api/schemas'
import { renderWithProviders } from '../../../test/render'
import '../i18n'
import { RequestTimeline } from './request-timeline'

const at = '2026-11-20T02:00:00.000Z'
const events: TimelineEvent[] = [
  {
    at,
    actorId: 'S001',
    action: 'correction_prepared',
    reason: null,
    facts: { fields: ['phone', 'idNumber'] },
  },
  {
    at,
    actorId: 'S001',
    action: 'consent_withdrawn',
    reason: null,
    facts: { consents: ['clipboard', 'marketing'] },
  },
  { at, actorId: 'S003', action: 'assigned', reason: null, facts: { staffId: 'S002' } },
  {
    at,
    actorId: 'S003',
    action: 'deadline_extended',
    reason: '需向第三方核实材料',
    facts: { days: 5 },
  },
  { at, actorId: 'S003', action: 'data_plan_produced', reason: null, facts: { categoryCount: 10 } },
  {
    at,
    actorId: 'S001',
    action: 'data_plan_step',
    reason: null,
    facts: {
      category: 'payments',
      dataAction: 'keep',
      duty: 'accounting_tax',
      purgeOn: '2036-11-20',
    },
  },
  {
    at,
    actorId: 'S003',
    action: 'user_notified',
    reason: null,
    facts: { notifiedBy: ['sms', 'push'] },
  },
  {
    at,
    actorId: 'S001',
    action: 'deletion_prepared',
    reason: null,
    facts: { ground: 'no_consent', deleteCount: 3, anonymiseCount: 1, keepCount: 2 },
  },
  { at, actorId: 'system', action: 'received', reason: null, facts: { channel: 'hotline' } },
  {
    at,
    actorId: 'S001',
    action: 'identity_passed',
    reason: null,
    facts: { identityMethod: 'sms_code', evidence: ['sms_code'], pausedDays: 2 },
  },
]
const request = { timeline: events } as unknown as RequestDetail
const names: Record<string, string> = { S001: '客服小李', S002: '客服小王', S003: '主管陈' }

function texts(): string[] {
  return screen.getAllByTestId('timeline-event').map((e) => e.textContent ?? '')
}

describe('the request timeline', () => {
  it('puts each event’s facts in Chinese words, never codes', () => {
    renderWithProviders(<RequestTimeline request={request} staffName={(id) => names[id] ?? id} />)
    const all = texts().join('\n')
    expect(all).toContain('字段：手机号、身份证号')
    expect(all).toContain('撤回的授权：读取剪切板、定向推送与精准营销')
    expect(all).toContain('处理人：客服小王')
    expect(all).toContain('5 个工作日')
    expect(all).toContain('需向第三方核实材料')
    expect(all).toContain('10 个数据类别')
    expect(all).toContain('支付与收益记录：依法保存')
    expect(all).toContain('保存至 2036-11-20')
    expect(all).toContain('方式：短信、App 推送')
    expect(all).toContain(
      '依据：政策约定（隐私政策第六条第（三）项）（2）未经明示同意收集、使用个人信息；删除 3 项，匿名化 1 项，依法保存 2 项',
    )
    expect(all).toContain('渠道：客服热线')
    expect(all).toContain(
      '方式：短信验证码；材料：发送到注册手机号的验证码已回报正确；暂停的 2 个工作日已计入期限',
    )
    for (const code of [
      'idNumber',
      'clipboard',
      'marketing',
      'S002',
      'accounting_tax',
      'no_consent',
      'sms',
      'hotline',
    ])
      expect(all).not.toContain(code)
  })

  it('and in English when the console is in English', () => {
    localStorage.setItem('console.language', 'en-US')
    try {
      renderWithProviders(<RequestTimeline request={request} staffName={(id) => names[id] ?? id} />)
      const all = texts().join('\n')
      expect(all).toContain('Fields: Phone, ID number')
      expect(all).toContain(
        'Consents withdrawn: Read the clipboard, Targeted push and precise marketing',
      )
      expect(all).toContain('5 working days')
      expect(all).not.toContain('idNumber')
    } finally {
      localStorage.removeItem('console.language')
    }
  })
})
