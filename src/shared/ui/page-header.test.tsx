import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PageHeader, PageSection } from './page-header'

describe('PageHeader', () => {
  it('titles the page with its one h1, the intro and actions beside it', () => {
    render(
      <section aria-labelledby="t">
        <PageHeader
          id="t"
          title="Disclosure ledger"
          intro="Every disclosure, in order."
          extra={<button type="button">Export</button>}
        />
      </section>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Disclosure ledger' })).toHaveAttribute(
      'id',
      't',
    )
    expect(screen.getByRole('region', { name: 'Disclosure ledger' })).toBeInTheDocument()
    expect(screen.getByText('Every disclosure, in order.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument()
  })

  it('draws neither intro nor actions when there are none', () => {
    const { container } = render(<PageHeader title="Staff" />)
    expect(screen.getByRole('heading', { level: 1, name: 'Staff' })).toBeInTheDocument()
    expect(container.querySelector('.page-intro, .page-header-extra')).toBeNull()
  })

  it('makes a page a region named by its h1, with its content after the header', () => {
    render(
      <PageSection title="Staff" extra={<button type="button">Create</button>}>
        <p>Twelve people</p>
      </PageSection>,
    )
    const page = screen.getByRole('region', { name: 'Staff' })
    expect(page.firstElementChild).toHaveClass('page-header')
    expect(page.lastElementChild).toHaveTextContent('Twelve people')
    expect(screen.getByRole('button', { name: 'Create' })).toBeInTheDocument()
  })
})
