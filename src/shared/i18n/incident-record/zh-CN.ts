// The words of an incident's record: its fields, severity, the channels and venues users were
// told by, and what each event of its history did. Shared by the incident screens and the audit
// log, which records the same events.
export const zhCN = {
  severity: { low: '一般', medium: '较大', high: '重大', critical: '特别重大' },
  field: {
    title: '事件标题',
    severity: '事件级别',
    discoveredAt: '发现时间',
    occurred: '发生时间段',
    occurredFrom: '开始时间',
    occurredTo: '结束时间',
    dataCategories: '涉及的个人信息类别',
    description: '事件经过',
    impact: '可能造成的影响',
    measuresTaken: '已采取的处置措施',
    measuresPlanned: '将要采取的措施',
    adviceToUsers: '给用户的防范建议',
    remedies: '对用户的补救措施',
    createdBy: '记录人',
    closedAt: '结案时间',
  },
  channel: { sms: '短信', email: '电子邮件', letter: '信函', phone: '电话', push: 'App 推送' },
  venue: {
    app_notice: 'App 公告栏',
    website: '官方网站',
    wechat: '微信公众号',
    weibo: '官方微博',
    media: '新闻媒体',
  },
  detail: {
    campaignSent: '{{campaign}}：以{{channel}}发送给 {{count}} 位用户',
    campaignRetried: '{{campaign}}：重发 {{count}} 条失败的通知',
    published: '发布于 {{venues}}，时间 {{at}}',
    amended: '修改公告：发布于 {{venues}}，时间 {{at}}',
    imported: '加入 {{added}} 位，已在名单中 {{already}} 位，未通过 {{rejected}} 行',
    rejectedLines: '（第 {{lines}} 行）',
    byQuery: '按条件加入 {{count}} 位用户；条件：',
    updated: '修改了：{{fields}}',
    noChange: '没有改动',
    created: '{{severity}}：{{title}}',
  },
}
