import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  title: 'Fee (privacy policy 6(8))',
  policy:
    'Reasonable requests are free. Past the free allowance of requests of the same type in 12 months a cost fee may be charged: work continues once the user accepts it, and the deadline is paused meanwhile; the user may also withdraw.',
  count: 'Earlier requests of this type in 12 months',
  countValue: '{{count}} ({{allowance}} free)',
  window: 'Counted period',
  windowValue: 'after {{after}} up to {{to}}',
  earlier: 'Earlier requests',
  none: 'None',
  withinAllowance: 'Within the free allowance: no fee',
  mayCharge: 'Past the free allowance: a cost fee may be quoted',
  quoteTitle: 'Quote a cost fee',
  amount: 'Amount (CNY)',
  basis: 'Basis (the costs, as explained to the user)',
  basisPlaceholder:
    'e.g. retrieving and compiling 12 months of activity records, posting a paper copy',
  quote: 'Send quote',
  quoted: 'Quote sent to the user by SMS; the deadline is paused',
  pendingTitle: 'Waiting for the user: ¥{{amount}}',
  quotedBy: 'Quoted by {{name}} on {{at}}',
  accepted: 'User accepted',
  withdrew: 'User withdrew',
  acceptTitle: "Record the user's acceptance",
  acceptChannel: 'How the user confirmed',
  acceptNote: 'Note (optional)',
  acceptDone: 'Acceptance recorded; work resumes and the deadline moves by the working days paused',
  withdrawTitle: "Record the user's withdrawal",
  withdrawWarning: 'A withdrawn request ends and cannot be reopened.',
  withdrawReason: 'Reason',
  withdrawDone: 'Request withdrawn',
  confirm: 'Confirm',
  cancel: 'Cancel',
  history: 'Quotes',
  status: { pending: 'Pending', accepted: 'Accepted', declined: 'Not accepted' },
  answered: 'Recorded by {{name}} on {{at}}',
  duplicateTitle: 'Duplicate request',
  duplicateOf:
    'Request {{id}} of the same type for the same user is still open; this one may repeat it.',
  mergeInto: 'Merge into {{id}}',
  mergeConfirmTitle: 'Merge {{from}} into {{into}}?',
  mergeConfirmBody:
    '{{from}} ends as withdrawn and its notes move to {{into}}, where the work continues.',
  merged: 'Merged into {{id}}',
  mergedInto: 'This request was merged into {{id}}, where the work continues.',
})
