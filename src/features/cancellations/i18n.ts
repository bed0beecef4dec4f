import { registerMessages } from '../../shared/i18n/i18n'

registerMessages('cancellations', {
  'zh-CN': {
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
      resetTemplate: '恢复模板',
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
  },
  'en-US': {
    panel: {
      title: 'Account cancellation review',
      policy: 'Privacy policy 6(5): reviewed by hand within 3–10 working days of the application',
      closed: 'The review is over ({{status}}); the cancellation checks no longer apply.',
    },
    deadline: {
      due_soon_one: 'Deadline close: {{count}} working day left; leads are alerted',
      due_soon_other: 'Deadline close: {{count}} working days left; leads are alerted',
      due_today: 'Due today; leads are alerted',
      overdue_one:
        'Overdue by {{count}} working day: shown on the leads’ home screen until handled',
      overdue_other:
        'Overdue by {{count}} working days: shown on the leads’ home screen until handled',
      on_track_one: '{{count}} working day left',
      on_track_other: '{{count}} working days left',
      short: {
        due_soon_one: 'Due soon: {{count}} working day left',
        due_soon_other: 'Due soon: {{count}} working days left',
        due_today: 'Due today',
        overdue_one: 'Overdue by {{count}} working day',
        overdue_other: 'Overdue by {{count}} working days',
      },
    },
    decision: {
      title: 'Prepare the cancellation decision',
      outcome: 'Outcome',
      approve: 'Approve cancellation',
      reject: 'Reject cancellation',
      approveBlocked: 'Something blocks the cancellation; it cannot be approved.',
      reasonCode: 'Reason',
      language: 'Language of the message',
      langZh: '中文 (Chinese)',
      langEn: 'English',
      message: 'Message to the user (editable)',
      resetTemplate: 'Reset to template',
      submit: 'Submit for a lead’s approval',
      submitted: 'Submitted for approval',
    },
    prepared: {
      title: 'Prepared decision',
      outcome: 'Outcome',
      reason: 'Reason',
      message: 'Message to the user',
      by: 'Prepared by',
      at: 'Prepared at',
      own: 'You prepared this decision: another lead must approve it.',
      checker:
        'Check the items and the data plan, then use Approve or Send back at the top of the page.',
    },
    precondition: {
      title: 'Cannot approve: these checks fail',
      hint: 'The checks were refreshed from current data.',
    },
    template: {
      approve:
        'Hello. Your account cancellation request of {{date}} (ref. {{id}}) has been approved. The platform has stopped all services for the account and will delete or anonymise your personal information; transaction records, accounting vouchers and network logs that the law requires us to keep will be deleted when their retention period ends. Thank you for using our services.',
      reject:
        'Hello. Your account cancellation request of {{date}} (ref. {{id}}) could not be approved. Reason: {{reason}}. {{details}}If you have any questions, please contact customer service.',
      blocking: {
        identity_verified: 'We could not verify your identity. ',
        no_unfinished_tasks:
          'You still have unfinished tasks; please complete or cancel them and apply again. ',
        wallet_settled: 'Your wallet still holds a balance; please withdraw it first. ',
        no_open_disputes: 'You have disputes or complaints that are still open. ',
        no_legal_hold: 'Your account is frozen under a legal procedure. ',
        account_in_good_standing: 'Your account is currently sealed or under investigation. ',
      },
    },
    batch: {
      title: 'Cancellation approvals',
      intro:
        'Prepared cancellation decisions wait here for a checker. Select several to approve them at once; each shows its own result. A decision you prepared must be approved by another lead.',
      views: { pending: 'Pending approval', flagged: 'Near or past deadline' },
      col: {
        id: 'Request',
        user: 'User',
        decision: 'Decision',
        preparedBy: 'Prepared by',
        checks: 'Checks',
        deadline: 'Deadline',
        status: 'Status',
      },
      checksOk: 'All pass',
      own: 'You prepared it',
      mode: { label: 'Batch of', approve: 'Approvals', reject: 'Rejections' },
      run: { approve: 'Approve selected ({{count}})', reject: 'Reject selected ({{count}})' },
      confirm: {
        title: {
          approve: 'Approve {{count}} cancellations?',
          reject: 'Approve the rejection of {{count}} cancellations?',
        },
        body: {
          approve:
            'All services of these {{count}} accounts stop now and the accounts are cancelled; each gets a data plan (except what a law requires to be kept) and each user is told by SMS. This cannot be undone. Each is checked again before it is approved.',
          reject:
            'These {{count}} requests will be rejected; this cannot be undone. Each requester receives a notice with the ground, the reason, and how to complain or sue.',
        },
        ok: { approve: 'Approve {{count}}', reject: 'Reject {{count}}' },
      },
      results: {
        approve: 'Approvals: {{ok}} done, {{failed}} failed',
        reject: 'Rejections: {{ok}} done, {{failed}} failed',
      },
      doneRow: {
        approve: '{{id}}: approved; the account’s services stopped and the user was told by SMS.',
        reject: '{{id}}: rejected; the requester was sent the notice.',
      },
      failedRow: {
        approve: '{{id}}: not approved. {{reason}}',
        reject: '{{id}}: not rejected. {{reason}}',
      },
      correlation: 'Correlation id',
      copyCorrelation: 'Copy the correlation id (for reporting a problem)',
      copied: 'Copied',
      ineligible: {
        own: 'You prepared it: another lead must approve',
        noDecision: 'No decision prepared yet',
        otherBatch: 'A decision of the other kind: switch the batch',
        blocked: 'Checks fail: {{checks}}',
      },
      flagCounts: '{{dueSoon}} due soon, {{overdue}} overdue',
      select: 'Select {{id}}',
    },
  },
})
