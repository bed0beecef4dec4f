import { describe, expect, it } from 'vitest'
import { idCheckChar, makeIdNumber } from './id-number'
import { automaticChecks, idNumberProblem, sameIdNumber } from './identity-requirements-checks'
import { maskIdNumber } from './masking'

const TODAY = '2026-10-08'
const ID = makeIdNumber('330106', '19900101', '123') // 33010619900101123X
const account = { name: '张三', idNumber: ID, ageGroup: 'adult' } as const
const minor = {
  name: '李四',
  idNumber: makeIdNumber('330106', '20100505', '124'),
  ageGroup: 'minor',
} as const

describe('idNumberProblem', () => {
  it('names the exact reason', () => {
    expect(idNumberProblem(ID, TODAY)).toBeNull()
    expect(idNumberProblem('3301061990010112', TODAY)).toBe('length')
    expect(idNumberProblem('33010619900101123Y', TODAY)).toBe('format')
    expect(idNumberProblem('330106199001011231', TODAY)).toBe('checksum')
    const feb30 = '33010619900230123'
    expect(idNumberProblem(feb30 + idCheckChar(feb30), TODAY)).toBe('birth_date_impossible')
    const month13 = '33010619901301123'
    expect(idNumberProblem(month13 + idCheckChar(month13), TODAY)).toBe('birth_date_impossible')
    expect(idNumberProblem(makeIdNumber('330106', '18991231', '123'), TODAY)).toBe(
      'birth_date_before_1900',
    )
    expect(idNumberProblem(makeIdNumber('330106', '20261009', '123'), TODAY)).toBe(
      'birth_date_future',
    )
  })
})

describe('sameIdNumber', () => {
  it('compares exactly against the real record, lower-case x included', () => {
    expect(sameIdNumber(ID.toLowerCase(), ID)).toBe(true)
    expect(sameIdNumber(makeIdNumber('330106', '19900101', '125'), ID)).toBe(false)
  })

  it('against a masked record compares the kept characters only', () => {
    expect(sameIdNumber(ID, maskIdNumber(ID))).toBe(true)
    expect(sameIdNumber(makeIdNumber('330106', '19900101', '125'), maskIdNumber(ID))).toBe(false)
  })
})

describe('automaticChecks', () => {
  it('checks the number, the name and the number against the account, and the age', () => {
    const checks = automaticChecks({
      requesterType: 'self',
      subject: { name: '张三', idNumber: ID },
      account,
      guardianIdNumber: null,
      today: TODAY,
    })
    expect(checks).toEqual([
      { key: 'id_number_valid', ok: true, problem: null, value: null },
      { key: 'name_matches', ok: true, problem: null, value: null },
      { key: 'id_number_matches', ok: true, problem: null, value: null },
      { key: 'user_age', ok: true, problem: null, value: 'adult' },
    ])
  })

  it('flags a wrong name, an invalid number, and a minor acting alone', () => {
    const checks = automaticChecks({
      requesterType: 'self',
      subject: { name: '李五', idNumber: '330106201005051241' },
      account: minor,
      guardianIdNumber: null,
      today: TODAY,
    })
    expect(checks.filter((c) => !c.ok).map((c) => [c.key, c.problem, c.value])).toEqual([
      ['id_number_valid', 'checksum', null],
      ['name_matches', null, null],
      ['id_number_matches', null, null],
      ['user_age', null, 'minor'],
    ])
  })

  it("checks a guardian's own number and whether they are the guardian on record", () => {
    const guardian = makeIdNumber('330106', '19800315', '021')
    // A request for the minor from someone with this ID number, the record naming `guardian`.
    const fromRequester = (requesterIdNumber: string) =>
      automaticChecks({
        requesterType: 'guardian',
        requesterIdNumber,
        account: minor,
        guardianIdNumber: guardian,
        today: TODAY,
      })
    expect(fromRequester(guardian)).toEqual([
      { key: 'user_age', ok: true, problem: null, value: 'minor' },
      { key: 'requester_id_valid', ok: true, problem: null, value: null },
      { key: 'requester_is_guardian_on_record', ok: true, problem: null, value: null },
    ])
    const other = fromRequester(makeIdNumber('330106', '19810315', '021'))
    expect(other.find((c) => c.key === 'requester_is_guardian_on_record')?.ok).toBe(false)
  })
})
