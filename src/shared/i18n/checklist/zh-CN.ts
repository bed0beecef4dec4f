// The words of the checks that must hold before a cancellation or a deletion may be approved:
// one checklist, shown by both panels.

export const zhCN = {
  check: {
    identity_verified: '身份已核验',
    no_unfinished_tasks: '无未完成任务（零工或发布方）',
    wallet_settled: '钱包余额为零或已安排提现',
    no_open_disputes: '无未结纠纷或投诉',
    no_legal_hold: '无法律冻结',
    account_in_good_standing: '账号未被查封、未在调查中',
  },
  detail: {
    identityVerified: '已于 {{at}} 核验通过',
    identityMissing: '身份尚未核验',
    tasks: '作为零工 {{worker}} 个、作为发布方 {{publisher}} 个未完成任务',
    wallet: '钱包余额 ¥{{balance}}，{{withdrawal}}',
    withdrawalArranged: '已安排提现',
    withdrawalNotArranged: '未安排提现',
    disputes: '未结纠纷 {{disputes}} 件，未结投诉 {{complaints}} 件',
    noHold: '无冻结记录',
    hold: '冻结：{{hold}}',
    standing: '账号状态：{{status}}',
  },
  dataField: {
    source: '依据数据',
    identityVerifiedAt: '身份核验时间',
    unfinishedTasksAsWorker: '未完成任务（零工）',
    unfinishedTasksAsPublisher: '未完成任务（发布方）',
    walletBalance: '钱包余额',
    withdrawalArranged: '已安排提现',
    openDisputes: '未结纠纷',
    openComplaints: '未结投诉',
    legalHold: '法律冻结',
    accountStatus: '账号状态',
  },
  summary: {
    cancellation: {
      ok: '全部检查通过，可以批准注销',
      blocked: '{{count}} 项阻止注销',
      blocking: '阻止注销',
      list: '注销检查项',
    },
    deletion: {
      ok: '无法律冻结、纠纷或投诉，可以批准删除',
      blocked: '{{count}} 项阻止删除',
      blocking: '阻止删除',
      list: '删除检查项',
    },
    passed: '通过',
    computedAt: '依据 {{at}} 的平台数据',
  },
}
