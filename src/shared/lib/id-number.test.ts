import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { expectOutputs, expectResults } from '../../test/table'
import { ageGroupOn, ageOn, idCheckChar, makeIdNumber, validateIdNumber } from './id-number'

const TODAY = '2026-10-08'

describe('idCheckChar', () => {
  it('matches the published examples', () => {
    expect(idCheckChar('11010519491231002')).toBe('X')
    expect(idCheckChar('44052418800101001')).toBe('4')
    expect(idCheckChar('33010619900101123')).toBe('X')
    expect(idCheckChar('11010520100101001')).toBe('0')
  })

  it('refuses anything but 17 digits', () => {
    expect(() => idCheckChar('1101051949123100')).toThrow(RangeError)
    expect(() => idCheckChar('1101051949123100X')).toThrow(RangeError)
  })
})

describe('validateIdNumber', () => {
  it('accepts a valid number and decodes it', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    })
    const male = validateIdNumber('110105201001010010', TODAY)
    expect(male.ok && male.sex).toBe('male')
  })

  it('accepts a lowercase x and surrounding spaces, normalising to X', () => {
    const r = validateIdNumber(' 11010519491231002x ', TODAY)
    expect(r.ok && r.normalized).toBe('11010519491231002X')
  })

  it('rejects a wrong check character', () => {
    const r = validateIdNumber('110105194912310021', TODAY)
    expect(r).toMatchObject({ ok: false, reason: 'checksum' })
  })

  it('rejects the wrong length', () => {
    for (const input of ['11010519491231002', '11010519491231002X1', ''])
      expect(validateIdNumber(input, TODAY), input).toMatchObject({ ok: false, reason: 'length' })
  })

  it('rejects bad characters', () => {
    for (const input of ['1101051949123100XX', '11010519491231002Y', '01010519491231002X'])
      expect(validateIdNumber(input, TODAY), input).toMatchObject({ ok: false, reason: 'format' })
  })

  it('rejects impossible birth dates even with a correct check character', () => {
    const first17 = '33010619990230123'
    const r = validateIdNumber(first17 + idCheckChar(first17), TODAY)
    expect(r).toMatchObject({ ok: false, reason: 'birth_date' })
    const feb29 = '33010619000229123'
    expect(validateIdNumber(feb29 + idCheckChar(feb29), TODAY)).toMatchObject({
      reason: 'birth_date',
    })
    const leap = '33010620000229002'
    expect(validateIdNumber(leap + idCheckChar(leap), TODAY).ok).toBe(true)
  })

  it('rejects a birth date in the future or before 1900', () => {
    const tomorrow = makeIdNumber('330106', '20261009', '123')
    expect(validateIdNumber(tomorrow, TODAY)).toMatchObject({ ok: false, reason: 'birth_date' })
    expect(validateIdNumber(makeIdNumber('330106', '20261008', '123'), TODAY).ok).toBe(true)
    expect(validateIdNumber('440524188001010014', TODAY)).toMatchObject({
      ok: false,
      reason: 'birth_date',
    })
    expect(validateIdNumber(makeIdNumber('330106', '30000101', '123'))).toMatchObject({
      reason: 'birth_date',
    })
  })

  it('property: every made number validates; any single-digit change is caught', () => {
    const birthArb = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2026-10-08T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''))
    fc.assert(
      fc.property(
        fc.integer({ min: 110000, max: 829999 }).map(String),
        birthArb,
        fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
        fc.integer({ min: 14, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (region, birth, seq, pos, delta) => {
          const id = makeIdNumber(region, birth, seq)
          const r = validateIdNumber(id, TODAY)
          expect(r.ok).toBe(true)
          const changed = id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1)
          expect(validateIdNumber(changed, TODAY)).toMatchObject({ ok: false, reason: 'checksum' })
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('makeIdNumber', () => {
  it('builds a valid number and refuses bad parts', () => {
    expect(makeIdNumber('330106', '19900101', '123')).toBe('33010619900101123X')
    expect(() => makeIdNumber('33010', '19900101', '123')).toThrow(RangeError)
    expect(() => makeIdNumber('330106', '19900230', '123')).toThrow(RangeError)
    expect(() => makeIdNumber('330106', '19900101', '12')).toThrow(RangeError)
  })
})

describe('ageOn', () => {
  it('reaches an age on the day after the birthday (Civil Code arts. 201–203)', () => {
    expectResults(ageOn, [
      [['2008-10-08', '2026-10-07'], 17],
      [['2008-10-08', '2026-10-08'], 17],
      [['2008-10-08', '2026-10-09'], 18],
      [['1949-12-31', '2026-10-08'], 76],
      [['20081008', '20261009'], 18],
      [['2007-12-31', '2026-01-01'], 18],
    ])
  })

  it('a 29 February birthday ends on 28 February in common years', () => {
    expectOutputs(
      (onDate: string) => ageOn('2008-02-29', onDate),
      [
        ['2026-02-28', 17],
        ['2026-03-01', 18],
        ['2028-02-29', 19],
        ['2028-03-01', 20],
      ],
    )
  })

  it('refuses impossible dates', () => {
    expect(() => ageOn('2008-02-30', '2026-01-01')).toThrow(RangeError)
  })
})

describe('ageGroupOn', () => {
  it('is under_14, minor from the day after the 14th birthday, adult from the day after the 18th', () => {
    expectResults(ageGroupOn, [
      [['2012-05-05', '2026-05-05'], 'under_14'],
      [['2012-05-05', '2026-05-06'], 'minor'],
      [['2008-05-05', '2026-05-05'], 'minor'],
      [['2008-05-05', '2026-05-06'], 'adult'],
    ])
  })
})
