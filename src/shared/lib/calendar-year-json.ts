// How the backend reads an uploaded calendar year, with line numbers for every error.
import { isIsoDate, weekdayOf, type CalendarYear } from './working-days'

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** What is wrong on a line, by a code the console words in its own language. */
export const CALENDAR_PROBLEMS = [
  'json_syntax',
  'year_range',
  'not_object',
  'year_mismatch',
  'duplicate_key',
  'missing_holidays',
  'not_a_map',
  'date_format',
  'no_such_date',
  'outside_year',
  'listed_twice',
  'holiday_and_workday',
  'empty_name',
  'workday_not_weekend',
] as const
export type CalendarProblem = (typeof CALENDAR_PROBLEMS)[number]

export interface CalendarParseError {
  line: number
  problem: CalendarProblem
  /** The list the line is in and the date it names, for a problem with one entry. */
  list?: 'holidays' | 'workdays'
  date?: string
  /** The same in English, a detail for developers. */
  message: string
}

type JsonNode =
  | { kind: 'object'; line: number; members: { key: string; line: number; value: JsonNode }[] }
  | { kind: 'array'; line: number; items: JsonNode[] }
  | { kind: 'string'; line: number; value: string }
  | { kind: 'number'; line: number; value: number }
  | { kind: 'literal'; line: number; value: boolean | null }

class JsonSyntaxError extends Error {
  readonly line: number
  constructor(line: number, message: string) {
    super(message)
    this.line = line
  }
}

const MAX_JSON_DEPTH = 32
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

// JSON.parse cannot say on which line a key sits nor see duplicate keys, so the upload gets its own
// small parser that keeps both.
function parseJsonWithLines(text: string): JsonNode {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1

  const skipWhitespace = (): void => {
    while (pos < text.length) {
      const c = text[pos]
      if (c === '\n') line++
      else if (c === '\r') {
        if (text[pos + 1] !== '\n') line++
      } else if (c !== ' ' && c !== '\t') return
      pos++
    }
  }

  const fail = (message: string): never => {
    throw new JsonSyntaxError(line, message)
  }

  const parseString = (): string => {
    const begin = pos
    pos++
    while (pos < text.length) {
      const c = text[pos]
      if (c === '"') {
        pos++
        try {
          return JSON.parse(text.slice(begin, pos)) as string
        } catch {
          return fail('Invalid string')
        }
      }
      if (c === '\\') pos += 2
      else if (c === '\n' || c === '\r') return fail('Unterminated string')
      else pos++
    }
    return fail('Unterminated string')
  }

  // After an object's member or an array's item: a comma leads to the next one (false), the
  // closing bracket ends the container (true); anything else is an error.
  const closesAfterEntry = (close: '}' | ']'): boolean => {
    skipWhitespace()
    const next = text[pos]
    if (next !== ',' && next !== close) return fail(`Expected "," or "${close}"`)
    pos++
    return next === close
  }

  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_JSON_DEPTH) fail('Nested too deeply')
    skipWhitespace()
    const startLine = line
    const c = text[pos]
    if (c === '{') {
      pos++
      const members: { key: string; line: number; value: JsonNode }[] = []
      skipWhitespace()
      if (text[pos] === '}') {
        pos++
        return { kind: 'object', line: startLine, members }
      }
      for (;;) {
        skipWhitespace()
        if (text[pos] !== '"') fail('Expected a quoted key')
        const keyLine = line
        const key = parseString()
        skipWhitespace()
        if (text[pos] !== ':') fail('Expected ":" after a key')
        pos++
        const value = parseValue(depth + 1)
        members.push({ key, line: keyLine, value })
        if (closesAfterEntry('}')) return { kind: 'object', line: startLine, members }
      }
    }
    if (c === '[') {
      pos++
      const items: JsonNode[] = []
      skipWhitespace()
      if (text[pos] === ']') {
        pos++
        return { kind: 'array', line: startLine, items }
      }
      for (;;) {
        items.push(parseValue(depth + 1))
        if (closesAfterEntry(']')) return { kind: 'array', line: startLine, items }
      }
    }
    if (c === '"') return { kind: 'string', line: startLine, value: parseString() }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length
        return { kind: 'literal', line: startLine, value }
      }
    }
    NUMBER_RE.lastIndex = pos
    const num = NUMBER_RE.exec(text)
    if (num) {
      pos += num[0].length
      return { kind: 'number', line: startLine, value: Number(num[0]) }
    }
    return fail(pos >= text.length ? 'Unexpected end of input' : 'Unexpected character')
  }

  const root = parseValue(0)
  skipWhitespace()
  if (pos < text.length) fail('Unexpected text after the JSON value')
  return root
}

export function parseCalendarYearJson(
  text: string,
  year: number,
): { ok: true; value: CalendarYear } | { ok: false; errors: CalendarParseError[] } {
  let root: JsonNode
  try {
    root = parseJsonWithLines(text)
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      return {
        ok: false,
        errors: [{ line: e.line, problem: 'json_syntax', message: `Invalid JSON: ${e.message}` }],
      }
    }
    throw e
  }

  const errors: CalendarParseError[] = []
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    errors.push({
      line: 1,
      problem: 'year_range',
      message: `Year must be between 1900 and 2199, got ${year}`,
    })
    return { ok: false, errors }
  }
  if (root.kind !== 'object') {
    return {
      ok: false,
      errors: [{ line: root.line, problem: 'not_object', message: 'Expected a JSON object' }],
    }
  }

  const yearMember = root.members.find((m) => m.key === 'year')
  if (yearMember && !(yearMember.value.kind === 'number' && yearMember.value.value === year)) {
    errors.push({
      line: yearMember.line,
      problem: 'year_mismatch',
      message: `"year" must be ${year}`,
    })
  }

  const holidays: Record<string, string> = {}
  const workdays: Record<string, string> = {}
  const seenIn = new Map<string, 'holidays' | 'workdays'>()

  const readMap = (key: 'holidays' | 'workdays', target: Record<string, string>): void => {
    const members = root.members.filter((m) => m.key === key)
    const member = members[0]
    if (members.length > 1) {
      errors.push({
        line: members[1]?.line ?? 1,
        problem: 'duplicate_key',
        list: key,
        message: `"${key}" appears more than once`,
      })
    }
    if (!member) {
      if (key === 'holidays')
        errors.push({ line: root.line, problem: 'missing_holidays', message: 'Missing "holidays"' })
      return
    }
    if (member.value.kind !== 'object') {
      errors.push({
        line: member.line,
        problem: 'not_a_map',
        list: key,
        message: `"${key}" must be an object of date: name`,
      })
      return
    }
    for (const entry of member.value.members) {
      const err = (problem: CalendarProblem, message: string): void => {
        errors.push({
          line: entry.line,
          problem,
          list: key,
          date: entry.key,
          message: `${key} ${JSON.stringify(entry.key)}: ${message}`,
        })
      }
      const match = DATE_RE.exec(entry.key)
      if (!match) {
        err('date_format', 'date must be written YYYY-MM-DD')
        continue
      }
      if (!isIsoDate(entry.key)) {
        err('no_such_date', 'no such date')
        continue
      }
      if (Number(match[1]) !== year) {
        err('outside_year', `date is outside ${year}`)
        continue
      }
      const previous = seenIn.get(entry.key)
      if (previous === key) {
        err('listed_twice', 'listed twice')
        continue
      }
      if (previous) {
        err('holiday_and_workday', 'listed both as a holiday and as an in-lieu working day')
        continue
      }
      seenIn.set(entry.key, key)
      if (entry.value.kind !== 'string' || entry.value.value.trim() === '') {
        err('empty_name', 'name must be a non-empty string')
        continue
      }
      if (key === 'workdays') {
        const wd = weekdayOf(entry.key)
        if (wd !== 0 && wd !== 6) {
          err('workday_not_weekend', 'an in-lieu working day must be a Saturday or Sunday')
          continue
        }
      }
      target[entry.key] = entry.value.value.trim()
    }
  }

  readMap('holidays', holidays)
  readMap('workdays', workdays)

  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line)
    return { ok: false, errors }
  }
  return { ok: true, value: { year, holidays, workdays } }
}
