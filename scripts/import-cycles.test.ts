import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { importCycles } from './import-cycles.mjs'

let root = ''

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'import-cycles-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('import cycles', () => {
  it('finds none where imports only go one way', () => {
    const dir = project({
      'src/a.ts': "import { b } from './b'\nimport { useState } from 'react'\n",
      'src/b.tsx': "export { c } from './lib/c.ts'\n",
      'src/lib/c.ts': 'export const c = 1\n',
      'src/lib/index.ts': "import { c } from './c'\n",
    })
    expect(importCycles(dir, ['src'])).toEqual([])
  })

  it('names each cycle, through type-only, re-export, dynamic and index imports', () => {
    const dir = project({
      'src/a.ts': "import type { B } from './b'\n",
      'src/b.ts': "export { c } from './c'\n",
      'src/c.tsx': "const lazy = () => import('./a')\n",
      'src/feature/index.ts': "import { x } from './x'\n",
      'src/feature/x.ts': "import { y } from '..'\nimport { z } from '.'\n",
      'mocks/self.ts': "import { self } from './self'\n",
    })
    expect(importCycles(dir, ['src', 'mocks'])).toEqual(
      expect.arrayContaining([
        ['src/a.ts', 'src/b.ts', 'src/c.tsx', 'src/a.ts'],
        ['src/feature/index.ts', 'src/feature/x.ts', 'src/feature/index.ts'],
        ['mocks/self.ts', 'mocks/self.ts'],
      ]),
    )
    expect(importCycles(dir, ['src', 'mocks'])).toHaveLength(3)
  })
})
