import { describe, expect, it } from 'vitest'
import { FRAME, labelEvery, niceTicks, xOf, yOf } from './chart-scale'

describe('axis ticks', () => {
  it('steps by 1, 2 or 5 times a power of ten and covers the maximum', () => {
    expect(niceTicks(37)).toEqual([0, 10, 20, 30, 40])
    expect(niceTicks(1)).toEqual([0, 0.5, 1])
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8])
    expect(niceTicks(0)).toEqual([0, 1])
  })

  it('places values inside the frame', () => {
    expect(yOf(FRAME, 10, 0)).toBe(FRAME.height - FRAME.bottom)
    expect(yOf(FRAME, 10, 10)).toBe(FRAME.top)
    expect(xOf(FRAME, 2, 0)).toBeLessThan(xOf(FRAME, 2, 1))
    expect(labelEvery(20)).toBe(2)
    expect(labelEvery(5)).toBe(1)
  })
})
