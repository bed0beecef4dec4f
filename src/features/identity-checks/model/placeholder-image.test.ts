import { describe, expect, it } from 'vitest'
import { IDENTITY_DOCUMENTS } from '../../../shared/api/enums'
import { placeholderImage } from './placeholder-image'

const decode = (url: string) =>
  decodeURIComponent(url.replace('data:image/svg+xml;charset=utf-8,', ''))

describe('placeholderImage', () => {
  it('draws every document kind as an SVG data URL carrying the watermark', () => {
    for (const kind of IDENTITY_DOCUMENTS) {
      const url = placeholderImage(kind, '户口簿', '示意图')
      expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
      const svg = decode(url)
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
      expect(svg).toContain('示意图')
      // Only placeholder digits: nothing that could be a real ID or phone number.
      expect(svg).not.toMatch(/\d{11,}/)
    }
  })

  it('escapes the titles it draws', () => {
    const svg = decode(placeholderImage('written_request', '<script>&', 'x'))
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&#60;script&#62;&#38;')
  })
})
