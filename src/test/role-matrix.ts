import type { Role } from '../shared/api/enums'

/**
 * What a role gets from a route or a screen: ✓ it may (the route answers anything but 401/403,
 * the screen shows), ✗ it may not (403, the refusal page), 405 nobody may (append-only).
 */
export type Access = '✓' | '✗' | '405'

const ACCESS: readonly string[] = ['✓', '✗', '405']

export interface MatrixRow {
  /** What the row is about: `METHOD /path` of a route, or a screen's path. */
  key: string
  access: Record<Role, Access>
  /** Words after the marks, such as `public` for a route that needs no session. */
  flags: string[]
}

/**
 * Reads a role matrix written as plain text: a header naming the key's column, the roles in order
 * and any flags' columns, then one row per line: its key, one mark per role and any flags. A line
 * starting with `#` is a comment. Written as text so that it reads as a grid, one column per
 * role, and stays aligned under the formatter.
 */
export function parseRoleMatrix(text: string, roles: readonly Role[]): MatrixRow[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
  const [header, ...body] = lines
  const titles = header?.split(/\s+/) ?? []
  const start = titles.indexOf(roles[0] ?? '')
  if (start < 1 || titles.slice(start, start + roles.length).join(' ') !== roles.join(' '))
    throw new Error(`the header must name the roles ${roles.join(' ')} in order: "${header ?? ''}"`)
  const seen = new Set<string>()
  return body.map((line) => {
    const tokens = line.split(/\s+/)
    const first = tokens.findIndex((token) => ACCESS.includes(token))
    if (first < 1) throw new Error(`no key or no marks in "${line}"`)
    const marks = tokens.slice(first, first + roles.length)
    if (marks.length < roles.length || !marks.every((mark) => ACCESS.includes(mark)))
      throw new Error(`expected ${roles.length} marks (✓ ✗ 405) in "${line}"`)
    const key = tokens.slice(0, first).join(' ')
    if (seen.has(key)) throw new Error(`"${key}" has two rows`)
    seen.add(key)
    return {
      key,
      access: Object.fromEntries(roles.map((role, i) => [role, marks[i]])) as Record<Role, Access>,
      flags: tokens.slice(first + roles.length),
    }
  })
}
