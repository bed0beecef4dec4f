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

/**
 * The same for a function of several arguments: each row holds the arguments and the result
 * written out by hand for them, compared by value (toEqual); a failure names the arguments.
 */
export function expectResults<A extends readonly unknown[], O>(
  fn: (...args: A) => O,
  table: readonly (readonly [args: NoInfer<A>, result: NoInfer<O>])[],
): void {
  for (const [args, result] of table)
    expect(fn(...args), `for ${JSON.stringify(args)}`).toEqual(result)
}
