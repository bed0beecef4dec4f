import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  title: 'Retention and purge',
  intro:
    'After a cancellation or deletion, what a law requires to be kept (transaction records, accounting and tax records, network logs, disclosure records) stays until its purge date. From that day on it may be purged: the system purges what fell due at the end of each day, and a compliance manager may purge it now. Data a legal hold or an open dispute or complaint protects is held back. Every purge is recorded in the audit log.',
  due: {
    title: 'Due for purge today ({{today}})',
    none: 'Nothing is due for purge.',
    count: '{{count}} items: {{items}}.',
    item: '{{category}}: {{count}}',
    held: '{{count}} more are due but held back by a legal hold or an open dispute or complaint; they will not be purged.',
    action: 'Purge what is due ({{count}})',
    onlyCompliance: 'Only a compliance manager may purge data.',
  },
  confirm: {
    title: 'Purge what is due',
    body: '{{count}} items due by {{today}} will be purged:',
    held: '{{count}} held back by a legal hold or an open dispute or complaint will not be purged.',
    irreversible:
      "A purge cannot be undone. Each one is recorded in the audit log, and the user's page shows the day it was purged.",
    ok: 'Purge {{count}} items',
    running: 'Purging {{count}} items, please wait…',
  },
  result: {
    done: 'Purged {{count}} items: {{items}}.',
    nothing: 'Nothing was purged: the daily job or a colleague may have purged what was due.',
    held: '{{count}} held back.',
  },
  filter: {
    label: 'Filter kept data',
    state: 'State',
    category: 'Category',
    date: 'Purge date',
    q: 'User id or request id',
    reset: 'Clear filters',
  },
  stateView: {
    kept: 'Still kept (all)',
    due: 'Due for purge',
    held: 'Due, held back',
    upcoming: 'Not yet due',
    purged: 'Purged',
    all: 'All (purged too)',
  },
  col: {
    purgeOn: 'Purge date',
    user: 'User',
    category: 'Category',
    duty: 'Legal basis',
    retainFrom: 'Kept since',
    state: 'State',
    request: 'Request',
  },
  state: {
    due: 'Due for purge',
    upcoming: 'Not yet due',
    held: 'Held: {{hold}}',
    purged: 'Purged ({{at}}, {{by}})',
  },
  hold: { legal_hold: 'legal hold', open_dispute: 'open dispute or complaint' },
  byJob: 'daily purge job',
  table: 'Kept data and purge dates',
  total: '{{total}} items',
  empty: 'Nothing kept matches',
})
