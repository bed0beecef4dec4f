// antd's Form validates each rule with this validator; the tests run the rules through it.
import Schema from '@rc-component/async-validator'
import type { FormRule } from 'antd'
import { describe, expect, it } from 'vitest'
import { freeText } from '../api/free-text'
import { z } from '../api/zod'
import { i18n } from '../i18n/i18n'
import { askFor, bodyMaxLength, bodyRules, schemaMaxLength, schemaRules } from './form-rules'

// It logs each failure to the console; the tests read the failures from its answer.
Schema.warning = () => {}

/** The messages the rules answer `value` with; none when it passes. */
async function errors(rules: FormRule[], value: unknown): Promise<string[]> {
  const validator = new Schema({ field: rules as never })
  try {
    await validator.validate({ field: value }, { first: false })
    return []
  } catch (e) {
    const { errors } = e as { errors?: { message: string }[] }
    if (!errors) throw e
    return errors.map((x) => x.message)
  }
}

describe('schemaRules', () => {
  it('rejects free text one character over the maximum, and accepts the maximum', async () => {
    const rules = schemaRules(freeText(z.minLength(1), z.maxLength(2000)), {
      required: 'Required',
      max: (n) => `At most ${n}`,
    })
    expect(await errors(rules, 'a'.repeat(2000))).toEqual([])
    expect(await errors(rules, 'a'.repeat(2001))).toEqual(['At most 2000'])
  })

  it('requires a required string, and blank text when the schema trims', async () => {
    const rules = schemaRules(freeText(z.minLength(1)), { required: 'Required' })
    expect(await errors(rules, undefined)).toEqual(['Required'])
    expect(await errors(rules, '')).toEqual(['Required'])
    expect(await errors(rules, '   ')).toEqual(['Required'])
    expect(await errors(rules, 'x')).toEqual([])
  })

  it('leaves an optional field free to be empty but holds its limits when filled', async () => {
    const rules = schemaRules(z.optional(z.string().check(z.maxLength(3))), {
      max: 'Too long',
    })
    expect(await errors(rules, undefined)).toEqual([])
    expect(await errors(rules, '')).toEqual([])
    expect(await errors(rules, 'abcd')).toEqual(['Too long'])
  })

  it('counts the minimum on the trimmed text, with the limit in the message', async () => {
    const rules = schemaRules(freeText(z.minLength(5)), {
      required: 'Required',
      min: (n) => `At least ${n}`,
    })
    expect(await errors(rules, '  abcd  ')).toEqual(['At least 5'])
    expect(await errors(rules, ' abcde ')).toEqual([])
  })

  it('can require a field the schema leaves optional', async () => {
    const rules = schemaRules(z.optional(z.string()), { require: true, required: 'Required' })
    expect(await errors(rules, undefined)).toEqual(['Required'])
  })

  it('tests the schema pattern', async () => {
    const rules = schemaRules(z.string().check(z.regex(/^\d{6}$/)), { pattern: 'Six digits' })
    expect(await errors(rules, '12345')).toEqual(['Six digits'])
    expect(await errors(rules, '123456')).toEqual([])
  })

  it('bounds a number inclusively, and an integer rejects fractions', async () => {
    const rules = schemaRules(z.number().check(z.int(), z.minimum(1), z.maximum(60)))
    expect(await errors(rules, 0)).toHaveLength(1)
    expect(await errors(rules, 1)).toEqual([])
    expect(await errors(rules, 60)).toEqual([])
    expect(await errors(rules, 61)).toHaveLength(1)
    expect(await errors(rules, 1.5)).toHaveLength(1)
  })

  it('says the whole range of a number bounded on both sides, whichever side it misses', async () => {
    const rules = schemaRules(z.optional(z.int().check(z.minimum(1), z.maximum(30))), {
      range: (min, max) => `From ${min} to ${max}`,
    })
    expect(await errors(rules, 0)).toEqual(['From 1 to 30'])
    expect(await errors(rules, 100)).toEqual(['From 1 to 30'])
    expect(await errors(rules, 30)).toEqual([])
    expect(await errors(rules, undefined)).toEqual([])
  })

  it('bounds a number exclusively with z.positive()', async () => {
    const rules = schemaRules(z.number().check(z.positive()), { min: (n) => `Above ${n}` })
    expect(await errors(rules, 0)).toEqual(['Above 0'])
    expect(await errors(rules, 0.01)).toEqual([])
  })

  it('requires at least one item of a required array', async () => {
    const rules = schemaRules(z.array(z.string()).check(z.minLength(1)), { required: 'Pick one' })
    expect(await errors(rules, [])).toEqual(['Pick one'])
    expect(await errors(rules, ['a'])).toEqual([])
  })

  it('accepts only the values of an enum', async () => {
    const rules = schemaRules(z.enum(['sms', 'email']), { required: 'Required' })
    expect(await errors(rules, undefined)).toEqual(['Required'])
    expect(await errors(rules, 'sms')).toEqual([])
    expect(await errors(rules, 'fax')).toHaveLength(1)
  })

  it('reads through a default, which the server fills, as optional', async () => {
    const rules = schemaRules(z._default(z.string().check(z.maxLength(2)), 'ab'))
    expect(await errors(rules, undefined)).toEqual([])
    expect(await errors(rules, 'abc')).toHaveLength(1)
  })
})

describe('bodyRules', () => {
  const endpoint = {
    body: z.object({
      reason: freeText(z.minLength(5)),
      changes: z.array(z.object({ value: z.string().check(z.maxLength(2)) })),
      basis: z.optional(
        z.union([
          z.object({ kind: z.literal('a'), caseNo: z.string().check(z.maxLength(3)) }),
          z.object({ kind: z.literal('b'), clause: z.string() }),
        ]),
      ),
    }),
  }

  it('finds a field of the body, nested and inside a union', async () => {
    expect(await errors(bodyRules(endpoint, 'reason', { min: 'Short' }), 'abc')).toEqual(['Short'])
    expect(await errors(bodyRules(endpoint, 'basis.caseNo', { max: 'Long' }), 'abcd')).toEqual([
      'Long',
    ])
  })

  it('finds a field of the items of an array', async () => {
    expect(await errors(bodyRules(endpoint, 'changes.value'), 'ab')).toEqual([])
    expect(await errors(bodyRules(endpoint, 'changes.value'), 'abc')).toHaveLength(1)
  })

  it('throws for a field the body does not have', () => {
    expect(() => bodyRules(endpoint, 'basis.missing')).toThrow('basis.missing')
  })
})

describe('bodyMaxLength', () => {
  const endpoint = {
    body: z.object({
      message: freeText(z.minLength(1), z.maxLength(2000)),
      note: z.optional(freeText(z.maxLength(1000))),
      basis: z.object({ caseNo: z.string().check(z.maxLength(3)) }),
      free: z.string(),
    }),
  }

  it("reads a field's maximum length through its optional wrapper and inside an object", () => {
    expect(bodyMaxLength(endpoint, 'message')).toBe(2000)
    expect(bodyMaxLength(endpoint, 'note')).toBe(1000)
    expect(bodyMaxLength(endpoint, 'basis.caseNo')).toBe(3)
  })

  it('has none for a field the schema does not limit', () => {
    expect(bodyMaxLength(endpoint, 'free')).toBeUndefined()
  })
})

describe('askFor', () => {
  it('asks to select a choice and to enter any other field, naming the field, in both languages', () => {
    const zh = i18n.getFixedT('zh-CN')
    const en = i18n.getFixedT('en-US')
    expect(askFor(zh, '申请人姓名')).toBe('请输入申请人姓名')
    expect(askFor(zh, '接收方类型', 'select')).toBe('请选择接收方类型')
    expect(askFor(en, 'applicant name')).toBe('Enter applicant name')
    expect(askFor(en, 'recipient type', 'select')).toBe('Select recipient type')
  })
})

describe('schemaMaxLength', () => {
  it("reads a field's own maximum, and none where the schema sets none", () => {
    expect(schemaMaxLength(z.string().check(z.maxLength(100)))).toBe(100)
    expect(schemaMaxLength(z.optional(freeText(z.minLength(1), z.maxLength(40))))).toBe(40)
    expect(schemaMaxLength(z.string())).toBeUndefined()
  })
})
