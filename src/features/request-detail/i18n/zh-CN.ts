export const zhCN = {
  back: '返回队列',
  user: '用户',
  requester: '申请人',
  requesterName: '申请人姓名',
  channel: '渠道',
  receivedAt: '收到时间',
  clockStartsAt: '起算时间',
  targetAt: '目标日期',
  deadlineAt: '最终期限',
  pausedDays: '暂停工作日',
  extensionDays: '延长工作日',
  assignee: '处理人',
  preparedBy: '决定准备人',
  timeline: '处理记录',
  notes: '内部备注',
  addNote: '添加备注',
  notePlaceholder: '仅内部可见',
  noNotes: '暂无备注',
  actions: {
    claim: '认领',
    assign: '分配',
    extend: '延长期限',
    approve: '复核批准',
    send_back: '退回',
  },
  extend: {
    days: '延长工作日数',
    reason: '延长原因（将告知用户）',
    reasonHint: '申请人会收到短信（本人申请的还有 App 通知），写明延长的天数、新期限和此原因。',
    cancellationRule:
      '注销申请的期限不能晚于收到申请后的第 {{promise}} 个工作日，即 {{latest}}（隐私政策 6(5)）。当前期限为 {{deadline}}，最多还能延长 {{max}} 个工作日。',
    otherRule: '每个请求只能延长一次，最多 {{max}} 个工作日；当前期限为 {{deadline}}。',
    newDeadline: '延长后的期限：{{date}}',
    tooMany: '请输入 1 到 {{max}} 之间的整数：最多只能延长 {{max}} 个工作日',
    refused: {
      title: '此请求不能再延长期限',
      cancellation_promise:
        '此注销申请的期限（{{deadline}}）已到收到申请后的第 {{promise}} 个工作日（{{latest}}）：隐私政策 6(5) 承诺 {{promise}} 个工作日内办结，不能再延长。',
      already_extended: '此请求已延长过一次（{{days}} 个工作日）；注销以外的请求只能延长一次。',
      clock_not_started: '身份核验通过后才开始计算期限，现在还没有可以延长的期限。',
    },
    serverRefused: '服务器拒绝了这次延长：',
  },
  sendBack: { reason: '退回原因' },
  assignTo: '分配给',
  done: '已保存',
  approveConfirm: {
    title: { approve: '批准 {{id}}？', reject: '批准拒绝 {{id}}？' },
    ok: { approve: '确认批准', reject: '确认拒绝' },
    body: {
      reject:
        '申请将被拒绝，不能撤销。申请人将收到拒绝通知，写明依据“{{ground}}”、原因以及投诉和起诉的途径。',
      cancellation:
        '用户 {{user}} 的账号将立即停止全部服务并注销，同时生成数据处理计划（删除或匿名化其个人信息，依法须保存的除外），并以短信通知用户。此操作不能撤销。',
      deletion:
        '将按已准备的数据处理计划删除或匿名化用户 {{user}} 的个人信息（依法须保存的除外），完成后通知用户。此操作不能撤销。',
      correction:
        '准备好的更正将写入用户 {{user}} 的资料（手机号或身份证号），并记录更正前后的值。',
      other: '准备好的决定将生效，申请人将收到结果。',
    },
    done: {
      reject: '已拒绝 {{id}}，拒绝通知已发送给申请人',
      cancellation: '已批准注销 {{id}}：服务已停止，已生成数据处理计划，已短信通知用户',
      deletion: '已批准删除 {{id}}：数据处理计划可以执行',
      correction: '已批准 {{id}}：更正已写入用户资料',
      other: '已批准 {{id}}',
    },
  },
  typePanel: '类型处理',
  rejection: { title: '拒绝决定', ground: '拒绝依据', message: '原因（告知申请人）' },
}
