import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// CONTRACT (2026-12): the console shows its own text for every field error, so each refusal that
// names bad fields (`details.fields`) names their problems by code too (`details.issues`). This
// reads the backend's source as text, so a refusal written without codes fails here even when no
// test sends the input that triggers it.

const sources = Object.entries(
  import.meta.glob<string>(['./handlers/*.ts', './http/*.ts', '!./**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
)

const nameOf = (p: ts.ObjectLiteralElementLike) =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined

/** The details objects of every `new HttpError(…)` and `errorResponse(…)` that name `fields`. */
function refusalsWithFields([file, text]: [string, string]) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: { where: string; details: ts.ObjectLiteralExpression }[] = []
  const visit = (node: ts.Node) => {
    const callee = ts.isNewExpression(node) || ts.isCallExpression(node) ? node.expression : null
    if (callee && ts.isIdentifier(callee) && ['HttpError', 'errorResponse'].includes(callee.text)) {
      for (const arg of (node as ts.NewExpression).arguments ?? []) {
        if (!ts.isObjectLiteralExpression(arg)) continue
        if (!arg.properties.some((p) => nameOf(p) === 'fields')) continue
        const { line } = source.getLineAndCharacterOfPosition(arg.getStart())
        found.push({ where: `${file}:${line + 1}`, details: arg })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The static keys of an object literal, or null when any key is computed or spread. */
function staticKeys(node: ts.Expression): string[] | null {
  if (!ts.isObjectLiteralExpression(node)) return null
  const keys = node.properties.map(nameOf)
  return keys.every((k) => k !== undefined) ? (keys as string[]).sort() : null
}

const initializer = (details: ts.ObjectLiteralExpression, name: string) => {
  const p = details.properties.find((q) => nameOf(q) === name)
  return p && ts.isPropertyAssignment(p) ? p.initializer : undefined
}

describe('every refusal that names bad fields names their problems by code', () => {
  const refusals = sources.flatMap(refusalsWithFields)

  it('finds the refusals it checks', () => {
    // The backend refuses many fields by hand; finding none would mean the walk itself broke.
    expect(refusals.length).toBeGreaterThan(30)
  })

  it('gives each one its issues beside its fields', () => {
    const without = refusals
      .filter(({ details }) => !details.properties.some((p) => nameOf(p) === 'issues'))
      .map((r) => r.where)
    expect(without).toEqual([])
  })

  it('names the same fields in both, when both are written out', () => {
    const mismatched = refusals.flatMap(({ where, details }) => {
      const fields = initializer(details, 'fields')
      const issues = initializer(details, 'issues')
      if (!fields || !issues) return []
      const a = staticKeys(fields)
      const b = staticKeys(issues)
      return a && b && a.join() !== b.join() ? [`${where}: ${a.join()} / ${b.join()}`] : []
    })
    expect(mismatched).toEqual([])
  })

  it('gives each written-out issue a code', () => {
    const uncoded = refusals.flatMap(({ where, details }) => {
      const issues = initializer(details, 'issues')
      if (!issues || !ts.isObjectLiteralExpression(issues)) return []
      return issues.properties
        .filter((p) => {
          if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer))
            return false
          const code = initializer(p.initializer, 'code')
          return !code || !ts.isStringLiteral(code) || !/^[a-z_]+$/.test(code.text)
        })
        .map(() => where)
    })
    expect(uncoded).toEqual([])
  })
})
