import { useId, type ReactNode } from 'react'

interface PageHeaderProps {
  /** The page's h1; `id` lets the page's section be labelled by it. */
  title: ReactNode
  id?: string
  /** A sentence under the title saying what the page is for. */
  intro?: ReactNode
  /** Actions (or state) shown on the right of the title. */
  extra?: ReactNode
}

/**
 * Every page's title, drawn the same way. Plain elements styled by the global sheet, so a page
 * that does not otherwise load antd's Typography does not load it for its heading.
 */
export function PageHeader({ title, id, intro, extra }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div className="page-header-row">
        <h1 id={id} className="page-title">
          {title}
        </h1>
        {extra && <div className="page-header-extra">{extra}</div>}
      </div>
      {intro && <p className="page-intro text-secondary">{intro}</p>}
    </div>
  )
}

/** A page: a region named by its h1, the header above the page's own content. */
export function PageSection({
  className,
  children,
  ...header
}: Omit<PageHeaderProps, 'id'> & { className?: string; children: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className={className}>
      <PageHeader id={id} {...header} />
      {children}
    </section>
  )
}
