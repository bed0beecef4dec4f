// The arithmetic of an axis: round tick values a reader can take in at a glance.

/** Ticks from 0 to a "nice" maximum (1, 2 or 5 times a power of ten per step) covering `max`. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1]
  const rough = max / count
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power
  const ticks: number[] = []
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6)
  return ticks
}

export interface Frame {
  width: number
  height: number
  left: number
  right: number
  top: number
  bottom: number
}

export const FRAME: Frame = { width: 640, height: 240, left: 44, right: 12, top: 12, bottom: 40 }

/** Where value `v` of [0, max] sits on the y axis of the frame. */
export function yOf(frame: Frame, max: number, v: number): number {
  const inner = frame.height - frame.top - frame.bottom
  return frame.top + inner - (max > 0 ? (v / max) * inner : 0)
}

/** The centre of band `i` of `n` along the x axis. */
export function xOf(frame: Frame, n: number, i: number): number {
  const inner = frame.width - frame.left - frame.right
  return frame.left + ((i + 0.5) * inner) / Math.max(1, n)
}

/** Show at most about `max` category labels so they never overlap. */
export function labelEvery(n: number, max = 10): number {
  return Math.max(1, Math.ceil(n / max))
}
