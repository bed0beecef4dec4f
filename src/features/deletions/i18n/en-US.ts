import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  panel: {
    title: 'Deletion of personal information',
    policy:
      'Data is deleted on one of the four grounds of privacy policy 6(3), or on a statutory ground of PIPL art. 47 (purpose achieved or no longer necessary, service stopped or retention period expired, consent withdrawn). Record the ground and its evidence, decide each data category (delete, anonymise, or keep under a named legal duty until its purge date); another lead approves, then each category is carried out and the user is told what was deleted, what is kept, and why.',
    closed: 'This request is “{{status}}”: no deletion decision to prepare.',
    waiting: 'A deletion decision can be prepared once the identity check has passed.',
    checks: 'Before deleting: legal hold, open disputes or complaints',
  },
  form: {
    title: 'Prepare the deletion decision',
    ground: 'Ground for deletion',
    groundNumber: '({{n}}) {{label}}',
    groundNeedsCancelled:
      'Policy ground (4) needs a cancelled account: this account is not cancelled',
    evidence: 'Evidence',
    evidencePlaceholder: 'e.g. legal opinion reference, consent record, complaint ticket',
    note: 'Note',
    needOne: 'Give the evidence or a note (at least 5 characters)',
    plan: 'Per data category',
    planHelp:
      'The proposal follows the legal retention duties: what the law requires is kept until its purge date; everything else may be deleted or anonymised.',
    submit: 'Submit for approval',
    resetPlan: 'Restore the proposal',
    done: 'The deletion decision was submitted for approval',
  },
  editor: {
    category: 'Data category',
    action: 'Action',
    duty: 'Kept under',
    purgeOn: 'Purged on',
    actionOf: 'Action: {{category}}',
    dutyOf: 'Kept under: {{category}}',
    required: 'Required by law: cannot be deleted',
    none: '—',
  },
  prepared: {
    title: 'Prepared deletion decision',
    refusalTitle: 'Prepared refusal',
    refusalGround: 'Ground for refusal',
    refusalMessage: 'Reason the user will read',
    checkerRefusal:
      'Check the ground for refusal and the reason given to the user, then approve or send back at the top of the page.',
    ground: 'Ground',
    evidence: 'Evidence',
    note: 'Note',
    by: 'Prepared by',
    at: 'Prepared at',
    notice: 'What the user will be told on approval',
    own: 'You prepared this decision: another lead must approve it.',
    checker:
      'Check the ground, the evidence and each category, then approve or send back at the top of the page.',
    none: '—',
  },
})
