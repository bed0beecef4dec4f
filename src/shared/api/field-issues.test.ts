import { describe, expect, it } from 'vitest'
import { fieldIssuesOf } from './field-issues'

describe('fieldIssuesOf', () => {
  it('reads each field’s issue code and bounds', () => {
    expect(
      fieldIssuesOf({
        issues: { text: { code: 'too_long', maximum: 2000 }, idNumber: { code: 'id_checksum' } },
      }),
    ).toEqual({
      text: { code: 'too_long', maximum: 2000, minimum: undefined },
      idNumber: { code: 'id_checksum', minimum: undefined, maximum: undefined },
    })
  })

  it('leaves out what it cannot word: unknown codes, odd shapes, no issues at all', () => {
    expect(
      fieldIssuesOf({
        issues: {
          a: { code: 'brand_new' },
          b: 'too_long',
          c: null,
          d: { code: 'required', maximum: '9' },
        },
      }),
    ).toEqual({ d: { code: 'required', minimum: undefined, maximum: undefined } })
    expect(fieldIssuesOf({ fields: { a: 'Required' } })).toEqual({})
    expect(fieldIssuesOf(undefined)).toEqual({})
  })
})
