import { Typography } from 'antd'
import type { ReactNode } from 'react'

interface LongTextProps {
  children: ReactNode
  /** Lines shown before the rest is folded behind the expand link. */
  rows?: number
}

/**
 * Text a person typed, of any length, in a cell or a fact beside others: a few lines, then an
 * expand link for the rest, so a long name or reason keeps its place instead of pushing the
 * columns beside it aside.
 */
export function LongText({ children, rows = 2 }: LongTextProps) {
  return (
    <Typography.Paragraph
      ellipsis={{ rows, expandable: 'collapsible' }}
      style={{ marginBottom: 0 }}
    >
      {children}
    </Typography.Paragraph>
  )
}
