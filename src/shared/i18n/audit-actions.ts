import type { AuditEvent } from '../api/schemas'
import type { Language } from './i18n'
import { enUS } from './common/en-US'
import { zhCN } from './common/zh-CN'

// The words for the action codes the backend writes into the audit log. The codes themselves stay
// as they are (they are what is hashed and what compliance staff search by); people read these.
// Keyed by the whole code, dots and all, so they are looked up here rather than through `t`.
const zh = {
  'session.sign_in': '登录',
  'session.sign_out': '退出登录',
  'staff.created': '创建员工账号',
  'staff.activated': '员工激活账号',
  'staff.activation_failed': '激活码错误',
  'staff.checker_granted': '授予复核权限',
  'staff.role_changed': '变更员工角色',
  'staff.deactivated': '停用员工账号',
  'staff.reactivated': '重新启用员工账号',
  'staff.renamed': '修改员工姓名',
  'staff.password_reset': '重置员工密码',
  'settings.updated': '修改设置',
  'calendar.updated': '修改工作日历',
  'network_conditions.updated': '修改模拟网络状况',
  'database.reseeded': '重建演示数据',
  'database.reset': '重置演示数据',
  'user.reveal.idNumber': '查看完整身份证号',
  'user.reveal.phone': '查看完整手机号',
  'user.reveal.birthDate': '查看完整出生日期',
  'user.reveal_refused': '拒绝查看完整信息',
  'user.services_stopped': '账号停止服务',
  'user.data_delete': '删除用户数据',
  'user.data_anonymise': '匿名化用户数据',
  'user.data_keep': '依法保存用户数据',
  'user.data_purged': '清除到期保存的数据',
  'user.corrected': '更正用户信息',
  'user.consent_withdrawn': '撤回用户授权',
  'user.disclosure_statement': '查阅用户的对外提供记录',
  'copy.download_refused': '拒绝下载副本',
  'copy.wrong_code': '副本下载验证码错误',
  'request.correction_code_sent': '发送更正核验码',
  'retention.purged': '清除到期保存的数据',
  'incident.created': '记录安全事件',
  'incident.updated': '修改安全事件',
  'incident.users_added': '安全事件：按条件加入用户',
  'incident.users_imported': '安全事件：导入用户',
  'incident.users_removed': '安全事件：移出用户',
  'incident.campaign_sent': '安全事件：发送通知',
  'incident.campaign_retried': '安全事件：重试失败的通知',
  'incident.announcement_published': '安全事件：发布公告',
  'incident.regulator_reported': '安全事件：向监管部门报告',
  'incident.closed': '安全事件结案',
  'disclosure.recorded': '登记对外提供记录',
  'disclosure.export': '导出披露台账',
  'disclosure.application.recorded': '登记第三方申请',
  'disclosure.application.approved': '批准第三方申请',
  'disclosure.application.rejected': '拒绝第三方申请',
  'disclosure.put': '试图改写披露台账（PUT）',
  'disclosure.patch': '试图修改披露台账（PATCH）',
  'disclosure.delete': '试图删除披露台账记录（DELETE）',
  'disclosure.checkpoint': '披露台账检查点',
  'disclosure.checkpoints_export': '导出披露台账检查点',
  'audit.export': '导出审计日志',
  'audit.put': '试图改写审计日志（PUT）',
  'audit.patch': '试图修改审计日志（PATCH）',
  'audit.delete': '试图删除审计事件（DELETE）',
  'audit.checkpoint': '审计日志检查点',
  'audit.checkpoints_export': '导出审计日志检查点',
  'report.export': '导出月度报表',
} as const

export type KnownAuditAction = keyof typeof zh

const en: Record<KnownAuditAction, string> = {
  'session.sign_in': 'Signed in',
  'session.sign_out': 'Signed out',
  'staff.created': 'Staff account created',
  'staff.activated': 'Staff account activated',
  'staff.activation_failed': 'Wrong activation code',
  'staff.checker_granted': 'Checker permission granted',
  'staff.role_changed': 'Staff role changed',
  'staff.deactivated': 'Staff account deactivated',
  'staff.reactivated': 'Staff account reactivated',
  'staff.renamed': 'Staff member renamed',
  'staff.password_reset': 'Staff password reset',
  'settings.updated': 'Settings changed',
  'calendar.updated': 'Working-day calendar changed',
  'network_conditions.updated': 'Simulated network conditions changed',
  'database.reseeded': 'Demo data rebuilt',
  'database.reset': 'Demo data reset',
  'user.reveal.idNumber': 'Full ID number revealed',
  'user.reveal.phone': 'Full phone number revealed',
  'user.reveal.birthDate': 'Full birth date revealed',
  'user.reveal_refused': 'Reveal refused',
  'user.services_stopped': 'Account services stopped',
  'user.data_delete': 'User data deleted',
  'user.data_anonymise': 'User data anonymised',
  'user.data_keep': 'User data kept under a legal duty',
  'user.data_purged': 'Kept data purged when due',
  'user.corrected': 'User data corrected',
  'user.consent_withdrawn': 'User consent withdrawn',
  'user.disclosure_statement': 'User’s disclosure statement read',
  'copy.download_refused': 'Copy download refused',
  'copy.wrong_code': 'Wrong copy download code',
  'request.correction_code_sent': 'Correction verification code sent',
  'retention.purged': 'Kept data purged when due',
  'incident.created': 'Security incident recorded',
  'incident.updated': 'Security incident edited',
  'incident.users_added': 'Incident: users added by criteria',
  'incident.users_imported': 'Incident: users imported',
  'incident.users_removed': 'Incident: users removed',
  'incident.campaign_sent': 'Incident: notice sent',
  'incident.campaign_retried': 'Incident: failed notices retried',
  'incident.announcement_published': 'Incident: announcement published',
  'incident.regulator_reported': 'Incident: reported to the regulator',
  'incident.closed': 'Security incident closed',
  'disclosure.recorded': 'Disclosure recorded',
  'disclosure.export': 'Disclosure ledger exported',
  'disclosure.application.recorded': 'Third-party application recorded',
  'disclosure.application.approved': 'Third-party application approved',
  'disclosure.application.rejected': 'Third-party application rejected',
  'disclosure.put': 'Attempt to overwrite the ledger (PUT)',
  'disclosure.patch': 'Attempt to modify the ledger (PATCH)',
  'disclosure.delete': 'Attempt to delete a ledger record (DELETE)',
  'disclosure.checkpoint': 'Ledger checkpoint',
  'disclosure.checkpoints_export': 'Ledger checkpoints exported',
  'audit.export': 'Audit log exported',
  'audit.put': 'Attempt to overwrite the audit log (PUT)',
  'audit.patch': 'Attempt to modify the audit log (PATCH)',
  'audit.delete': 'Attempt to delete an audit event (DELETE)',
  'audit.checkpoint': 'Audit log checkpoint',
  'audit.checkpoints_export': 'Audit log checkpoints exported',
  'report.export': 'Monthly report exported',
}

const ACTIONS: Record<Language, Record<string, string>> = { 'zh-CN': zh, 'en-US': en }
// An action on a request is the event its timeline records, so it reads as that event does.
const REQUEST_EVENTS: Record<Language, Record<string, string>> = {
  'zh-CN': zhCN.timeline,
  'en-US': enUS.timeline,
}
const REQUEST_PREFIX = { 'zh-CN': '请求：', 'en-US': 'Request: ' } as const
// A refused (403) call is recorded by its method and path, which vary without end.
const DENIED_CALL = /^(GET|POST|PUT|PATCH|DELETE) \//
const DENIED_LABEL = { 'zh-CN': '无权调用的接口', 'en-US': 'Call refused to this role' } as const

/**
 * Every action code that has words, request events with their `request.` prefix: what a person
 * must never see as text in place of those words.
 */
export const AUDIT_ACTION_CODES: readonly string[] = [
  ...Object.keys(zh),
  ...Object.keys(zhCN.timeline).map((event) => `request.${event}`),
]

/** The action in words, or null for a code nobody has named yet (show the code itself). */
export function auditActionLabel(action: string, language: Language): string | null {
  if (Object.hasOwn(ACTIONS[language], action)) return ACTIONS[language][action] ?? null
  if (action.startsWith('request.')) {
    const event = action.slice('request.'.length)
    if (Object.hasOwn(REQUEST_EVENTS[language], event))
      return `${REQUEST_PREFIX[language]}${REQUEST_EVENTS[language][event]}`
  }
  if (DENIED_CALL.test(action)) return DENIED_LABEL[language]
  return null
}

/** How an event's outcome and an anonymous actor read, for the audit log and its export. */
export const AUDIT_OUTCOME_LABELS: Record<Language, Record<AuditEvent['outcome'], string>> = {
  'zh-CN': { success: '成功', denied: '已拒绝', failure: '失败' },
  'en-US': { success: 'Success', denied: 'Denied', failure: 'Failed' },
}
export const ANONYMOUS_ACTOR_LABEL: Record<Language, string> = {
  'zh-CN': '未登录',
  'en-US': 'Not signed in',
}
