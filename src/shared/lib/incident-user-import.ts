import { CsvParseError, parseCsv } from './csv'

// A list of affected users arrives as a CSV of user ids, one per line, perhaps with a header.
// Every line that cannot be used is reported with its reason and the usable ones are kept, so
// nobody has to guess what was left out.

export const USER_ID_PATTERN = /^U\d{6}$/

export const IMPORT_PROBLEMS = [
  'malformed',
  'empty',
  'extra_columns',
  'invalid_id',
  'duplicate',
  'unknown_user',
] as const
export type ImportProblem = (typeof IMPORT_PROBLEMS)[number]

export interface ImportLineProblem {
  /** Physical line of the file, from 1. */
  line: number
  /** What the line held (shortened), so the person can find it. */
  value: string
  reason: ImportProblem
  /** For a duplicate: the line that already named this user. */
  firstLine: number | null
}

export interface ImportPlan {
  /** Usable, distinct user ids in file order. */
  userIds: string[]
  problems: ImportLineProblem[]
  /** Whether line 1 was a header naming the id column. */
  header: boolean
  /** Lines that carried anything (blank lines are not data). */
  dataLines: number
}

const HEADER_NAMES = new Set(['userid', 'user_id', 'user id', 'id', '用户id', '用户编号'])
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text)

function parseLine(text: string): string[] | null {
  try {
    return parseCsv(text)[0] ?? ['']
  } catch (error) {
    if (error instanceof CsvParseError) return null
    throw error
  }
}

/**
 * Reads the file line by line: each physical line is one CSV record, so a broken line (an
 * unclosed quote, say) is reported on its own instead of swallowing the rest of the file.
 * `exists` is the server's knowledge of users; without it unknown ids are not detected.
 */
export function planUserImport(text: string, exists?: (userId: string) => boolean): ImportPlan {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  const problems: ImportLineProblem[] = []
  const firstSeen = new Map<string, number>()
  const userIds: string[] = []
  let column = 0
  let header = false
  let dataLines = 0

  lines.forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    const cells = parseLine(raw)
    const report = (reason: ImportProblem, firstLine: number | null = null) =>
      problems.push({ line, value: shorten(raw.trim()), reason, firstLine })
    if (index === 0 && cells) {
      const named = cells.findIndex((c) => HEADER_NAMES.has(c.trim().toLowerCase()))
      if (named >= 0) {
        column = named
        header = true
        return
      }
    }
    dataLines++
    if (!cells) return report('malformed')
    const id = (cells[column] ?? '').trim()
    // Without a header the file is a plain list: anything beside the id is a sign of a wrong file.
    if (!header && cells.some((c, i) => i !== column && c.trim() !== ''))
      return report('extra_columns')
    if (id === '') return report('empty')
    if (!USER_ID_PATTERN.test(id)) return report('invalid_id')
    const seen = firstSeen.get(id)
    if (seen !== undefined) return report('duplicate', seen)
    firstSeen.set(id, line)
    if (exists && !exists(id)) return report('unknown_user')
    userIds.push(id)
  })
  return { userIds, problems, header, dataLines }
}
