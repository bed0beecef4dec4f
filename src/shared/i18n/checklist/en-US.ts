import { english } from '../messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  check: {
    identity_verified: 'Identity verified',
    no_unfinished_tasks: 'No unfinished tasks (as gig worker or publisher)',
    wallet_settled: 'Wallet balance zero or withdrawal arranged',
    no_open_disputes: 'No open disputes or complaints',
    no_legal_hold: 'No legal hold',
    account_in_good_standing: 'Account not sealed or under investigation',
  },
  detail: {
    identityVerified: 'Verified on {{at}}',
    identityMissing: 'Identity not verified yet',
    tasks: '{{worker}} unfinished as gig worker, {{publisher}} as task publisher',
    wallet: 'Wallet balance ¥{{balance}}; {{withdrawal}}',
    withdrawalArranged: 'withdrawal arranged',
    withdrawalNotArranged: 'no withdrawal arranged',
    disputes: '{{disputes}} open disputes, {{complaints}} open complaints',
    noHold: 'No hold on record',
    hold: 'Hold: {{hold}}',
    standing: 'Account status: {{status}}',
  },
  dataField: {
    source: 'Data',
    identityVerifiedAt: 'identity verified at',
    unfinishedTasksAsWorker: 'unfinished tasks as worker',
    unfinishedTasksAsPublisher: 'unfinished tasks as publisher',
    walletBalance: 'wallet balance',
    withdrawalArranged: 'withdrawal arranged',
    openDisputes: 'open disputes',
    openComplaints: 'open complaints',
    legalHold: 'legal hold',
    accountStatus: 'account status',
  },
  summary: {
    cancellation: {
      ok: 'Every check passes: the cancellation may be approved',
      blocked_one: '{{count}} item blocks the cancellation',
      blocked_other: '{{count}} items block the cancellation',
      blocking: 'Blocks',
      list: 'Cancellation checks',
    },
    deletion: {
      ok: 'No legal hold, dispute or complaint: the deletion may be approved',
      blocked_one: '{{count}} item blocks the deletion',
      blocked_other: '{{count}} items block the deletion',
      blocking: 'Blocks',
      list: 'Deletion checks',
    },
    passed: 'Passed',
    computedAt: 'From platform data as of {{at}}',
  },
})
