import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Pill, tint } from './pill'

describe('Pill', () => {
  it("tints a colour as antd tints a filled tag's background", () => {
    // Values antd's Tag computes for the console's status and deadline colours.
    expect(tint('#ad4e00')).toBe('#fff1e5')
    expect(tint('#531dab')).toBe('#f0e9fb')
    expect(tint('#0958d9')).toBe('#e7f0fe')
    expect(tint('#006d75')).toBe('#e5fdff')
    expect(tint('#237804')).toBe('#edfee6')
    expect(tint('#a8071a')).toBe('#fee7e9')
    expect(tint('#595959')).toBe('#f2f2f2')
  })

  it('draws its text in the colour on the tint, keeping the attributes it is given', () => {
    render(
      <Pill colour="#a8071a" aria-label="overdue" data-testid="pill">
        逾期
      </Pill>,
    )
    const pill = screen.getByTestId('pill')
    expect(pill).toHaveTextContent('逾期')
    expect(pill).toHaveAttribute('aria-label', 'overdue')
    expect(pill).toHaveClass('pill')
    expect(pill.style.color).toBe('rgb(168, 7, 26)')
    expect(pill.style.backgroundColor).toBe('rgb(254, 231, 233)')
  })
})
