import { describe, expect, it } from 'vitest'
import { i18n } from '../../../shared/i18n/i18n'
import { auditReason, auditTargetText } from './audit-reason'

const zh = i18n.getFixedT('zh-CN')
const en = i18n.getFixedT('en-US')
const staffName = (id: string) => (id === 'S001' ? '客服小李' : id)
// The words as a reader sees them: the text, then the part kept raw.
const auditReasonText = (action: string, reason: string | null, t: typeof zh) => {
  const words = auditReason(action, reason, t, staffName)
  return words && words.text + (words.raw ?? '')
}

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
    // As the handlers write them: sign-in, staff accounts, chains, copy links, reveals, data plans,
    // retention, reports and notices.
    [
      'session.sign_in',
      'wrong credentials (2 in a row)',
      '用户名或密码错误（连续第 2 次）',
      'Wrong username or password (2 in a row)',
    ],
    [
      'session.sign_in',
      'throttled after 5 failures',
      '连续失败 5 次后暂缓登录',
      'Sign-in delayed after 5 failures in a row',
    ],
    [
      'staff.activation_failed',
      'wrong code (2 of 5)',
      '激活码错误（第 2 次，共可输错 5 次）',
      'Wrong activation code (2 of 5)',
    ],
    [
      'calendar.updated',
      '12 open request(s) recomputed',
      '重新计算了 12 个未结请求的期限',
      'Deadlines of 12 open requests recomputed',
    ],
    [
      'settings.updated',
      '1 open request(s) recomputed',
      '重新计算了 1 个未结请求的期限',
      'Deadline of 1 open request recomputed',
    ],
    [
      'staff.created',
      'agent07 as agent; activation code sent to 138****0007',
      '用户名 agent07，角色：客服专员；激活码已发送至 138****0007',
      'Username agent07, role: Support agent; activation code sent to 138****0007',
    ],
    ['staff.checker_granted', 'created as lead', '以审核主管身份创建', 'Created as a review lead'],
    [
      'staff.checker_granted',
      'agent -> lead',
      '客服专员 → 审核主管',
      'Support agent → Review lead',
    ],
    [
      'staff.password_reset',
      'activation code sent to l***@example.com; 1 session(s) ended',
      '激活码已发送至 l***@example.com；结束了 1 个会话',
      'Activation code sent to l***@example.com; 1 session ended',
    ],
    [
      'audit.delete',
      'append-only',
      '只能追加，不能修改或删除',
      'Append-only: cannot be changed or deleted',
    ],
    [
      'disclosure.checkpoints_export',
      '2 checkpoint(s), 1 epoch(s)',
      '2 个检查点，1 段见证记录',
      'checkpoints: 2; witness periods: 1',
    ],
    [
      'audit.checkpoint',
      '812 events, head 9f2c0a7b',
      '812 条，链头哈希 9f2c0a7b',
      '812 entries, head hash 9f2c0a7b',
    ],
    ['copy.download_refused', 'expired', '下载链接已过期', 'Download link expired'],
    ['copy.download_refused', 'locked', '下载链接已锁定', 'Download link locked'],
    ['copy.download_refused', 'code already used', '验证码已用过', 'Code already used'],
    ['copy.wrong_code', 'attempt 2', '第 2 次输错验证码', 'Wrong code, attempt 2'],
    [
      'user.reveal_refused',
      '10 reveals per hour reached',
      '已达每小时 10 次查看明文的上限',
      'Limit of 10 reveals per hour reached',
    ],
    [
      'user.reveal_refused',
      'phone was deleted on 2026-10-09T02:00:00.000Z by request R000123',
      '手机号：已删除（2026-10-09 10:00，请求 R000123）',
      'Phone: Deleted (2026-10-09 10:00, request R000123)',
    ],
    [
      'user.data_deleted',
      'profile: name, region (R000123)',
      '基本资料：姓名、地区；请求 R000123',
      'Profile: Name, Region; request R000123',
    ],
    [
      'user.data_kept',
      'payments: kept under accounting_tax until 2036-10-09 (R000123)',
      '支付与收益记录：依法保存至 2036-10-09，依据：会计凭证与涉税资料保存 10 年（《税收征收管理法实施细则》第二十九条）；请求 R000123',
      'Payments and earnings: kept until 2036-10-09 under Accounting and tax records, 10 years (Tax Collection Law implementing rules art. 29); request R000123',
    ],
    [
      'user.data_anonymised',
      'task_history: already deleted at 2026-10-09T02:00:00.000Z by R000100 (R000123)',
      '任务记录：已删除（2026-10-09 10:00，请求 R000100）；请求 R000123',
      'Task history: Deleted (2026-10-09 10:00, request R000100); request R000123',
    ],
    [
      'user.data_deleted',
      'device_logs: held outside the user record (R000123)',
      '设备信息与系统日志：保存在用户记录之外；请求 R000123',
      'Device and system logs: held outside the user record; request R000123',
    ],
    [
      'retention.purged',
      '3 purged (location 2, device_logs 1); 1 held by a legal hold or an open dispute',
      '清除 3 项（位置信息 2 项、设备信息与系统日志 1 项）；1 项因法律冻结或未结争议暂缓清除',
      '3 purged (Location 2, Device and system logs 1); 1 held back by a legal hold or an open dispute',
    ],
    [
      'retention.purged',
      '0 purged (nothing); 0 held by a legal hold or an open dispute',
      '清除 0 项（无）；0 项因法律冻结或未结争议暂缓清除',
      '0 purged (none); 0 held back by a legal hold or an open dispute',
    ],
    [
      'report.export',
      'monthly compliance report (CSV)',
      '月度合规报告（CSV）',
      'Monthly compliance report (CSV)',
    ],
    ['disclosure.application.approved', 'ledger seq 321', '台账序号 321', 'Ledger entry 321'],
    ['request.user_notified', 'sms: fee quote', '短信：费用报价', 'SMS: fee quote'],
    [
      'user.consent_withdrawn',
      'R000123: marketing, clipboard',
      '撤回的授权：定向推送与精准营销、读取剪切板；请求：R000123',
      'Consents withdrawn: Targeted push and precise marketing, Read the clipboard; Request: R000123',
    ],
  ])('puts %s’s “%s” into words', (action, reason, inChinese, inEnglish) => {
    expect(auditReasonText(action, reason, zh)).toBe(inChinese)
    expect(auditReasonText(action, reason, en)).toBe(inEnglish)
  })

  it.each([
    ['user.reveal.phone', '用户来电核对'],
    ['request.note_added', '{not json'],
    ['request.user_notified', 'sms, fax'],
    ['request.claimed', '{"unknown":true,"days":"x"}'],
    ['staff.role_changed', 'agent -> superuser'],
    ['settings.updated', '{"staffId":"S001"}'],
    ['user.data_deleted', 'profile: 用户来电要求 (R000123)'],
    ['retention.purged', '1 purged (passwords 1); 0 held by a legal hold or an open dispute'],
    ['user.consent_withdrawn', 'R000123: everything'],
    ['copy.download_refused', 'attempt 2'],
  ])('leaves %s’s “%s” as written', (action, reason) => {
    expect(auditReasonText(action, reason, zh)).toBe(reason)
  })

  it('keeps the filter an export ran raw, beside the words', () => {
    expect(
      auditReason('audit.export', '3 event(s); action=session.sign_in', zh, staffName),
    ).toEqual({ text: '3 条事件；筛选条件：', raw: 'action=session.sign_in' })
  })

  it('reads an incident’s events as its history does', () => {
    expect(auditReasonText('incident.created', 'high: 第三方短信服务商数据泄露', zh)).toBe(
      '重大：第三方短信服务商数据泄露',
    )
    expect(auditReasonText('incident.created', 'high: SMS vendor breach', en)).toBe(
      'Major: SMS vendor breach',
    )
    expect(auditReasonText('incident.updated', 'severity, measuresTaken', zh)).toBe(
      '修改了：事件级别、已采取的处置措施',
    )
    expect(auditReasonText('incident.updated', 'no change', zh)).toBe('没有改动')
    expect(auditReasonText('incident.campaign_sent', 'I000003-C1 sms to 337 user(s)', zh)).toBe(
      'I000003-C1：以短信发送给 337 位用户',
    )
    expect(auditReason('incident.users_added', '12 by query: region=北京', zh, staffName)).toEqual({
      text: '按条件加入 12 位用户；条件：',
      raw: 'region=北京',
    })
    expect(auditReasonText('incident.closed', '已全部告知，监管已报告', zh)).toBe(
      '已全部告知，监管已报告',
    )
  })

  it('names a purge by the due date it ran through, and the mock backend in words', () => {
    expect(auditTargetText('due through 2026-10-07', zh)).toBe('到期日不晚于 2026-10-07')
    expect(auditTargetText('due through 2026-10-07', en)).toBe('due on or before 2026-10-07')
    expect(auditTargetText('mock', zh)).toBe('演示后端')
    expect(auditTargetText('R000123', zh)).toBe('R000123')
  })

  it('has nothing to say for no reason', () => {
    expect(auditReasonText('session.sign_in', null, zh)).toBeNull()
  })
})
