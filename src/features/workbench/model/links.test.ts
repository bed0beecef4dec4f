import { describe, expect, it } from 'vitest'
import { auditHref, ledgerHref, OPEN, queueHref } from './links'

describe('links into the filtered lists', () => {
  it('writes the queue parameters the queue reads', () => {
    expect(queueHref({ tab: 'overdue', assignee: 'me' })).toBe('/queue?tab=overdue&assignee=me')
    expect(queueHref({ tab: 'mine', status: 'awaiting_requester' })).toBe(
      '/queue?tab=mine&status=awaiting_requester',
    )
    expect(queueHref({ tab: 'all', type: 'copy', status: OPEN, assignee: 'S002' })).toBe(
      '/queue?tab=all&type=copy&status=identity_pending%2Cawaiting_requester%2Cin_review%2Cpending_approval%2Capproved&assignee=S002',
    )
  })

  it('opens the ledger on a basis and a date range, or on a tab', () => {
    expect(ledgerHref({ basis: 'consent', from: '2026-11-01', to: '2026-11-30' })).toBe(
      '/disclosures?basis=consent&from=2026-11-01&to=2026-11-30',
    )
    expect(ledgerHref({ tab: 'applications' })).toBe('/disclosures?tab=applications')
    expect(ledgerHref({})).toBe('/disclosures')
  })

  it('opens the audit log on one person’s reveals since a day', () => {
    expect(
      auditHref({
        actorId: 'S001',
        action: 'user.reveal.',
        outcome: 'success',
        from: '2026-11-23',
      }),
    ).toBe('/audit?actorId=S001&action=user.reveal.&outcome=success&from=2026-11-23')
    expect(auditHref({ tab: 'integrity' })).toBe('/audit?tab=integrity')
  })
})
