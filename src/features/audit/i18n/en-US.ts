import { english } from '../../../shared/i18n/messages'
import type { zhCN } from './zh-CN'

export const enUS = english<typeof zhCN>()({
  title: 'Audit log',
  intro:
    'Every state change, reveal, export, sign-in, sign-out and denied attempt is recorded here, hash-chained like the disclosure ledger.',
  export: 'Export CSV',
  exported: 'Exported; the export itself is recorded in the audit log.',
  tabs: { events: 'Events', integrity: 'Integrity' },
  col: {
    seq: 'Seq',
    at: 'Time',
    actor: 'Actor',
    role: 'Role',
    action: 'Action',
    target: 'Target',
    reason: 'Reason',
    outcome: 'Outcome',
  },
  outcome: { success: 'Success', denied: 'Denied', failure: 'Failed' },
  role: { anonymous: 'Not signed in' },
  system: 'System',
  targetMock: 'Demo backend',
  anonymous: 'Anonymous',
  filter: {
    label: 'Filter audit events',
    actor: 'Actor',
    action: 'Action (prefix, e.g. session.)',
    target: 'Target',
    outcome: 'Outcome',
    date: 'Date',
    reset: 'Clear filters',
  },
  empty: 'No events match',
  total: '{{total}} events',
  table: 'Audit events',
})
