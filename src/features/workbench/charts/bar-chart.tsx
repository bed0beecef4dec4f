import { ChartSvg } from './chart-axes'
import { FRAME, niceTicks, xOf, yOf } from './chart-scale'

interface BarChartProps {
  categories: string[]
  values: number[]
  color: string
  formatY: (v: number) => string
  /** Bars worth pointing out (e.g. past the deadline) get this colour instead. */
  highlight?: (index: number) => string | null
}

export function BarChart({ categories, values, color, formatY, highlight }: BarChartProps) {
  const ticks = niceTicks(Math.max(0, ...values))
  const top = ticks.at(-1) ?? 1
  const n = categories.length
  const band = (FRAME.width - FRAME.left - FRAME.right) / Math.max(1, n)
  const width = Math.max(2, band * 0.7)
  const baseline = yOf(FRAME, top, 0)
  return (
    <ChartSvg ticks={ticks} categories={categories} formatY={formatY}>
      {values.map((v, i) => {
        const y = yOf(FRAME, top, v)
        return (
          <rect
            key={categories[i]}
            x={xOf(FRAME, n, i) - width / 2}
            y={y}
            width={width}
            height={Math.max(0, baseline - y)}
            fill={highlight?.(i) ?? color}
          />
        )
      })}
    </ChartSvg>
  )
}
