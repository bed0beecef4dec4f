import { describe, expect, it } from 'vitest'
import { expectOutputs } from './table'

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
