export const zhCN = {
  panel: {
    title: '账号注销审核',
    policy: '隐私政策 6(5)：收到申请后 3–10 个工作日内人工审核',
    closed: '审核已结束（{{status}}），注销检查项不再适用。',
  },
  deadline: {
    due_soon: '临近期限：剩 {{count}} 个工作日，已提醒主管',
    due_today: '今日到期，已提醒主管',
    overdue: '已逾期 {{count}} 个工作日：在主管首页持续提示，直至处理',
    on_track: '剩 {{count}} 个工作日',
    short: {
      due_soon: '临近期限：剩 {{count}} 个工作日',
      due_today: '今日到期',
      overdue: '已逾期 {{count}} 个工作日',
    },
  },
  decision: {
    title: '准备注销决定',
    outcome: '结论',
    approve: '批准注销',
    reject: '拒绝注销',
    approveBlocked: '存在阻止注销的事项，不能批准。',
    reasonCode: '拒绝理由',
    language: '通知语言',
    langZh: '中文',
    langEn: 'English',
    message: '发给用户的通知（可修改）',
    submit: '提交主管复核',
    submitted: '已提交主管复核',
  },
  prepared: {
    title: '已准备的决定',
    outcome: '结论',
    reason: '拒绝理由',
    message: '发给用户的通知',
    by: '准备人',
    at: '准备时间',
    own: '此决定由您准备：需由另一位主管复核批准。',
    checker: '请核对检查项和数据处理计划，然后在页面上方“复核批准”或“退回”。',
  },
  precondition: { title: '不能批准：以下检查未通过', hint: '检查项已按最新数据刷新。' },
  template: {
    approve:
      '您好！您于 {{date}} 提交的账号注销申请（编号 {{id}}）已审核通过。平台已停止为该账号提供服务，并将删除或匿名化处理您的个人信息；法律法规要求保存的交易记录、财务凭证和网络日志，将在法定保存期限届满后删除。感谢您一直以来的使用。',
    reject:
      '您好！您于 {{date}} 提交的账号注销申请（编号 {{id}}）暂未通过审核。原因：{{reason}}。{{details}}如有疑问，请联系客服。',
    blocking: {
      identity_verified: '我们未能核验您的身份。',
      no_unfinished_tasks: '您还有未完成的任务，请完成或取消后再申请。',
      wallet_settled: '您的钱包仍有余额，请先提现。',
      no_open_disputes: '您有尚未处理完毕的纠纷或投诉。',
      no_legal_hold: '您的账号依法处于冻结状态。',
      account_in_good_standing: '您的账号目前处于查封或调查状态。',
    },
  },
  batch: {
    title: '注销复核',
    intro:
      '已准备好的注销决定在此复核。可勾选多件一并批准，每件的结果分别显示；您自己准备的决定需由另一位主管批准。',
    views: { pending: '待复核', flagged: '临近期限或逾期' },
    col: {
      id: '请求编号',
      user: '用户',
      decision: '决定',
      preparedBy: '准备人',
      checks: '检查',
      deadline: '期限',
      status: '状态',
    },
    checksOk: '全部通过',
    own: '您准备的决定',
    mode: { label: '批次类型', approve: '批准注销', reject: '同意拒绝' },
    run: { approve: '批准所选（{{count}}）', reject: '同意拒绝所选（{{count}}）' },
    confirm: {
      title: { approve: '批准 {{count}} 件注销？', reject: '同意拒绝 {{count}} 件注销申请？' },
      body: {
        approve:
          '这 {{count}} 个账号将立即停止全部服务并注销，各生成数据处理计划（依法须保存的除外），并以短信通知每位用户。此操作不能撤销。每件批准前会再次检查。',
        reject:
          '这 {{count}} 件申请将被拒绝，不能撤销。每位申请人将收到拒绝通知，写明依据、原因以及投诉和起诉的途径。',
      },
      ok: { approve: '确认批准 {{count}} 件', reject: '确认拒绝 {{count}} 件' },
    },
    results: {
      approve: '批准结果：成功 {{ok}} 件，失败 {{failed}} 件',
      reject: '拒绝结果：成功 {{ok}} 件，失败 {{failed}} 件',
    },
    doneRow: {
      approve: '{{id}}：已批准，账号已停止服务，已短信通知用户。',
      reject: '{{id}}：已同意拒绝，拒绝通知已发送给申请人。',
    },
    failedRow: {
      approve: '{{id}}：未能批准。{{reason}}',
      reject: '{{id}}：未能拒绝。{{reason}}',
    },
    correlation: '关联编号',
    copyCorrelation: '复制关联编号（报告问题时使用）',
    copied: '已复制',
    ineligible: {
      own: '您准备的决定，需另一位主管复核',
      noDecision: '尚无准备好的决定',
      otherBatch: '决定类型不同，请切换批次类型',
      blocked: '检查未通过：{{checks}}',
    },
    flagCounts: '临近期限 {{dueSoon}} 件，已逾期 {{overdue}} 件',
    select: '选择 {{id}}',
  },
}
