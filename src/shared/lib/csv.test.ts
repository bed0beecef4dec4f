import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { CsvParseError, parseCsv, toCsv } from './csv'

describe('toCsv', () => {
  it('writes CRLF records and quotes only when needed', () => {
    expect(toCsv(['a', 'b'], [['x', 'y, z']])).toBe('a,b\r\nx,"y, z"\r\n')
    expect(toCsv(['a'], [['say "hi"'], ['two\nlines'], ['cr\rhere']])).toBe(
      'a\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\n',
    )
    expect(toCsv(['姓名'], [['张三']])).toBe('姓名\r\n张三\r\n')
  })

  it('writes numbers, booleans and empty cells', () => {
    expect(
      toCsv(
        ['n', 'b', 'e', 'u'],
        [
          [-12.5, true, null, undefined],
          [0, false, '', NaN],
        ],
      ),
    ).toBe('n,b,e,u\r\n-12.5,true,,\r\n0,false,,\r\n')
  })

  it('neutralises spreadsheet formulas in string cells', () => {
    const csv = toCsv(
      ['c'],
      [['=HYPERLINK("http://x","y")'], ['+1'], ['-1'], ['@SUM(A1)'], ['\tx'], ['\rx']],
    )
    expect(csv).toBe(
      'c\r\n"\'=HYPERLINK(""http://x"",""y"")"\r\n\'+1\r\n\'-1\r\n\'@SUM(A1)\r\n\'\tx\r\n"\'\rx"\r\n',
    )
    expect(parseCsv(csv).map((r) => r[0])).toEqual([
      'c',
      '\'=HYPERLINK("http://x","y")',
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ])
  })

  it('neutralises header cells too but leaves safe text alone', () => {
    expect(toCsv(['=cmd'], [['a=b']])).toBe("'=cmd\r\na=b\r\n")
  })

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['x']])).toThrow(RangeError)
  })
})

describe('parseCsv', () => {
  it('parses quoted fields with CRLF and LF line ends', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ])
    expect(parseCsv('a,b\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']])
  })

  it('keeps line breaks and empty fields inside records', () => {
    expect(parseCsv('"two\r\nlines",\r\n,x\r\n""\r\n')).toEqual([
      ['two\r\nlines', ''],
      ['', 'x'],
      [''],
    ])
  })

  it('handles empty input and a byte order mark', () => {
    expect(parseCsv('')).toEqual([])
    expect(parseCsv('\uFEFF姓名,手机\r\n张三,138****5678\r\n')).toEqual([
      ['姓名', '手机'],
      ['张三', '138****5678'],
    ])
  })

  it('reports malformed quoting with its line', () => {
    expect(() => parseCsv('a\r\n"open\r\nstill open')).toThrow(CsvParseError)
    try {
      parseCsv('a\r\n"open\r\nstill open')
    } catch (e) {
      expect(e).toBeInstanceOf(CsvParseError)
      expect((e as CsvParseError).line).toBe(2)
    }
    expect(() => parseCsv('"a"b,c')).toThrow(/closing quote/)
  })

  it('property: what toCsv writes, parseCsv reads back', () => {
    const cell = fc.oneof(
      fc.string({
        unit: fc.constantFrom('a', '张', ',', '"', '\r', '\n', ' ', '=', '-', '@', '\t', '+'),
      }),
      fc.string(),
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 })),
        (w, raw) => {
          const header = Array.from({ length: w }, (_, i) => `col${i}`)
          const rows = raw.map((r) => r.slice(0, w))
          const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
          expect(parseCsv(toCsv(header, rows))).toEqual([header, ...expected])
        },
      ),
    )
  })
})
