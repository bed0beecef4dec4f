import { english } from '../messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  plan: {
    title: 'Data plan',
    preview: 'What approval will do (preview)',
    category: 'Data category',
    action: 'Action',
    duty: 'Kept under',
    purgeOn: 'Purged on',
    state: 'Carried out',
    done: 'Done {{at}}',
    pending: 'Pending',
    execute: 'Carry out the data plan',
    executeStep: 'Carry out',
    executeOne: 'Carry out: {{category}}',
    progress: 'Data plan progress',
    progressText: '{{done}} of {{total}} carried out',
    completed: 'Fully carried out on {{at}}',
    none: '—',
  },
  confirm: {
    title: 'Carry out the data plan?',
    titleOne: 'Carry out the plan for {{category}}?',
    body: '{{count}} categories of the data of {{user}} ({{userId}}) will be processed. This cannot be undone:',
    delete: 'Delete {{count}}: {{list}}',
    anonymise: 'Anonymise {{count}}: {{list}}',
    keep: 'Keep {{count}} as the law requires, purged when due: {{list}}',
    keptUntil: '{{category}} (kept until {{date}})',
    told: 'Once all is carried out, {{user}} is told by SMS what was deleted, anonymised and kept.',
    ok: 'Carry out {{count}} categories',
    done: 'Data plan carried out: {{count}} categories ({{deleted}} deleted, {{anonymised}} anonymised, {{kept}} kept as the law requires).',
    doneTold:
      'Data plan carried out: {{count}} categories ({{deleted}} deleted, {{anonymised}} anonymised, {{kept}} kept as the law requires); {{user}} was told by SMS.',
    doneOne: 'Carried out: {{category}} of {{user}} ({{userId}}) — {{action}}.',
    doneOneTold:
      'Carried out: {{category}} of {{user}} ({{userId}}) — {{action}}; the data plan is complete and {{user}} was told by SMS.',
  },
  notify: {
    title: 'Notifications to the user',
    sms: 'SMS',
    push: 'App push',
    to: 'Sent to {{to}}',
    toApp: 'Sent to the user’s app',
    none: 'The user has not been notified yet',
  },
})
