import { describe, expect, it } from 'vitest'
import type { CancellationSummary } from '../../../shared/api/schemas'
import { bulkIneligibility } from './bulk-eligibility'

const row = (over: Partial<CancellationSummary>) =>
  ({
    id: 'R000001',
    preparedBy: 'S001',
    blocking: [],
    decision: {
      outcome: 'approve',
      reasonCode: null,
      message: '',
      preparedAt: '2026-11-20T02:00:00.000Z',
    },
    ...over,
  }) as CancellationSummary

describe('which prepared cancellations a lead may put in a batch', () => {
  it('takes a clean approval into the approvals and a rejection into the rejections', () => {
    expect(bulkIneligibility(row({}), 'S003', 'approve')).toBeNull()
    const rejection = row({
      decision: {
        outcome: 'reject',
        reasonCode: 'legal_obligation',
        message: '',
        preparedAt: '2026-11-20T02:00:00.000Z',
      },
    } as Partial<CancellationSummary>)
    expect(bulkIneligibility(rejection, 'S003', 'reject')).toBeNull()
    expect(bulkIneligibility(rejection, 'S003', 'approve')).toBe('otherBatch')
    expect(bulkIneligibility(row({}), 'S003', 'reject')).toBe('otherBatch')
  })

  it('refuses the checker’s own decision, a request without one, and an approval whose checks fail', () => {
    expect(bulkIneligibility(row({ preparedBy: 'S003' }), 'S003', 'approve')).toBe('own')
    expect(bulkIneligibility(row({ decision: null }), 'S003', 'approve')).toBe('noDecision')
    expect(
      bulkIneligibility(
        row({ blocking: ['no_legal_hold'] } as Partial<CancellationSummary>),
        'S003',
        'approve',
      ),
    ).toBe('blocked')
  })
})
