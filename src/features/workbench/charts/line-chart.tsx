import { ChartSvg } from './chart-axes'
import { FRAME, niceTicks, xOf, yOf } from './chart-scale'

export interface LineSeries {
  name: string
  values: (number | null)[]
  color: string
  /** A dash pattern tells the lines apart without relying on colour. */
  dash?: string
}

interface LineChartProps {
  categories: string[]
  series: LineSeries[]
  formatY: (v: number) => string
  /** A fixed top of the axis (1 for shares); otherwise fitted to the data. */
  max?: number
}

/** Lines over categories; a gap where a value is missing, never a misleading zero. */
export function LineChart({ categories, series, formatY, max }: LineChartProps) {
  const highest = Math.max(
    0,
    ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)),
  )
  const ticks = niceTicks(max ?? highest)
  const top = ticks.at(-1) ?? 1
  const n = categories.length
  return (
    <ChartSvg ticks={ticks} categories={categories} formatY={formatY}>
      {series.map((s) => {
        const segments: string[] = []
        let current = ''
        s.values.forEach((v, i) => {
          if (v === null) {
            if (current) segments.push(current)
            current = ''
            return
          }
          current += `${current ? 'L' : 'M'}${xOf(FRAME, n, i).toFixed(1)},${yOf(FRAME, top, v).toFixed(1)}`
        })
        if (current) segments.push(current)
        return (
          <g key={s.name}>
            {segments.map((d) => (
              <path
                key={d}
                d={d}
                fill="none"
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dash}
              />
            ))}
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle
                  key={categories[i]}
                  cx={xOf(FRAME, n, i)}
                  cy={yOf(FRAME, top, v)}
                  r={3}
                  fill={s.color}
                />
              ),
            )}
          </g>
        )
      })}
    </ChartSvg>
  )
}
