import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RequestDetail, TimelineEvent } from '../../../shared/api/schemas'
import { renderWithProviders } from '../../../test/render'
import { timelineEvent } from '../../../test/timeline-event'
import '../i18n'
import { RequestTimeline } from './request-timeline'

const at = '2026-11-20T02:00:00.000Z'
const events: TimelineEvent[] = [
  timelineEvent(at, 'S001', 'correction_prepared', { fields: ['phone', 'idNumber'] }),
  timelineEvent(at, 'S001', 'consent_withdrawn', { consents: ['clipboard', 'marketing'] }),
  timelineEvent(at, 'S003', 'assigned', { staffId: 'S002' }),
  timelineEvent(at, 'S003', 'deadline_extended', { days: 5 }, '需向第三方核实材料'),
  timelineEvent(at, 'S003', 'data_plan_produced', { categoryCount: 10 }),
  timelineEvent(at, 'S001', 'data_plan_step', {
    category: 'payments',
    dataAction: 'keep',
    duty: 'accounting_tax',
    purgeOn: '2036-11-20',
  }),
  timelineEvent(at, 'S003', 'user_notified', { notifiedBy: ['sms', 'push'] }),
  timelineEvent(at, 'S001', 'deletion_prepared', {
    ground: 'no_consent',
    deleteCount: 3,
    anonymiseCount: 1,
    keepCount: 2,
  }),
  timelineEvent(at, 'system', 'received', { channel: 'hotline' }),
  timelineEvent(at, 'S001', 'identity_passed', {
    identityMethod: 'sms_code',
    evidence: ['sms_code'],
    pausedDays: 2,
  }),
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
    for (const words of [
      '字段：手机号、身份证号',
      '撤回的授权：读取剪切板、定向推送与精准营销',
      '处理人：客服小王',
      '5 个工作日',
      '需向第三方核实材料',
      '10 个数据类别',
      '支付与收益记录：依法保存',
      '保存至 2036-11-20',
      '方式：短信、App 推送',
      '依据：政策约定（隐私政策第六条第（三）项）（2）未经明示同意收集、使用个人信息；删除 3 项，匿名化 1 项，依法保存 2 项',
      '渠道：客服热线',
      '方式：短信验证码；材料：发送到注册手机号的验证码已回报正确；暂停的 2 个工作日已计入期限',
    ])
      expect(all).toContain(words)
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
