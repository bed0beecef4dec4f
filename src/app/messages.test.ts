import { describe, expect, it } from 'vitest'

// Every namespace's trees, features' and shared ones alike, read as files: one layout everywhere.
const files = import.meta.glob<Record<string, unknown>>(
  ['../features/*/i18n/*.ts', '../shared/i18n/*/*.ts', '!**/*.test.ts'],
  { eager: true },
)

const folders = [...new Set(Object.keys(files).map((path) => path.replace(/\/[^/]+$/, '')))].sort()

type Tree = { [key: string]: unknown }
const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{(.+?)\}\}/g)].map((m) => m[1]!.trim()))].sort()
}

/** Each English string beside the Chinese one it stands for (a plural form for its plain key). */
function pairs(zh: Tree, en: Tree, path = ''): [string, string, string][] {
  return Object.entries(en).flatMap(([key, value]) => {
    const chinese = zh[key] ?? zh[key.replace(/_(one|other)$/, '')]
    if (isTree(value) && isTree(chinese)) return pairs(chinese, value, `${path}${key}.`)
    if (typeof value === 'string' && typeof chinese === 'string')
      return [[`${path}${key}`, chinese, value] as [string, string, string]]
    return []
  })
}

describe('message trees', () => {
  it('every namespace has the same three files', () => {
    expect(folders.length).toBeGreaterThan(20)
    for (const folder of folders) {
      const names = Object.keys(files)
        .filter((path) => path.startsWith(`${folder}/`))
        .map((path) => path.slice(folder.length + 1))
      expect(names.sort(), folder).toEqual(['en-US.ts', 'index.ts', 'zh-CN.ts'])
    }
  })

  it('every English message fills the same placeholders as its Chinese one', () => {
    for (const folder of folders) {
      const zh = files[`${folder}/zh-CN.ts`]?.zhCN as Tree
      const en = files[`${folder}/en-US.ts`]?.enUS as Tree
      const checked = pairs(zh, en)
      expect(checked.length, folder).toBeGreaterThan(0)
      for (const [key, chinese, english] of checked)
        expect(placeholders(english), `${folder} ${key}`).toEqual(placeholders(chinese))
    }
  })
})
