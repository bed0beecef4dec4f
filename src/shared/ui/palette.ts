/**
 * Every colour value of the console, once; nothing else in src writes one. No imports, so the
 * pages that load without antd (sign-in) can use it too: antd takes these through theme.ts, and
 * global.css and the sign-in styles through the CSS variables set from CSS_VARIABLES at start-up.
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

// Secondary and placeholder text and the error red darkened from antd's defaults to meet WCAG AA
// contrast; a primary button darkens rather than lightens under the pointer, so its white label
// keeps its contrast while hovered and pressed.
export const ANTD_TOKENS = {
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

/** The CSS variables global.css and the sign-in styles read, set on the document at start-up. */
export const CSS_VARIABLES = {
  '--color-bg-container': '#ffffff',
  '--color-bg-layout': '#f5f5f5',
  '--color-border': '#d9d9d9',
  '--color-border-secondary': '#f0f0f0',
  '--color-input-hover': '#4096ff',
  '--color-primary': ANTD_TOKENS.colorPrimary,
  '--color-primary-hover': ANTD_TOKENS.colorPrimaryHover,
  '--color-link': ANTD_TOKENS.colorLink,
  '--color-warning': ANTD_TOKENS.colorWarning,
  '--color-error': ANTD_TOKENS.colorError,
  '--color-error-text': TONES.blocking,
  '--color-error-bg': '#fff2f0',
  '--color-error-border': '#ffccc7',
  '--color-row-selected-bg': '#eef5ff',
  '--color-nav-selected-bg': '#e6f4ff',
  '--color-nav-hover-bg': 'rgba(0, 0, 0, 0.06)',
  '--color-public-page-bg': APP_TOKENS.colorPublicPageBg,
  '--color-print-text': '#000000',
} as const

export function setColourVariables(root: HTMLElement): void {
  for (const [name, value] of Object.entries(CSS_VARIABLES)) root.style.setProperty(name, value)
}
