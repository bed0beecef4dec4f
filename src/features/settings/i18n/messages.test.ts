import { expect, it } from 'vitest'
import { i18n } from '../../../shared/i18n/i18n'
import '.'

function keys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`]
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
  }
  return [prefix]
}

it('every admin-screen message exists in both languages', () => {
  const zh = keys(i18n.getResourceBundle('zh-CN', 'settings')).sort()
  const en = keys(i18n.getResourceBundle('en-US', 'settings')).sort()
  expect(zh.length).toBeGreaterThan(100)
  expect(en).toEqual(zh)
})
