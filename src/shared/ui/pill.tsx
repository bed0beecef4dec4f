import type { HTMLAttributes } from 'react'

/**
 * A coloured label with the look of antd's filled Tag, for what repeats on every row of a list
 * (a request's status, its deadline): a plain element, so a 50-row page does not pay antd's
 * per-tag styling work. The text takes the colour; the background is the same hue, very light.
 */
export function Pill({
  colour,
  className,
  style,
  ...rest
}: { colour?: string } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span
      className={className ? `pill ${className}` : 'pill'}
      style={colour ? { color: colour, backgroundColor: tint(colour), ...style } : style}
      {...rest}
    />
  )
}

const tints = new Map<string, string>()

/** `#rrggbb` at 95% lightness, as antd tints a filled tag of a custom colour. */
export function tint(hex: string): string {
  let result = tints.get(hex)
  if (!result) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
      number,
      number,
      number,
    ]
    const max = Math.max(r, g, b)
    const min = Math.min(r, g, b)
    const l = (max + min) / 2
    const s = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1))
    let h = 0
    if (max !== min) {
      if (max === r) h = (g - b) / (max - min) + (g < b ? 6 : 0)
      else if (max === g) h = (b - r) / (max - min) + 2
      else h = (r - g) / (max - min) + 4
    }
    // antd rounds the hue to a whole degree before lightening.
    result = hslToHex(Math.round(h * 60), s, 0.95)
    tints.set(hex, result)
  }
  return result
}

function hslToHex(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1))
  const m = l - c / 2
  const sector = Math.floor((h % 360) / 60)
  const [r, g, b] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector] as [number, number, number]
  return `#${[r, g, b]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}
