import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { expectOutputs } from '../../test/table'
import { isMasked, maskFreeText, maskIdNumber, maskName, maskPhone, phoneLast4 } from './masking'

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters', () => {
    expect(maskIdNumber('330106199001011234')).toBe('330106********1234')
    expect(maskIdNumber('33010619900101123X')).toBe('330106********123X')
    expect(maskIdNumber(' 33010619900101123X ')).toBe('330106********123X')
  })

  it('never reveals more on short or odd input', () => {
    expectOutputs(maskIdNumber, [
      ['', ''],
      ['1234', '****'],
      ['12345678', '********'],
      ['1234567890', '12********'],
      ['330106900101123', '330106********3'], // old 15-digit number
      ['3301061990010112345', '330106*********2345'],
    ])
  })

  it('property: at most 10 characters stay visible and at least 8 are hidden', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const chars = Array.from(s.trim())
        const masked = Array.from(maskIdNumber(s))
        expect(masked.length).toBe(chars.length)
        const hidden = masked.filter((c, i) => c === '*' && chars[i] !== '*').length
        const kept = masked.filter((c, i) => c === chars[i]).length
        expect(kept).toBeLessThanOrEqual(10)
        expect(hidden + chars.filter((c) => c === '*').length).toBeGreaterThanOrEqual(
          Math.min(8, chars.length),
        )
      }),
    )
  })
})

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('138 1234 5678')).toBe('138****5678')
    expect(maskPhone('138-1234-5678')).toBe('138****5678')
  })

  it('never reveals more on short or odd input', () => {
    expectOutputs(maskPhone, [
      ['', ''],
      ['1234', '****'],
      ['12345', '1****'],
      ['1234567', '123****'],
      ['12345678', '123****8'],
      ['+8613812345678', '+86*******5678'],
    ])
  })
})

describe('maskName', () => {
  it('keeps the first character only', () => {
    expect(maskName('张三丰')).toBe('张**')
    expect(maskName('李四')).toBe('李*')
    expect(maskName('阿依古丽·买买提')).toBe('阿*******')
    expect(maskName('𠀀三')).toBe('𠀀*') // a character outside the BMP counts once
  })

  it('hides a one-character name completely', () => {
    expect(maskName('张')).toBe('*')
    expect(maskName('')).toBe('')
  })
})

describe('isMasked', () => {
  it('recognises masked values', () => {
    expect(isMasked('330106********1234')).toBe(true)
    expect(isMasked('138****5678')).toBe(true)
    expect(isMasked('张**')).toBe(true)
    expect(isMasked(maskIdNumber('33010619900101123X'))).toBe(true)
  })

  it('rejects raw or partly masked values', () => {
    for (const value of [
      '330106199001011234',
      '13812345678',
      '张三丰',
      '1381234567*',
      '3301061990****1234',
      '',
    ])
      expect(isMasked(value), value).toBe(false)
  })
})

describe('phoneLast4', () => {
  it('returns the last four digits of raw or masked numbers', () => {
    expect(phoneLast4('13812345678')).toBe('5678')
    expect(phoneLast4('138****5678')).toBe('5678')
    expect(phoneLast4('138 1234 5678')).toBe('5678')
  })

  it('returns an empty string when there are no four trailing digits', () => {
    expect(phoneLast4('123')).toBe('')
    expect(phoneLast4('1381234****')).toBe('')
    expect(phoneLast4('')).toBe('')
  })
})

describe('maskFreeText', () => {
  it('masks phone and ID numbers however they are typed, keeping the rest as typed', () => {
    expect(maskFreeText('电话13812345678，证件33010619900101123X')).toBe(
      '电话138****5678，证件330106********123X',
    )
    expect(maskFreeText('１３８１２３４５６７８')).toBe('138****5678')
    expect(maskFreeText('３３０１０６１９９００１０１１２３ｘ')).toBe('330106********123X')
    expect(maskFreeText('打 138 1234 5678 或 139-1234-5678')).toBe('打 138****5678 或 139****5678')
    expect(maskFreeText('13812345678 13912345678')).toBe('138****5678 139****5678')
    expect(maskFreeText('330106 19900101 123X')).toBe('330106********123X')
    expect(maskFreeText('+86 138 1234 5678')).toBe('+86138****5678')
    expect(maskFreeText('𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖')).toBe('138****5678')
    expect(maskFreeText('（13812345678）')).toBe('（138****5678）')
  })

  it('leaves other numbers alone', () => {
    expect(maskFreeText('金额 12.50 元，工单 2026-10-08，订单 2026100812')).toBe(
      '金额 12.50 元，工单 2026-10-08，订单 2026100812',
    )
    expect(maskFreeText('12812345678 与 138123456789')).toBe('12812345678 与 138123456789')
    expect(maskFreeText('')).toBe('')
  })

  it('is idempotent: masked text stays as it is', () => {
    expect(maskFreeText('138****5678，330106********123X')).toBe('138****5678，330106********123X')
  })
})
