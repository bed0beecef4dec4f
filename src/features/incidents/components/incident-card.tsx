import { Card, Typography, type CardProps } from 'antd'
import type { ReactNode } from 'react'

type IncidentCardProps = Omit<CardProps, 'title' | 'size'> & {
  title: ReactNode
  /** What to know before using the card, in a line under its heading. */
  hint?: ReactNode
}

/** A card of the incident page, its heading one level under the page's. */
export function IncidentCard({ title, hint, children, ...card }: IncidentCardProps) {
  return (
    <Card size="small" title={<h2 className="card-title">{title}</h2>} {...card}>
      {hint !== undefined && <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>}
      {children}
    </Card>
  )
}
