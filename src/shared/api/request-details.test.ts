import { describe, expect, it } from 'vitest'
import { detailsOf } from './request-details'
import { createRequestInputSchema, requestSchema, type PrivacyRequest } from './schemas'

// A request as the API stores it, written out by hand; each case changes only its type and details.
const base = {
  id: 'R-1',
  type: 'access',
  status: 'completed',
  userId: 'U-1',
  requesterType: 'self',
  requesterName: null,
  channel: 'app',
  receivedAt: '2026-11-02T08:00:00.000Z',
  identityVerifiedAt: '2026-11-02T09:00:00.000Z',
  clockStartsAt: '2026-11-02T09:00:00.000Z',
  targetAt: null,
  deadlineAt: null,
  calendarProvisional: false,
  pausedDays: 0,
  pausedAt: null,
  extensionDays: 0,
  assigneeId: 'S-1',
  preparedBy: null,
  decision: null,
  completedAt: null,
  details: {},
  version: 1,
  timeline: [],
  notes: [],
  identityChecks: [],
}

const accessAnswer = {
  answers: [{ category: 'profile', held: true }],
  message: '平台保存了您的账户资料。',
  at: '2026-11-03T10:00:00.000Z',
  by: 'S-1',
}

const deletion = {
  ground: 'account_cancelled',
  evidence: null,
  note: 'the account was cancelled',
  items: [
    {
      category: 'profile',
      action: 'delete',
      duty: null,
      retainFrom: null,
      purgeOn: null,
      executedAt: null,
      executedBy: null,
    },
  ],
  preparedAt: '2026-11-03T10:00:00.000Z',
  preparedBy: 'S-1',
}

const parse = (type: string, details: unknown) =>
  requestSchema.safeParse({ ...base, type, details })

describe('request details', () => {
  it('takes the details of the request’s own type', () => {
    expect(parse('access', { verifiedPhone: '138****0000', accessAnswer }).success).toBe(true)
    expect(parse('deletion', { deletion }).success).toBe(true)
    expect(parse('cancellation', {}).success).toBe(true)
  })

  it('refuses details of another type, naming the field', () => {
    const wrong = parse('access', { deletion })
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues.map((i) => i.path)).toContainEqual(['details'])
    expect(parse('cancellation', { accessAnswer }).success).toBe(false)
    expect(parse('copy', { withdrawal: { keys: [] } }).success).toBe(false)
  })

  it('refuses a record of the right name but the wrong shape', () => {
    const bad = parse('access', { accessAnswer: { answers: 'all', message: 1 } })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => i.path[0])).toContain('details')
  })

  it('reads the details typed only for the request’s own type', () => {
    const request = { ...base, details: { accessAnswer } } as PrivacyRequest
    expect(detailsOf(request, 'access')?.accessAnswer?.message).toBe('平台保存了您的账户资料。')
    expect(detailsOf(request, 'deletion')).toBeNull()
  })
  it('refuses a new request whose details do not fit its type', () => {
    const body = {
      type: 'access',
      userId: 'U-1',
      requesterType: 'self',
      channel: 'app',
      receivedAt: '2026-11-02T08:00:00.000Z',
    }
    expect(createRequestInputSchema.safeParse(body).success).toBe(true)
    expect(createRequestInputSchema.safeParse({ ...body, details: {} }).success).toBe(true)
    expect(createRequestInputSchema.safeParse({ ...body, details: { deletion } }).success).toBe(
      false,
    )
  })
})
