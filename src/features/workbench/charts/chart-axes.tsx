import type { ReactNode } from 'react'
import { FRAME, labelEvery, xOf, yOf } from './chart-scale'
import { useAppTokens } from '../../../shared/ui/theme'

interface AxesProps {
  ticks: number[]
  categories: string[]
  formatY: (v: number) => string
}

// Purely visual: the figure's text alternative is its table view and its description.
export function ChartAxes({ ticks, categories, formatY }: AxesProps) {
  const token = useAppTokens()
  const max = ticks.at(-1) ?? 1
  const every = labelEvery(categories.length)
  const baseline = FRAME.height - FRAME.bottom
  return (
    <g aria-hidden="true" fontSize={11} fill={token.colorChartText}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={FRAME.left}
            x2={FRAME.width - FRAME.right}
            y1={yOf(FRAME, max, tick)}
            y2={yOf(FRAME, max, tick)}
            stroke={tick === 0 ? token.colorChartAxis : token.colorChartGrid}
          />
          <text x={FRAME.left - 6} y={yOf(FRAME, max, tick) + 4} textAnchor="end">
            {formatY(tick)}
          </text>
        </g>
      ))}
      {categories.map((label, i) =>
        // Counted back from the end, so the latest category always has its label.
        (categories.length - 1 - i) % every === 0 ? (
          <text
            key={label}
            x={xOf(FRAME, categories.length, i)}
            y={baseline + 16}
            textAnchor="middle"
          >
            {label}
          </text>
        ) : null,
      )}
    </g>
  )
}

/** The chart's drawing: axes and grid for the ticks, the marks drawn over them. */
export function ChartSvg({ children, ...axes }: AxesProps & { children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
      style={{ display: 'block', maxHeight: 260 }}
    >
      <ChartAxes {...axes} />
      <g aria-hidden="true">{children}</g>
    </svg>
  )
}
