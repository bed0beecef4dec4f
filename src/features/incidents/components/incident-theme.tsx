import { ConfigProvider } from 'antd'
import type { ReactNode } from 'react'

// antd's default error red (#ff4d4f) is below WCAG AA contrast as text on white; these screens
// show form errors and a destructive close action, so they use a darker red.
const THEME = { token: { colorError: '#cf1322' } }

export function IncidentTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={THEME}>{children}</ConfigProvider>
}
