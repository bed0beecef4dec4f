export type CsvCell = string | number | boolean | null | undefined

const CRLF = '\r\n'
const NEEDS_QUOTES = /[",\r\n]/
// Spreadsheets run a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/

export class CsvParseError extends Error {
  readonly line: number
  constructor(line: number, message: string) {
    super(`CSV line ${line}: ${message}`)
    this.name = 'CsvParseError'
    this.line = line
  }
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  // Numbers stay numbers (a negative amount must not turn into text); NaN and Infinity carry no
  // value a spreadsheet could use.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  return FORMULA_START.test(cell) ? `'${cell}` : cell
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** RFC 4180 text with CRLF line ends (also after the last record). */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header.map((h) => quote(cellText(h))).join(',')]
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new RangeError(`Row ${i + 1} has ${row.length} cells, the header ${header.length}`)
    }
    lines.push(row.map((c) => quote(cellText(c))).join(','))
  })
  return lines.join(CRLF) + CRLF
}

/** RFC 4180 parser (CRLF, LF or CR line ends); a final line end does not add an empty record. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let line = 1
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let fieldStarted = false

  const endRecord = (): void => {
    record.push(field)
    records.push(record)
    record = []
    field = ''
    fieldStarted = false
  }

  while (i < text.length) {
    const c = text[i]
    if (c === '"' && field === '' && !fieldStarted) {
      const openedOn = line
      i++
      for (;;) {
        if (i >= text.length) throw new CsvParseError(openedOn, 'quoted field is not closed')
        const q = text[i]
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++
        field += q
        i++
      }
      fieldStarted = true
      const next = text[i]
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvParseError(line, 'text after a closing quote')
      }
      continue
    }
    if (c === ',') {
      record.push(field)
      field = ''
      fieldStarted = false
      i++
      continue
    }
    if (c === '\r' || c === '\n') {
      endRecord()
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      continue
    }
    field += c
    fieldStarted = true
    i++
  }
  if (fieldStarted || record.length > 0) endRecord()
  return records
}
