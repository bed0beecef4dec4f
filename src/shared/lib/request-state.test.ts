import { describe, expect, it } from 'vitest'
import { allowedActions } from './request-state'

const agent01 = { id: 'S001', role: 'agent' as const }
const agent02 = { id: 'S002', role: 'agent' as const }
const lead01 = { id: 'S003', role: 'lead' as const }
const inReview = (assigneeId: string | null) => ({
  status: 'in_review' as const,
  type: 'copy' as const,
  assigneeId,
  preparedBy: null,
})

describe('allowedActions: who may work a request', () => {
  it("offers an agent nothing on another agent's request", () => {
    expect(allowedActions(inReview('S001'), agent02)).toEqual([])
  })

  it('offers the assignee the work, without claiming it again', () => {
    const actions = allowedActions(inReview('S001'), agent01)
    expect(actions).toEqual(expect.arrayContaining(['note', 'decide', 'withdraw']))
    expect(actions).not.toContain('claim')
  })

  it('offers an unassigned request to be claimed by any agent', () => {
    expect(allowedActions(inReview(null), agent02)).toContain('claim')
  })

  it('lets a lead take over and assign anyone’s request', () => {
    expect(allowedActions(inReview('S001'), lead01)).toEqual(
      expect.arrayContaining(['claim', 'assign', 'note']),
    )
  })
})
