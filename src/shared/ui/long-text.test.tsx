import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LongText } from './long-text'

describe('LongText', () => {
  it('shows the text as written, as a paragraph without a margin under it', () => {
    render(<LongText>需要向合作方调取纸质档案</LongText>)
    const text = screen.getByText('需要向合作方调取纸质档案')
    expect(text.tagName).toBe('DIV')
    expect(text).toHaveStyle({ marginBottom: '0px' })
  })
})
