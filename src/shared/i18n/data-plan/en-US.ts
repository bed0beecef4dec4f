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
  notify: {
    title: 'Notifications to the user',
    sms: 'SMS',
    push: 'App push',
    to: 'Sent to {{to}}',
    toApp: 'Sent to the user’s app',
    none: 'The user has not been notified yet',
  },
})
