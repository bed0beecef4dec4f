import { describe, expect, it } from 'vitest'
import type { IncidentDetail } from '../../../shared/api/incident-schemas'
import { checkTemplate } from '../../../shared/lib/incident-template'
import { draftFromRecord, skeleton, smsSegments } from './notice-draft'

const incident = {
  dataCategories: ['contact', 'location'],
  description: '接口配置错误。',
  impact: '手机号可能外泄。',
  measuresTaken: '已关闭接口。',
  measuresPlanned: '将增加鉴权。',
  adviceToUsers: '警惕诈骗电话。',
  remedies: '免费来电提醒一年。',
} as IncidentDetail

describe('draftFromRecord', () => {
  it('answers each element from the record fields, so the draft passes the check', () => {
    const text = draftFromRecord(incident, '尊敬的用户：')
    expect(text).toBe(
      '尊敬的用户：\n【事件情况】接口配置错误。 手机号可能外泄。\n【涉及的个人信息】本次事件涉及您的联系方式、位置信息。\n【已采取措施】已关闭接口。 将增加鉴权。\n【防范建议】警惕诈骗电话。\n【补救措施】免费来电提醒一年。\n【联系我们】如有疑问，请联系任务易客服，或登录智零工官网 www.zjn1.cn 通过在线客服咨询。',
    )
    expect(checkTemplate(text, 'zh-CN').ok).toBe(true)
  })
})

describe('skeleton', () => {
  it('holds the six headings and nothing under them, which the check refuses', () => {
    const text = skeleton('en-US', 'Dear user,')
    expect(text).toBe(
      'Dear user,\n[What happened]\n[Personal information involved]\n[Our measures]\n[Protect yourself]\n[Remedies]\n[Contact us]\n',
    )
    expect(checkTemplate(text, 'en-US').problems).toEqual([
      'incident',
      'categories',
      'measures',
      'advice',
      'remedies',
      'contact',
    ])
  })
})

describe('smsSegments', () => {
  it('counts Chinese text at 70 characters in one message and 67 per part', () => {
    expect(smsSegments('')).toEqual({ chars: 0, segments: 0 })
    expect(smsSegments('字'.repeat(70))).toEqual({ chars: 70, segments: 1 })
    expect(smsSegments('字'.repeat(71))).toEqual({ chars: 71, segments: 2 })
    expect(smsSegments('字'.repeat(135))).toEqual({ chars: 135, segments: 3 })
  })

  it('counts plain ASCII at 160 and 153 per part', () => {
    expect(smsSegments('a'.repeat(160)).segments).toBe(1)
    expect(smsSegments('a'.repeat(161)).segments).toBe(2)
  })
})
