import { describe, expect, it } from 'vitest'
import { i18n } from '../i18n/i18n'
import { auditReasonText } from './audit-reason'

const zh = i18n.getFixedT('zh-CN')
const en = i18n.getFixedT('en-US')
const staffName = (id: string) => (id === 'S001' ? '客服小李' : id)

describe('auditReasonText', () => {
  it.each([
    ['user.disclosure_statement', '2 item(s)', '2 条', '2 items'],
    ['user.disclosure_statement', '1 item(s)', '1 条', '1 item'],
    [
      'audit.export',
      '3 event(s); action=session.sign_in',
      '3 条事件；筛选条件：action=session.sign_in',
      '3 events; filter: action=session.sign_in',
    ],
    ['disclosure.export', '0 record(s)', '0 条记录', '0 records'],
    ['staff.deactivated', '2 session(s) ended', '结束了 2 个会话', '2 sessions ended'],
    ['staff.role_changed', 'agent -> lead', '客服专员 → 审核主管', 'Support agent → Review lead'],
    ['request.assigned', '{"staffId":"S001"}', '处理人：客服小李', 'Assignee: 客服小李'],
    ['request.user_notified', 'sms, push', '方式：短信、App 推送', 'By: SMS, App push'],
    [
      'user.corrected',
      'R000123: phone, idNumber',
      '字段：手机号、身份证号；请求：R000123',
      'Fields: Phone, ID number; Request: R000123',
    ],
    [
      'database.reset',
      'reset; replaced audit log: 812 event(s), head 9f2c0a7b; replaced ledger: 320 record(s), head 00a1b2c3',
      '替换了此前的审计日志 812 条（末条哈希 9f2c0a7b）和披露台账 320 条（末条哈希 00a1b2c3）',
      'replaced the earlier audit log of 812 events (last hash 9f2c0a7b) and ledger of 320 records (last hash 00a1b2c3)',
    ],
  ])('puts %s’s “%s” into words', (action, reason, inChinese, inEnglish) => {
    expect(auditReasonText(action, reason, zh, staffName)).toBe(inChinese)
    expect(auditReasonText(action, reason, en, staffName)).toBe(inEnglish)
  })

  it.each([
    ['user.reveal.phone', '用户来电核对'],
    ['request.note_added', '{not json'],
    ['request.user_notified', 'sms, fax'],
    ['request.claimed', '{"unknown":true,"days":"x"}'],
    ['staff.role_changed', 'agent -> superuser'],
    ['settings.updated', '{"staffId":"S001"}'],
  ])('leaves %s’s “%s” as written', (action, reason) => {
    expect(auditReasonText(action, reason, zh, staffName)).toBe(reason)
  })

  it('has nothing to say for no reason', () => {
    expect(auditReasonText('session.sign_in', null, zh, staffName)).toBeNull()
  })
})
