// Import cycles among the project's own modules: each is printed, and any makes the exit non-zero.
// Only relative imports are followed (packages cannot import back into the project); type-only
// and dynamic imports count too, since they tie the modules together all the same.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const SOURCE = /\.(ts|tsx|mts|mjs|js)$/
const SKIP = new Set(['node_modules', 'dist', 'test-results', 'playwright-report'])
const IMPORT =
  /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]+\s+from\s+|\bimport\s*\(\s*)['"](\.{1,2}(?:\/[^'"]*)?)['"]/g

function sourceFiles(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return []
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return SOURCE.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts') ? [path] : []
  })
}

/** The file a relative specifier names: as written, with a source extension, or its index. */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier)
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    ...['.ts', '.tsx', '.mts', '.mjs', '.js'].map((ext) => base + ext),
    ...['index.ts', 'index.tsx'].map((index) => join(base, index)),
  ]
  return candidates.find((path) => SOURCE.test(path) && existsSync(path) && statSync(path).isFile())
}

/** Each module's relative imports, as absolute paths of files that exist. */
export function importGraph(files) {
  const graph = new Map()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const targets = new Set()
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveImport(file, match[1])
      if (target) targets.add(target)
    }
    graph.set(file, [...targets].sort())
  }
  return graph
}

/** One cycle (as a path that returns to its start) per strongly connected group of modules. */
export function findCycles(graph) {
  let counter = 0
  const index = new Map()
  const low = new Map()
  const stack = []
  const onStack = new Set()
  const groups = []
  const visit = (node) => {
    index.set(node, counter)
    low.set(node, counter)
    counter += 1
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node), low.get(next)))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)))
    }
    if (low.get(node) !== index.get(node)) return
    const group = []
    let member
    do {
      member = stack.pop()
      onStack.delete(member)
      group.push(member)
    } while (member !== node)
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group)
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return groups.map((group) => cycleWithin(graph, new Set(group)))
}

/** A shortest way from the group's first module (in name order) back to itself, inside the group. */
function cycleWithin(graph, group) {
  const start = [...group].sort()[0]
  const previous = new Map()
  const queue = [start]
  while (queue.length) {
    const node = queue.shift()
    for (const next of graph.get(node) ?? []) {
      if (!group.has(next)) continue
      if (next === start) {
        const path = [node]
        while (path[0] !== start) path.unshift(previous.get(path[0]))
        return [...path, start]
      }
      if (!previous.has(next)) {
        previous.set(next, node)
        queue.push(next)
      }
    }
  }
  return [start, start]
}

/** The cycles among the modules under `dirs` of `root`, each as paths relative to root. */
export function importCycles(root, dirs) {
  const files = dirs.flatMap((dir) => sourceFiles(join(root, dir)))
  return findCycles(importGraph(files)).map((cycle) => cycle.map((f) => relative(root, f)))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const cycles = importCycles(root, ['src', 'mocks', 'e2e', 'scripts', 'bench'])
  for (const cycle of cycles) console.log(`import cycle: ${cycle.join(' -> ')}`)
  if (cycles.length) {
    console.log(`${cycles.length} import cycle(s)`)
    process.exit(1)
  }
  console.log('no import cycles')
}
