import type { RuleObject } from 'antd/es/form'
import { describe, expect, it } from 'vitest'
import { checkRule } from './check-rule'

const validate = (value: string | undefined) => {
  const rule = checkRule<string>((v) => v === 'bad' && 'Not that one') as RuleObject
  return rule.validator!({} as never, value, () => undefined)
}

describe('checkRule', () => {
  it('refuses a value with the problem the check names', async () => {
    await expect(validate('bad')).rejects.toThrow('Not that one')
  })

  it.each([['good'], [undefined]])('lets %s through', async (value) => {
    await expect(validate(value)).resolves.toBeUndefined()
  })
})
