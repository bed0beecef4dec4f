import { describe, expect, it } from 'vitest'
import { setColourVariables } from './palette'

describe('setColourVariables', () => {
  it('gives the styles that load without antd the theme colours as CSS variables', () => {
    const root = document.createElement('div')
    setColourVariables(root)
    expect(root.style.getPropertyValue('--color-error')).toBe('#cf1322')
    expect(root.style.getPropertyValue('--color-link')).toBe('#0b4fb3')
    expect(root.style.getPropertyValue('--color-error-text')).toBe('#a8071a')
    expect(root.style.getPropertyValue('--color-public-page-bg')).toBe('#f5f7fa')
  })
})
