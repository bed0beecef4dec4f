import { english } from '../messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  severity: { low: 'Minor', medium: 'Serious', high: 'Major', critical: 'Critical' },
  field: {
    title: 'Title',
    severity: 'Severity',
    discoveredAt: 'Discovered at',
    occurred: 'Occurred between',
    occurredFrom: 'From',
    occurredTo: 'To',
    dataCategories: 'Categories of personal information involved',
    description: 'What happened',
    impact: 'Possible impact',
    measuresTaken: 'Measures taken',
    measuresPlanned: 'Measures planned',
    adviceToUsers: 'Advice to users',
    remedies: 'Remedies for users',
    createdBy: 'Recorded by',
    closedAt: 'Closed at',
  },
  channel: {
    sms: 'SMS',
    email: 'Email',
    letter: 'Letter',
    phone: 'Phone call',
    push: 'App push',
  },
  venue: {
    app_notice: 'App notice board',
    website: 'Official website',
    wechat: 'WeChat official account',
    weibo: 'Official Weibo',
    media: 'News media',
  },
  detail: {
    campaignSent: '{{campaign}}: sent by {{channel}} to {{count}} users',
    campaignRetried: '{{campaign}}: {{count}} failed notices sent again',
    published: 'Published on {{venues}} at {{at}}',
    amended: 'Announcement amended: published on {{venues}} at {{at}}',
    imported: '{{added}} added, {{already}} already listed, {{rejected}} lines rejected',
    rejectedLines: ' (lines {{lines}})',
    byQuery: '{{count}} users added by criteria; criteria: ',
    updated: 'Changed: {{fields}}',
    noChange: 'Nothing changed',
    created: '{{severity}}: {{title}}',
  },
})
