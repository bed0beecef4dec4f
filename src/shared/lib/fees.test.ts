import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REQUEST_TYPES } from '../api/enums'
import { addMonths } from './data-plan'
import {
  earlierRequests,
  feeMayBeQuoted,
  feeWindow,
  formatFen,
  yuanToFen,
  type FeeCandidate,
} from './fees'

const subject: FeeCandidate = {
  id: 'R000100',
  userId: 'U000001',
  type: 'copy',
  receivedAt: '2027-03-15T10:00:00+08:00',
}

function earlier(id: string, receivedAt: string, extra: Partial<FeeCandidate> = {}): FeeCandidate {
  return { id, userId: 'U000001', type: 'copy', receivedAt, ...extra }
}

const ids = (rs: FeeCandidate[]) => rs.map((r) => r.id)

describe('feeWindow', () => {
  it('looks back 12 calendar months in Asia/Shanghai, clamping month ends', () => {
    expect(feeWindow('2027-03-15T10:00:00+08:00')).toEqual({
      after: '2026-03-15',
      to: '2027-03-15',
    })
    expect(feeWindow('2028-02-29T09:00:00+08:00')).toEqual({
      after: '2027-02-28',
      to: '2028-02-29',
    })
    // 17:30 UTC on 31 March is already 1 April in Shanghai.
    expect(feeWindow('2027-03-31T17:30:00Z')).toEqual({ after: '2026-04-01', to: '2027-04-01' })
  })
})

describe('earlierRequests', () => {
  it('counts the day after the anniversary but not the anniversary itself', () => {
    const rs = [
      earlier('R1', '2026-03-15T23:59:00+08:00'),
      earlier('R2', '2026-03-16T00:00:00+08:00'),
    ]
    expect(ids(earlierRequests(subject, rs))).toEqual(['R2'])
  })

  it('judges the edge by the Shanghai date of receipt, not the UTC one', () => {
    // 16:30 UTC on 15 March is 00:30 on 16 March in Shanghai: inside.
    const inside = earlier('R1', '2026-03-15T16:30:00Z')
    const outside = earlier('R2', '2026-03-15T15:59:00Z')
    expect(ids(earlierRequests(subject, [inside, outside]))).toEqual(['R1'])
  })

  it('on 29 February looks back to 28 February of the year before', () => {
    const leap = { ...subject, receivedAt: '2028-02-29T12:00:00+08:00' }
    const rs = [
      earlier('R1', '2027-02-28T12:00:00+08:00'),
      earlier('R2', '2027-03-01T08:00:00+08:00'),
    ]
    expect(ids(earlierRequests(leap, rs))).toEqual(['R2'])
  })

  it('counts only the same user and the same type, and never the request itself or later ones', () => {
    const rs = [
      earlier('R1', '2026-12-01T10:00:00+08:00'),
      earlier('R2', '2026-12-02T10:00:00+08:00', { userId: 'U000002' }),
      earlier('R3', '2026-12-03T10:00:00+08:00', { type: 'access' }),
      subject,
      earlier('R4', '2027-03-16T10:00:00+08:00'),
      earlier('R0', subject.receivedAt),
    ]
    // R0 came in at the same instant but was registered first (lower id).
    expect(ids(earlierRequests(subject, rs))).toEqual(['R1', 'R0'])
  })

  it('leaves out duplicates merged into another request', () => {
    const rs = [
      earlier('R1', '2027-01-05T10:00:00+08:00'),
      earlier('R2', '2027-01-06T10:00:00+08:00', { mergedInto: 'R1' }),
    ]
    expect(ids(earlierRequests(subject, rs))).toEqual(['R1'])
  })

  it('returns the earlier requests oldest first', () => {
    const rs = [
      earlier('R2', '2027-02-01T10:00:00+08:00'),
      earlier('R1', '2026-06-01T10:00:00+08:00'),
    ]
    expect(ids(earlierRequests(subject, rs))).toEqual(['R1', 'R2'])
  })

  it('counts exactly the same-user same-type requests received after the look-back date and before this one', () => {
    const day = 86_400_000
    const base = Date.parse(subject.receivedAt)
    const candidate = fc.record({
      offsetDays: fc.integer({ min: -800, max: 30 }),
      userId: fc.constantFrom('U000001', 'U000002'),
      type: fc.constantFrom(...REQUEST_TYPES),
      merged: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), (drawn) => {
        const rs = drawn.map((d, i) => ({
          id: `R${String(i).padStart(6, '0')}`,
          userId: d.userId,
          type: d.type,
          receivedAt: new Date(base + d.offsetDays * day).toISOString(),
          mergedInto: d.merged ? 'R999999' : null,
        }))
        const lookBack = addMonths('2027-03-15', -12)
        // Drawn ids all sort before the subject's, so one received at the same instant counts.
        const expected = drawn.filter((d) => {
          const date = new Date(base + d.offsetDays * day + 8 * 3_600_000)
            .toISOString()
            .slice(0, 10)
          return (
            d.userId === 'U000001' &&
            d.type === 'copy' &&
            !d.merged &&
            d.offsetDays <= 0 &&
            date > lookBack
          )
        }).length
        expect(earlierRequests(subject, rs)).toHaveLength(expected)
      }),
    )
  })
})

describe('feeMayBeQuoted', () => {
  it('allows a fee only once the free allowance is used up', () => {
    expect(feeMayBeQuoted('copy', 1, 2)).toBe(false)
    expect(feeMayBeQuoted('copy', 2, 2)).toBe(true)
    expect(feeMayBeQuoted('access', 2, 2)).toBe(true)
  })

  it('never allows one on cancellation, deletion, correction or consent withdrawal', () => {
    for (const type of ['cancellation', 'deletion', 'correction', 'consent_withdrawal'] as const)
      expect(feeMayBeQuoted(type, 9, 2)).toBe(false)
  })

  it('keeps the first request free even under an allowance of 0 stored before the rule', () => {
    expect(feeMayBeQuoted('copy', 0, 0)).toBe(false)
  })
})

describe('amounts', () => {
  it('formats fen as yuan with two decimals', () => {
    expect(formatFen(1250)).toBe('12.50')
    expect(formatFen(5)).toBe('0.05')
    expect(formatFen(100000)).toBe('1000.00')
  })

  it('turns yuan into integer fen and refuses a third decimal', () => {
    expect(yuanToFen(12.5)).toBe(1250)
    expect(yuanToFen(0.07)).toBe(7)
    expect(yuanToFen(19.99)).toBe(1999)
    expect(yuanToFen(1.234)).toBeNull()
    expect(yuanToFen(-1)).toBeNull()
  })

  it('round-trips every amount in fen', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        (fen) => yuanToFen(Number(formatFen(fen))) === fen,
      ),
    )
  })
})
