// Dark tones: as text on their own light tint (antd's filled Tag) they meet WCAG AA contrast.
export const TAG_COLOUR = {
  ok: '#237804',
  blocking: '#a8071a',
  warning: '#874d00',
  info: '#0958d9',
} as const
