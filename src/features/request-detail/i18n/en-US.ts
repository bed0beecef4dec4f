import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  back: 'Back to queue',
  user: 'User',
  requester: 'Requester',
  requesterName: 'Requester name',
  channel: 'Channel',
  receivedAt: 'Received',
  clockStartsAt: 'Clock started',
  targetAt: 'Target',
  deadlineAt: 'Deadline',
  pausedDays: 'Working days paused',
  extensionDays: 'Working days extended',
  assignee: 'Assignee',
  preparedBy: 'Prepared by',
  timeline: 'Timeline',
  notes: 'Internal notes',
  addNote: 'Add note',
  notePlaceholder: 'Visible to staff only',
  noNotes: 'No notes yet',
  actions: {
    claim: 'Claim',
    assign: 'Assign',
    extend: 'Extend deadline',
    approve: 'Approve',
    send_back: 'Send back',
    take_over: 'Take over',
  },
  claimed: { claim: 'Claimed {{id}}', take_over: 'Took over {{id}} (was {{owner}}’s)' },
  owner: 'Assignee: {{name}}',
  unassigned: 'Unassigned',
  bar: {
    label: 'Request actions',
    decision: 'Handling form',
    next: 'Submit and open next',
    help: 'Shortcuts',
    noForm: 'This page has no handling form to submit',
    noNext: 'Submitted. There is no next request in your queue',
    opening: 'Submitted; opening the next request in your queue: {{id}}',
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    claim: 'Claim this request',
    take_over: 'Take this request over (asks first)',
    assign: 'Assign to a colleague',
    extend: 'Extend the deadline',
    approve: 'Approve as checker (asks first)',
    send_back: 'Send back to whoever prepared the decision',
    decision: 'Go to the handling form',
    next: 'Submit the handling form, then open the next request in your queue',
    help: 'Show this help',
    hint: 'Shortcuts do nothing while you type in a field or while a dialog is open.',
  },
  extend: {
    days: 'Working days to add',
    reason: 'Reason (shown to the user)',
    reasonHint:
      'The requester gets an SMS (and an app message when they asked themselves) with the days added, the new deadline and this reason.',
    cancellationRule:
      "A cancellation's deadline cannot be later than the {{promise}}th working day from receipt, {{latest}} (policy 6(5)). The deadline is now {{deadline}}: at most {{max}} more working days.",
    otherRule:
      'A request is extended once, by at most {{max}} working days; the deadline is now {{deadline}}.',
    newDeadline: 'Deadline after the extension: {{date}}',
    tooMany: 'Enter a whole number from 1 to {{max}}: at most {{max}} working days',
    refused: {
      title: 'This request cannot be extended',
      cancellation_promise:
        "This cancellation's deadline ({{deadline}}) has reached the {{promise}}th working day from receipt ({{latest}}): policy 6(5) promises it within {{promise}} working days, so it cannot be extended.",
      already_extended:
        'This request was already extended once ({{days}} working days); a request other than a cancellation is extended once.',
      clock_not_started:
        'The deadline starts when identity is verified; there is no deadline to extend yet.',
    },
    serverRefused: 'The server refused this extension:',
  },
  sendBack: { reason: 'Why it goes back' },
  assignTo: 'Assign to',
  done: 'Saved',
  approveConfirm: {
    title: { approve: 'Approve {{id}}?', reject: 'Approve the rejection of {{id}}?' },
    plan: '{{count}} categories of personal information: {{delete}} deleted, {{anonymise}} anonymised, {{keep}} kept as a law requires',
    planUnknown:
      'their personal information deleted or anonymised, except what a law requires to be kept',
    ok: { approve: 'Approve', reject: 'Reject' },
    body: {
      reject:
        'The request will be rejected; this cannot be undone. The requester receives a notice with the ground “{{ground}}”, the reason, and how to complain or sue.',
      cancellation:
        'All services of user {{user}} stop now and the account is cancelled; a data plan is produced ({{plan}}) and the user is told by SMS ({{phone}}). This cannot be undone.',
      deletion:
        'The prepared data plan will delete or anonymise the personal information of user {{user}} ({{plan}}), and the user is told by SMS ({{phone}}). This cannot be undone.',
      correction:
        'The prepared correction (phone or ID number) is written to the record of user {{user}}, with the values before and after.',
      other: 'The prepared decision takes effect and the requester is told the result.',
    },
    done: {
      reject: 'Rejected {{id}}; the requester has been sent the notice',
      cancellation:
        'Cancellation {{id}} approved: services stopped, data plan produced ({{plan}}), user told by SMS ({{phone}})',
      deletion:
        'Deletion {{id}} approved: user told by SMS ({{phone}}); the data plan ({{plan}}) can now be carried out',
      correction: 'Approved {{id}}: the correction is written to the record',
      other: 'Approved {{id}}',
    },
  },
  typePanel: 'Type-specific handling',
  rejection: {
    title: 'Rejection',
    ground: 'Ground',
    message: 'Reason (told to the requester)',
  },
})
