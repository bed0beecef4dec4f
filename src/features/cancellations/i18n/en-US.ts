import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  panel: {
    title: 'Account cancellation review',
    policy: 'Privacy policy 6(5): reviewed by hand within 3–10 working days of the application',
    closed: 'The review is over ({{status}}); the cancellation checks no longer apply.',
  },
  deadline: {
    due_soon_one: 'Deadline close: {{count}} working day left; leads are alerted',
    due_soon_other: 'Deadline close: {{count}} working days left; leads are alerted',
    due_today: 'Due today; leads are alerted',
    overdue_one: 'Overdue by {{count}} working day: shown on the leads’ home screen until handled',
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
})
