import { describe, expect, it } from 'vitest'
import { auditHref, ledgerHref, myStatusLink, OPEN, queueHref } from './links'

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

  it("opens the caller's own requests of a status: their work in 我的待办, the rest among all assigned to them", () => {
    expect(queueHref(myStatusLink('in_review'))).toBe('/queue?tab=mine&status=in_review')
    expect(queueHref(myStatusLink('identity_pending'))).toBe(
      '/queue?tab=mine&status=identity_pending',
    )
    expect(queueHref(myStatusLink('awaiting_requester'))).toBe(
      '/queue?tab=all&status=awaiting_requester&assignee=me',
    )
    expect(queueHref(myStatusLink('pending_approval'))).toBe(
      '/queue?tab=all&status=pending_approval&assignee=me',
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
