import { describe, expect, it } from 'vitest'
import { expectOutputs, expectResults } from './table'

describe('expectOutputs', () => {
  it('passes when every row holds', () => {
    expectOutputs(
      (n: number) => n * 2,
      [
        [1, 2],
        [3, 6],
      ],
    )
  })

  it('fails on the first row that does not hold, naming its input', () => {
    expect(() =>
      expectOutputs(
        (s: string) => s.toUpperCase(),
        [
          ['a', 'A'],
          ['b', 'b'],
        ],
      ),
    ).toThrow('for "b"')
  })
})

describe('expectResults', () => {
  it('passes when every row holds, comparing results by value', () => {
    expectResults(
      (a: number, b: number) => ({ sum: a + b }),
      [
        [[1, 2], { sum: 3 }],
        [[2, -2], { sum: 0 }],
      ],
    )
  })

  it('fails on the first row that does not hold, naming its arguments', () => {
    expect(() =>
      expectResults(
        (s: string, n: number) => s.repeat(n),
        [
          [['a', 2], 'aa'],
          [['b', 3], 'bb'],
        ],
      ),
    ).toThrow('for ["b",3]')
  })
})
