// Solid, dark tones: white text on them meets WCAG AA contrast (antd's light presets do not).
export const TAG_COLOUR = {
  ok: '#237804',
  blocking: '#a8071a',
  warning: '#874d00',
  info: '#0958d9',
} as const
