import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DeferredTooltip } from './deferred-tooltip'

describe('DeferredTooltip', () => {
  it('builds no tooltip until the pointer comes over its element, then shows it at once', async () => {
    const { baseElement } = render(
      <DeferredTooltip title="期限: 2026-10-27 15:59">
        <span data-testid="badge">逾期 2 个工作日</span>
      </DeferredTooltip>,
    )
    expect(baseElement.querySelector('.ant-tooltip')).toBeNull()
    fireEvent.pointerEnter(screen.getByTestId('badge'))
    expect(await screen.findByRole('tooltip')).toHaveTextContent('期限: 2026-10-27 15:59')
    expect(screen.getByTestId('badge')).toHaveTextContent('逾期 2 个工作日')
  })

  it("keeps the element's own pointer handler", () => {
    let entered = 0
    render(
      <DeferredTooltip title="tip">
        <span data-testid="badge" onPointerEnter={() => entered++}>
          x
        </span>
      </DeferredTooltip>,
    )
    fireEvent.pointerEnter(screen.getByTestId('badge'))
    expect(entered).toBe(1)
  })
})
