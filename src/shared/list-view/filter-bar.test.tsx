import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { FilterBar, SearchFilter } from './filter-bar'

function Bar({ onSearch }: { onSearch(q: string): void }) {
  const [q, setQ] = useState<string | undefined>('abc')
  return (
    <FilterBar label="Filter requests" resetLabel="Clear" onReset={() => setQ(undefined)}>
      <SearchFilter
        label="Search"
        width={200}
        value={q}
        onSearch={(text) => {
          onSearch(text)
          setQ(text || undefined)
        }}
      />
    </FilterBar>
  )
}

describe('the filter bar', () => {
  it('is a search landmark whose text field starts from the list’s search and applies on Enter', async () => {
    const onSearch = vi.fn()
    render(<Bar onSearch={onSearch} />)
    expect(screen.getByRole('search', { name: 'Filter requests' })).toBeInTheDocument()
    const field = screen.getByRole('searchbox', { name: 'Search' })
    expect(field).toHaveValue('abc')
    await userEvent.clear(field)
    await userEvent.type(field, 'R000123')
    expect(onSearch).not.toHaveBeenCalled()
    await userEvent.type(field, '{Enter}')
    expect(onSearch).toHaveBeenCalledWith('R000123')
  })

  it('empties what was typed when it is reset, even text never searched for', async () => {
    render(<Bar onSearch={() => {}} />)
    const field = screen.getByRole('searchbox', { name: 'Search' })
    await userEvent.type(field, 'more')
    expect(field).toHaveValue('abcmore')
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }))
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })

  it('on Esc empties the field, gives up the focus and tells the list, which clears its search', async () => {
    const onEscape = vi.fn()
    render(
      <SearchFilter
        label="Search"
        width={200}
        value="R000123"
        onSearch={() => {}}
        onEscape={onEscape}
      />,
    )
    const field = screen.getByRole('searchbox', { name: 'Search' })
    await userEvent.type(field, '9')
    expect(field).toHaveFocus()
    await userEvent.keyboard('{Escape}')
    expect(field).toHaveValue('')
    expect(field).not.toHaveFocus()
    expect(onEscape).toHaveBeenCalledTimes(1)
  })

  it('spaces every filter and the reset button apart, each its own item of the bar', () => {
    render(
      <FilterBar label="Filter requests" resetLabel="Clear" onReset={() => {}}>
        <SearchFilter label="First" width={100} value={undefined} onSearch={() => {}} />
        <SearchFilter label="Second" width={100} value={undefined} onSearch={() => {}} />
      </FilterBar>,
    )
    const item = (el: HTMLElement) => el.closest('.ant-space-item')
    const first = item(screen.getByRole('searchbox', { name: 'First' }))
    const second = item(screen.getByRole('searchbox', { name: 'Second' }))
    const reset = item(screen.getByRole('button', { name: 'Clear' }))
    expect(first).not.toBeNull()
    expect(new Set([first, second, reset]).size).toBe(3)
  })
})
