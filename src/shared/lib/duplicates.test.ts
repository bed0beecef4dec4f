import { describe, expect, it } from 'vitest'
import {
  flagOpenDuplicates,
  mergeProblem,
  openOriginal,
  type DuplicateCandidate,
} from './duplicates'

function r(
  id: string,
  receivedAt: string,
  extra: Partial<DuplicateCandidate> = {},
): DuplicateCandidate {
  return { id, userId: 'U000001', type: 'copy', status: 'in_review', receivedAt, ...extra }
}

describe('openOriginal', () => {
  it('finds the first open request of the same user and type', () => {
    const existing = [
      r('R3', '2026-11-03T10:00:00+08:00'),
      r('R1', '2026-11-01T10:00:00+08:00', { status: 'completed' }),
      r('R2', '2026-11-02T10:00:00+08:00'),
      r('R0', '2026-10-30T10:00:00+08:00', { type: 'access' }),
    ]
    expect(openOriginal({ userId: 'U000001', type: 'copy' }, existing)?.id).toBe('R2')
    expect(openOriginal({ userId: 'U000002', type: 'copy' }, existing)).toBeNull()
  })

  it('never points at a request that is itself a duplicate', () => {
    const existing = [r('R1', '2026-11-01T10:00:00+08:00', { duplicateOf: 'R0' })]
    expect(openOriginal({ userId: 'U000001', type: 'copy' }, existing)).toBeNull()
  })
})

describe('flagOpenDuplicates', () => {
  it('flags the later open requests of the same user and type against the first one', () => {
    const flagged = flagOpenDuplicates([
      r('R4', '2026-11-04T10:00:00+08:00'),
      r('R2', '2026-11-02T10:00:00+08:00'),
      r('R1', '2026-11-01T10:00:00+08:00', { status: 'withdrawn' }),
      r('R3', '2026-11-03T10:00:00+08:00', { userId: 'U000002' }),
      r('R5', '2026-11-05T10:00:00+08:00', { type: 'access' }),
      r('R6', '2026-11-06T10:00:00+08:00', { status: 'awaiting_requester' }),
    ])
    expect(Object.fromEntries(flagged)).toEqual({ R4: 'R2', R6: 'R2' })
  })

  it('handles a hundred thousand requests in one pass', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      r(`R${i}`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), {
        userId: `U${i % 50_000}`,
      }),
    )
    // One pass reads each request's user a bounded number of times; comparing requests pairwise
    // would read it tens of thousands of times each. Counted, not timed, so a busy machine
    // cannot fail it.
    let reads = 0
    const counted = many.map((request) => {
      const { userId, ...rest } = request
      return Object.defineProperty(rest, 'userId', {
        enumerable: true,
        get: () => {
          reads += 1
          return userId
        },
      }) as DuplicateCandidate
    })
    expect(flagOpenDuplicates(counted).size).toBe(50_000)
    expect(reads).toBeLessThanOrEqual(4 * many.length)
  })
})

describe('mergeProblem', () => {
  const dup = r('R2', '2026-11-02T10:00:00+08:00')
  it('allows only an open request of the same user and type', () => {
    expect(mergeProblem(dup, r('R1', '2026-11-01T10:00:00+08:00'))).toBeNull()
    expect(mergeProblem(dup, undefined)).toBe('not_found')
    expect(mergeProblem(dup, dup)).toBe('same_request')
    expect(mergeProblem(dup, r('R1', '2026-11-01T10:00:00+08:00', { type: 'access' }))).toBe(
      'other_user_or_type',
    )
    expect(mergeProblem(dup, r('R1', '2026-11-01T10:00:00+08:00', { userId: 'U9' }))).toBe(
      'other_user_or_type',
    )
    expect(mergeProblem(dup, r('R1', '2026-11-01T10:00:00+08:00', { status: 'completed' }))).toBe(
      'target_closed',
    )
    expect(
      mergeProblem({ ...dup, status: 'withdrawn' }, r('R1', '2026-11-01T10:00:00+08:00')),
    ).toBe('duplicate_closed')
  })
})
