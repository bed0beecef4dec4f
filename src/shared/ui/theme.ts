/**
 * The console's colours (palette.ts) as antd's theme: antd components take them through the
 * ConfigProvider theme (THEME), components read them with useAppTokens(), and plain elements
 * (StatusLabel, drawings) import the tones from here.
 */
import { theme, type ThemeConfig } from 'antd'
import { ANTD_TOKENS, APP_TOKENS, TONES } from './palette'

export { APP_TOKENS, DRAWING, TONES } from './palette'

export type Tone = keyof typeof TONES

export type AppTokens = typeof APP_TOKENS

export const THEME: ThemeConfig = { token: { ...ANTD_TOKENS, ...APP_TOKENS } }

/**
 * The readable error and warning (WCAG AA) for a nested ConfigProvider: refused reasons and bad
 * ID numbers are shown in error and warning text.
 */
export const READABLE_STATUS_TOKENS = {
  token: { colorWarning: ANTD_TOKENS.colorWarning, colorError: ANTD_TOKENS.colorError },
}

/** antd's design tokens with the console's own, as the ConfigProvider around the caller sets them. */
export function useAppTokens() {
  const { token } = theme.useToken()
  // Read as it is: copying antd's token object reads every one of its hundreds of tokens, which
  // made a page of cards many times slower to render. Only outside the console's provider (a test
  // rendering one component) does antd lack the app tokens.
  return ('colorPass' in token ? token : { ...APP_TOKENS, ...token }) as typeof token & AppTokens
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

/** Each tone's text colour on its own tint, one shared object per tone. */
export const TONE_STYLE = Object.fromEntries(
  Object.entries(TONES).map(([tone, colour]) => [
    tone,
    { color: colour, backgroundColor: tint(colour) },
  ]),
) as Record<Tone, { color: string; backgroundColor: string }>
