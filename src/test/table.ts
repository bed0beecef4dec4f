import { expect } from 'vitest'

/**
 * Checks a function of one argument against a table of inputs and the outputs written out by
 * hand for them; a failure names the input it failed on.
 */
export function expectOutputs<I, O>(
  fn: (input: I) => O,
  table: readonly (readonly [input: I, output: O])[],
): void {
  for (const [input, output] of table)
    expect(fn(input), `for ${JSON.stringify(input)}`).toBe(output)
}
