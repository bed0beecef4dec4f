import { theme, type ThemeConfig } from 'antd'

/**
 * Every colour of the console, once. antd components take them through the ConfigProvider theme
 * (THEME), components read them with useAppTokens(), and plain elements (StatusLabel, drawings)
 * import them from here. Nothing else in src writes a colour value; global.css and the sign-in
 * page's styles, which load without antd, hold the same values as plain CSS.
 */

/**
 * The tones of a status label. Dark tones: as text on their own light tint (antd's filled Tag
 * look) each meets WCAG AA contrast.
 */
export const TONES = {
  /** done, passed, active, on time */
  ok: '#237804',
  /** failed, rejected, overdue, refused */
  blocking: '#a8071a',
  /** close to a limit, chargeable */
  warning: '#874d00',
  /** open, in progress, informational */
  info: '#0958d9',
  /** finished without a verdict, inactive, low */
  neutral: '#595959',
  /** waiting on someone in the office: identity pending, due, not activated */
  attention: '#ad4e00',
  /** a deadline of one working day or less */
  urgent: '#ad2102',
  /** the highest severity */
  critical: '#5c0011',
  /** waiting on the requester or a third party */
  awaiting: '#531dab',
  /** with a lead for approval, the time it takes */
  escalated: '#1d39c4',
  /** approved, not yet carried out */
  settled: '#006d75',
} as const

export type Tone = keyof typeof TONES

/** The console's own semantic colours, beside antd's. */
export const APP_TOKENS = {
  /** Icons and bars that mean "passed" (antd's green-7, darker than its default success). */
  colorPass: '#389e0d',
  /** The background of a row or block that failed a check. */
  colorFailBg: '#fff1f0',
  /** Background behind a document being viewed. */
  colorViewerBg: '#f0f2f5',
  /** Background of the public download page. */
  colorPublicPageBg: '#f5f7fa',
  /** Header cells of a printed table. */
  colorTableHeaderBg: '#fafafa',
  /** Charts (workbench): axis text, the axis line at zero, the grid, and each series. */
  colorChartText: TONES.neutral,
  colorChartAxis: '#8c8c8c',
  colorChartGrid: '#f0f0f0',
  colorChartReceived: TONES.info,
  colorChartClosed: TONES.ok,
  colorChartOnTime: TONES.warning,
  colorChartHandling: TONES.escalated,
  colorChartLate: TONES.blocking,
  /** Calendar days by kind (settings): background and text. */
  colorWorkdayBg: '#ffffff',
  colorWeekendBg: '#f0f0f0',
  colorHolidayBg: '#ffe7e6',
  colorInLieuBg: '#e6f0ff',
  colorInLieu: '#003eb3',
} as const

export type AppTokens = typeof APP_TOKENS

// Secondary and placeholder text and the error red darkened from antd's defaults to meet WCAG AA
// contrast; a primary button darkens rather than lightens under the pointer, so its white label
// keeps its contrast while hovered and pressed.
const ANTD_TOKENS = {
  colorPrimary: '#1668dc',
  colorPrimaryHover: '#0b4fb3',
  colorPrimaryActive: '#0a3f8f',
  colorLinkHover: '#1668dc',
  colorLink: '#0b4fb3',
  colorError: '#cf1322',
  colorWarning: '#ad4e00',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
} as const

export const THEME: ThemeConfig = { token: { ...ANTD_TOKENS, ...APP_TOKENS } }

/**
 * The readable error and warning (WCAG AA) for a nested ConfigProvider: refused reasons and bad
 * ID numbers are shown in error and warning text.
 */
export const READABLE_STATUS_TOKENS = {
  token: { colorWarning: ANTD_TOKENS.colorWarning, colorError: ANTD_TOKENS.colorError },
}

/**
 * The drawings of identity documents shown in place of real photos (identity checks): a
 * card's fill, line and text, front (blue) and back (green), a person's silhouette, a stamp, a
 * sheet of paper, the canvas and the "placeholder" watermark.
 */
export const DRAWING = {
  frontFill: '#e8f1fb',
  frontLine: '#7aa7d8',
  frontText: '#1f3b5c',
  photoFill: '#c7d9ee',
  silhouette: '#9bb8d9',
  backFill: '#f3f7e9',
  backLine: '#9fb86a',
  backText: '#3b4a1f',
  stamp: '#c0392b',
  scene: '#eef0f3',
  person: '#b9c2cf',
  paper: '#fff',
  paperLine: '#aab2bd',
  paperTitle: '#333',
  paperText: '#d5dae1',
  canvas: '#fafbfc',
  watermark: '#d9363e',
} as const

/** antd's design tokens with the console's own, as the ConfigProvider around the caller sets them. */
export function useAppTokens() {
  const { token } = theme.useToken()
  // Outside the console's provider (a test rendering one component) antd has no app tokens.
  return { ...APP_TOKENS, ...token } as typeof token & AppTokens
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
