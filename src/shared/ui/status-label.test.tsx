import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RequestStatus } from '../api/enums'
import { expectOutputs } from '../../test/table'
import { StatusLabel } from './status-label'
import { StatusTag } from './status-tag'
import { tint, type Tone } from './theme'

// The tuned dark tones, written out: each reads at WCAG AA contrast on its own tint.
const TONE_RGB: Record<Tone, string> = {
  ok: 'rgb(35, 120, 4)',
  blocking: 'rgb(168, 7, 26)',
  warning: 'rgb(135, 77, 0)',
  info: 'rgb(9, 88, 217)',
  neutral: 'rgb(89, 89, 89)',
  attention: 'rgb(173, 78, 0)',
  urgent: 'rgb(173, 33, 2)',
  critical: 'rgb(92, 0, 17)',
  awaiting: 'rgb(83, 29, 171)',
  escalated: 'rgb(29, 57, 196)',
  settled: 'rgb(0, 109, 117)',
}

describe('tint', () => {
  it("tints a colour as antd tints a filled tag's background", () => {
    // Values antd's Tag computes for the console's status and deadline colours.
    expectOutputs(tint, [
      ['#ad4e00', '#fff1e5'],
      ['#531dab', '#f0e9fb'],
      ['#0958d9', '#e7f0fe'],
      ['#006d75', '#e5fdff'],
      ['#237804', '#edfee6'],
      ['#a8071a', '#fee7e9'],
      ['#595959', '#f2f2f2'],
    ])
  })
})

describe('StatusLabel', () => {
  it('draws its text in the colour on the tint, keeping the attributes it is given', () => {
    render(
      <StatusLabel tone="blocking" aria-label="overdue" data-testid="label">
        逾期
      </StatusLabel>,
    )
    const label = screen.getByTestId('label')
    expect(label).toHaveTextContent('逾期')
    expect(label).toHaveAttribute('aria-label', 'overdue')
    expect(label).toHaveClass('pill')
    expect(label.style.color).toBe('rgb(168, 7, 26)')
    expect(label.style.backgroundColor).toBe('rgb(254, 231, 233)')
  })

  it('gives every tone its WCAG AA text colour', () => {
    for (const [tone, colour] of Object.entries(TONE_RGB)) {
      render(<StatusLabel tone={tone as Tone}>{tone}</StatusLabel>)
      expect(screen.getByText(tone).style.color).toBe(colour)
    }
  })

  it("is antd's default grey tag without a tone, and spaces an icon from its text", () => {
    render(<StatusLabel icon={<span className="anticon" data-testid="icon" />}>已过期</StatusLabel>)
    const label = screen.getByText('已过期').closest('.pill') as HTMLElement
    expect(label.getAttribute('style')).toBeNull()
    expect(screen.getByText('已过期')).toHaveClass('pill-text')
    expect(label.firstElementChild).toBe(screen.getByTestId('icon'))
  })
})

describe('StatusTag', () => {
  it.each<[RequestStatus, string]>([
    ['identity_pending', TONE_RGB.attention],
    ['awaiting_requester', TONE_RGB.awaiting],
    ['in_review', TONE_RGB.info],
    ['pending_approval', TONE_RGB.escalated],
    ['approved', TONE_RGB.settled],
    ['completed', TONE_RGB.ok],
    ['rejected', TONE_RGB.blocking],
    ['withdrawn', TONE_RGB.neutral],
  ])('colours a request that is %s by its tone', (status, colour) => {
    render(<StatusTag status={status} />)
    expect(screen.getByTestId('status-tag').style.color).toBe(colour)
  })
})
