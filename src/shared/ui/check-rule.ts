import type { FormRule } from 'antd'

/**
 * A form rule from a check that names what is wrong with a value, in the words the user reads,
 * or gives nothing when the value is fine.
 */
export function checkRule<V>(
  problemOf: (value: V | undefined) => string | false | null | undefined,
): FormRule {
  return {
    validator: (_, value: V | undefined) => {
      const problem = problemOf(value)
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve()
    },
  }
}
